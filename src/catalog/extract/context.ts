import { findBodies, type BodyPattern, type BodyMatch } from "../bodies";
import type { ParsedClause, ParsedDocument, ParsedSection, ParseNote, SectionKey } from "../parser";
import type { Citation, Clause, Reference } from "../schema";

/**
 * What every field extractor shares: the parsed document, the organisation, the document's own entry id,
 * and the notes and placeholders the extractors collect on the way.
 */
export interface Placeholder {
  readonly text: string;
  readonly line: number;
  readonly field: string;
}

export interface ExtractContext {
  readonly doc: ParsedDocument;
  readonly organizationId: string;
  /** Bodies beyond the lexicon (from overrides). */
  readonly extra: readonly BodyPattern[];
  /** The document's own entry id: a clause naming it is not a reference to another body. */
  readonly selfId: string;
  readonly notes: ParseNote[];
  readonly placeholders: Placeholder[];
}

export type SectionClause = { readonly s: ParsedSection; readonly c: ParsedClause };

export function cite(doc: ParsedDocument, section: ParsedSection | string, c: { lineStart: number; lineEnd: number }): Citation {
  return { documentId: doc.documentId, section: typeof section === "string" ? section : section.heading, lineStart: c.lineStart, lineEnd: c.lineEnd, origin: "parsed" };
}

/** A short inline value ("Undergrupper: Beslutas av ordförande") keeps its label to be readable alone. */
export function clauseOf(doc: ParsedDocument, s: ParsedSection, c: ParsedClause): Clause {
  const labelled = s.inline && c.lineStart === s.line && !["area", "commissioner", "assignee", "decisionDate"].includes(s.key) && c.text.split(" ").length < 6;
  return { text: labelled ? `${s.heading}: ${c.text}` : c.text, citation: cite(doc, s, c) };
}

export const sectionsOf = (ctx: Pick<ExtractContext, "doc">, ...keys: SectionKey[]): ParsedSection[] => ctx.doc.sections.filter((s) => keys.includes(s.key));

export const clausesIn = (ctx: Pick<ExtractContext, "doc">, ...keys: SectionKey[]): SectionClause[] => sectionsOf(ctx, ...keys).flatMap((s) => s.clauses.map((c) => ({ s, c })));

/** Every clause of the document with its section, in document order. */
export const allClauses = (ctx: Pick<ExtractContext, "doc">): SectionClause[] => ctx.doc.sections.flatMap((s) => s.clauses.map((c) => ({ s, c })));

export const cited = (ctx: Pick<ExtractContext, "doc">, xs: readonly SectionClause[]): Clause[] => xs.map(({ s, c }) => clauseOf(ctx.doc, s, c));

/** Bodies a text names, other than the document's own entry. */
export const bodiesIn = (ctx: ExtractContext, text: string): BodyMatch[] => findBodies(text, ctx.organizationId, ctx.extra).filter((m) => m.body.id !== ctx.selfId);

/** A reference to the first body the clause names (after `after` when given). */
export function refTo(ctx: ExtractContext, c: Clause, after?: RegExp): Reference | undefined {
  let text = c.text;
  if (after) {
    const m = after.exec(text);
    if (!m) return undefined;
    text = text.slice(m.index + m[0].length);
  }
  const found = bodiesIn(ctx, text)[0];
  return found ? { targetId: found.body.id, text: c.text, citation: c.citation } : undefined;
}

export const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
export const sentenceCase = (s: string) => (s === s.toUpperCase() ? cap(s.toLowerCase()) : cap(s));

/** Key for "this clause is already used by a field". */
export const clauseKey = (c: Clause) => `${c.citation.lineStart}:${c.text}`;

import type { BodyPattern } from "./bodies";
import type { ParsedDocument, ParseNote } from "./parser";
import type { Clause, GroupRecord } from "./schema";
import { fold } from "./text";
import { extractBoundaries } from "./extract/boundaries";
import { extractCommissioner, extractParent } from "./extract/commissioner";
import { extractComposition } from "./extract/composition";
import type { ExtractContext, Placeholder } from "./extract/context";
import { extractDecisionRules, extractEscalation } from "./extract/decisions";
import { extractDuties, extractPurpose } from "./extract/duties";
import { detectOrganization, extractIdentity, titleOf, type Identity } from "./extract/identity";
import { mentionsOf, notePlaceholders, noteUnplacedPreamble, otherClauses } from "./extract/leftovers";
import { extractMeetingFrequency } from "./extract/meetings";
import { extractReporting } from "./extract/reporting";
import { extractValidity } from "./extract/validity";

export { detectOrganization, nameFromPreamble } from "./extract/identity";

/**
 * Interprets a parsed document: the document's own catalog entry with every fact cited, and the bodies
 * its clauses name. Nothing is guessed: a fact without a clause to cite stays absent. Each field has its
 * extractor in ./extract/; this file puts the record together.
 */

export interface ExtractedDocument {
  readonly record: GroupRecord;
  /** Bodies named in the document: the entry id and the clause naming it. */
  readonly mentions: { body: BodyPattern; clause: Clause }[];
  /** Referenced entries that no lexicon knows (e.g. a commissioner named only in words). */
  readonly adHocBodies: BodyPattern[];
  readonly notes: ParseNote[];
  /** Placeholders ("xxx") left in the document, with the field they leave open. */
  readonly placeholders: Placeholder[];
  readonly missingDate: boolean;
}

export interface ExtractOptions {
  readonly organizationId?: string;
  readonly name?: string;
  readonly entryType?: "group" | "kind";
  readonly extraBodies?: readonly BodyPattern[];
}

export function extractDocument(doc: ParsedDocument, opts: ExtractOptions = {}): ExtractedDocument {
  const organizationId = opts.organizationId ?? detectOrganization(allTextOf(doc));
  const identity = extractIdentity(doc, organizationId, opts);
  const ctx: ExtractContext = { doc, organizationId, extra: opts.extraBodies ?? [], selfId: identity.id, notes: [...doc.notes], placeholders: [...identity.placeholders] };
  const facts = extractFacts(ctx);
  notePlaceholders(ctx);
  noteUnplacedPreamble(ctx);
  const record = recordOf(ctx, identity, facts);
  const { commissioner, adHocBodies } = facts;
  const mentions = mentionsOf(ctx, adHocBodies, commissioner ? { text: commissioner.text, citation: commissioner.citation } : undefined);
  return { record, mentions, adHocBodies, notes: ctx.notes, placeholders: ctx.placeholders, missingDate: facts.dated.missingDate };
}

/** The whole text, preamble and headings included (the organisation is told by the names in it). */
function allTextOf(doc: ParsedDocument): string {
  return [...doc.preamble.map((s) => s.text), ...doc.sections.flatMap((s) => [s.heading, ...s.clauses.map((c) => c.text)])].join("\n");
}

/** Every field's facts, in this order: the extractors add notes and placeholders to `ctx` as they go. */
function extractFacts(ctx: ExtractContext) {
  const { commissioner, clauses: commissionerClauses, adHocBodies } = extractCommissioner(ctx);
  const parent = extractParent(ctx);
  const purpose = extractPurpose(ctx);
  // Sentences about members that PDF extraction left among the duties belong to the composition.
  const { duties, misplacedComposition } = extractDuties(ctx);
  const boundaries = extractBoundaries(ctx);
  return {
    commissioner,
    commissionerClauses,
    adHocBodies,
    parent,
    purpose,
    duties,
    boundaries,
    people: extractComposition(ctx, misplacedComposition),
    meetingFrequency: extractMeetingFrequency(ctx),
    reporting: extractReporting(ctx),
    decisionRules: extractDecisionRules(ctx),
    escalation: extractEscalation(ctx),
    dated: extractValidity(ctx),
  };
}
type Facts = ReturnType<typeof extractFacts>;

/** The clauses some field cites; the rest go to `other`. */
function usedClauses(f: Facts): Clause[] {
  const used = [...f.duties, ...f.purpose, ...f.commissionerClauses, ...f.people.used, ...(f.dated.validity?.clauses ?? []), ...f.decisionRules, ...f.escalation, ...f.boundaries, ...f.reporting.map((r) => r.clause)];
  if (f.meetingFrequency) used.push(f.meetingFrequency.clause);
  return used;
}

function recordOf(ctx: ExtractContext, identity: Identity, f: Facts): GroupRecord {
  const { people, dated } = f;
  return {
    id: identity.id,
    type: "group",
    entryType: identity.isKind ? "kind" : "group",
    name: identity.name,
    aliases: [...new Set([identity.selfBody?.name, identity.parsedName].filter((a): a is string => !!a && fold(a) !== fold(identity.name)))],
    ...(identity.area ? { area: identity.area } : {}),
    organizationId: ctx.organizationId,
    knownOnlyFromReferences: false,
    ...(f.commissioner ? { commissioner: f.commissioner } : {}),
    ...(f.parent ? { parent: f.parent } : {}),
    purpose: f.purpose,
    duties: f.duties,
    boundaries: f.boundaries,
    ...(people.composition ? { composition: people.composition } : {}),
    ...(people.chair ? { chair: people.chair } : {}),
    ...(people.viceChair ? { viceChair: people.viceChair } : {}),
    coOpted: people.coOpted,
    ...(f.meetingFrequency ? { meetingFrequency: f.meetingFrequency } : {}),
    reporting: f.reporting,
    decisionRules: f.decisionRules,
    escalation: f.escalation,
    ...(dated.validity ? { validity: dated.validity } : {}),
    other: otherClauses(ctx, usedClauses(f)),
    mentions: [],
    document: documentOf(ctx.doc, dated),
    overriddenFields: [],
  };
}

/** Where the record comes from: the file, its title, diarienummer, date and decision. */
function documentOf(doc: ParsedDocument, dated: Facts["dated"]): GroupRecord["document"] {
  const title = titleOf(doc);
  return {
    documentId: doc.documentId,
    fileName: doc.fileName,
    ...(title ? { title } : {}),
    ...(dated.diarienummer ? { diarienummer: dated.diarienummer } : {}),
    ...(dated.date ? { date: dated.date } : {}),
    ...(dated.decidedBy ? { decidedBy: dated.decidedDate ? `${dated.decidedBy}, ${dated.decidedDate}` : dated.decidedBy } : {}),
    contentHash: doc.contentHash,
    lineCount: doc.lineCount,
  };
}

import { createHash } from "node:crypto";
import { PLACEHOLDER, redactPersonalData } from "./text";
import { cleanLines, decode, footerLines } from "./parse/lines";
import type { ParseNote, ParseResult } from "./parse/model";
import { closeSections, noSections, openSections } from "./parse/sections";

/**
 * Pure parser for mandate documents as people have them: text extracted from PDF or Word, sometimes
 * markdown-ish. It finds the Swedish section headings, splits each section into clauses (one per bullet
 * or sentence run, words broken across lines joined) and keeps the 1-based source line range of each.
 * It extracts nothing it cannot point to; interpreting the clauses is extract.ts. The steps live in
 * parse/: lines (decode, footers, personal data), headings, sections, clauses.
 */

export type { ParseErrorCode, ParseNote, ParseResult, ParsedClause, ParsedDocument, ParsedSection, SectionKey, Segment } from "./parse/model";
export { headingKey } from "./parse/headings";
export { MAX_MANDATE_BYTES } from "./parse/lines";

/** Stable id of a document: its file name without directory and extension. */
export function documentIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[a-z0-9]+$/i, "").replace(/[^A-Za-z0-9_.-]+/g, "-") || "document";
}

/** Parses one document. Expected failures (empty, binary, huge, not a mandate) are values, not throws. */
export function parseDocument(input: string | Uint8Array, fileName: string): ParseResult {
  const decoded = decode(input);
  if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message };
  const source = decoded.text.replace(/\r\n?/g, "\n");
  const rawLines = source.split("\n");
  const notes: ParseNote[] = [];
  const { lines, segments } = cleanLines(rawLines, footerLines(rawLines, notes), notes);
  const { preamble, open } = openSections(segments, notes);
  if (noSections(open))
    return { ok: false, code: "NOT_A_MANDATE", message: "no mandate section headings found (Uppdragsgivare, Syfte, Uppdrag, …): this does not look like a mandate" };
  const sections = closeSections(open, notes);
  return {
    ok: true,
    doc: {
      documentId: documentIdOf(fileName),
      fileName,
      // over the stored (redacted) form, so a document and its stored copy have the same hash
      contentHash: createHash("sha256").update(redactPersonalData(source)).digest("hex").slice(0, 16),
      lineCount: rawLines.length,
      preamble: preamble.filter((s) => s.text !== ""),
      sections,
      notes,
      lines: lines.join("\n").split("\n"),
    },
  };
}

export function hasPlaceholder(text: string | undefined): boolean {
  return !!text && PLACEHOLDER.test(text);
}

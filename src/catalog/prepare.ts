import { parseDocument, type ParsedDocument, type ParseErrorCode } from "./parser";
import { readMandate, type ReadErrorCode } from "./readers/read-mandate";
import type { DocumentWorker } from "./readers/worker-host";
import type { MandateFormat } from "./readers/detect";
import type { QualityIssue } from "./schema";
import { redactPersonalData } from "./text";

/**
 * One mandate file made ready for the catalog: read (PDF, Word or text), checked by the parser, and the
 * text in the form it is stored in (e-mail addresses, phone numbers and personnummer replaced by
 * markers). Used by `samverkan ingest` and by uploads in Teams, so both accept and refuse the same files.
 */

export interface PreparedMandate {
  readonly ok: true;
  /** The file name with any personal data in it replaced (it is stored). */
  readonly fileName: string;
  readonly format: MandateFormat;
  readonly pages?: number;
  /** The stored form of the text. */
  readonly text: string;
  readonly notes: QualityIssue[];
  readonly doc: ParsedDocument;
}

export type PrepareErrorCode = ParseErrorCode | ReadErrorCode;

export type Prepared = PreparedMandate | { readonly ok: false; readonly code: PrepareErrorCode; readonly message: string; readonly params?: Record<string, string | number> };

export async function prepareMandate(file: { readonly fileName: string; readonly bytes: Uint8Array }, worker?: DocumentWorker): Promise<Prepared> {
  const fileName = redactPersonalData(file.fileName);
  const read = await readMandate(file.bytes, worker);
  if (!read.ok) return read;
  // text files keep the parser's own checks on the raw bytes (NUL bytes, control characters)
  const parsed = parseDocument(read.format === "text" ? file.bytes : read.text, fileName);
  if (!parsed.ok) return parsed;
  const text = redactPersonalData(read.text.replace(/\r\n?/g, "\n"));
  return { ok: true, fileName, format: read.format, ...(read.pages ? { pages: read.pages } : {}), text, notes: read.notes, doc: parsed.doc };
}

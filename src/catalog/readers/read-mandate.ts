import type { QualityIssue } from "../schema";
import { detectFormat, zipEntries, zipEntryText, type MandateFormat } from "./detect";
import { docxHtmlToText } from "./docx-text";
import { layoutPdf } from "./pdf-layout";
import { DocumentWorker, type WorkerFailure } from "./worker-host";

/**
 * A mandate file as text, whatever form it came in: PDF and Word are read in a worker thread and laid out
 * as text the parser knows (see pdf-layout.ts, docx-text.ts); text files are passed on as they are. What
 * the reading changed or could not read becomes notes for the quality report. Expected failures (too
 * large, encrypted, scanned, corrupt, old Word) are values with codes, never throws.
 */

/** A PDF or Word file may be larger than its text (fonts, images); the text itself is limited by the parser. */
export const MAX_FILE_BYTES = 20_000_000;
/** A Word file whose parts unpack to more than this is refused before it is opened (zip bombs). */
const MAX_DOCX_UNPACKED = 200_000_000;
/** Fewer letters than this in a whole PDF: it has no text layer (scanned). */
const MIN_LETTERS = 20;

export type ReadErrorCode = "TOO_LARGE" | "UNSUPPORTED_FORMAT" | "LEGACY_WORD" | "ENCRYPTED" | "NO_TEXT" | "CORRUPT" | "TIMEOUT" | "TOO_MANY_PAGES" | "OUT_OF_MEMORY";

export type MandateRead =
  | { readonly ok: true; readonly format: MandateFormat; readonly text: string; readonly pages?: number; readonly notes: QualityIssue[] }
  | { readonly ok: false; readonly code: ReadErrorCode; readonly message: string; readonly params?: Record<string, string | number> };

let shared: DocumentWorker | undefined;
/** The process's document worker (created on first use, ended when idle). */
export const documentWorker = (): DocumentWorker => (shared ??= new DocumentWorker());

const mb = (n: number) => (n / 1_000_000).toFixed(1);

const refuse = (code: ReadErrorCode, message: string, params?: Record<string, string | number>): MandateRead => ({ ok: false, code, message, ...(params ? { params } : {}) });

async function readPdf(bytes: Uint8Array, worker: DocumentWorker): Promise<MandateRead> {
  const r = await worker.read("pdf", bytes);
  if (!r.ok) return refuse(r.code satisfies WorkerFailure, r.message);
  const laid = layoutPdf(r.pages ?? []);
  const letters = (laid.text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS)
    return refuse("NO_TEXT", `the PDF has no text to read (${laid.pages} page(s) without a text layer: a scanned document?); send the original Word file or a PDF saved from it`, { pages: laid.pages });
  const notes: QualityIssue[] = [];
  if (laid.pagesWithoutText.length > 0)
    notes.push({ code: "EXTRACTION", message: `page(s) ${laid.pagesWithoutText.join(", ")} of the PDF have no text (scanned?) and were not read`, params: { what: "pagesWithoutText", pages: laid.pagesWithoutText.join(", ") } });
  // how many, not what: a footer holds addresses and names, and the notes are stored and shown
  if (laid.droppedRepeats.length > 0)
    notes.push({ code: "EXTRACTION", message: `${laid.droppedRepeats.length} line(s) repeated as page header or footer (or page numbers) left out`, params: { what: "headerFooter", count: laid.droppedRepeats.length } });
  return { ok: true, format: "pdf", text: laid.text, pages: laid.pages, notes };
}

async function readDocx(bytes: Uint8Array, worker: DocumentWorker): Promise<MandateRead> {
  const entries = zipEntries(bytes);
  const unpacked = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (unpacked > MAX_DOCX_UNPACKED) return refuse("TOO_LARGE", `the Word file unpacks to ${mb(unpacked)} MB; at most ${mb(MAX_DOCX_UNPACKED)} MB`, { mb: mb(unpacked) });
  const r = await worker.read("docx", bytes);
  if (!r.ok) return refuse(r.code, r.message);
  const d = docxHtmlToText(r.html ?? "");
  if ((d.text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return refuse("NO_TEXT", "the Word file has no text to read", {});
  const notes: QualityIssue[] = [];
  // Word keeps page headers and footers in parts of their own, which are not read
  const margins = entries.filter((e) => /^word\/(header|footer)\d*\.xml$/.test(e.name) && /<w:t(?: [^>]*)?>[^<]*\S/.test(zipEntryText(bytes, e) ?? "")).length;
  if (margins > 0) notes.push({ code: "EXTRACTION", message: `${margins} page header/footer part(s) not read`, params: { what: "wordHeaderFooter", count: margins } });
  if (d.tables > 0) notes.push({ code: "EXTRACTION", message: `${d.tables} table(s) read as text, row by row`, params: { what: "tables", count: d.tables } });
  if (d.images > 0) notes.push({ code: "EXTRACTION", message: `${d.images} image(s) not read (text in images is not seen)`, params: { what: "images", count: d.images } });
  return { ok: true, format: "docx", text: d.text, notes };
}

export async function readMandate(bytes: Uint8Array, worker: DocumentWorker = documentWorker()): Promise<MandateRead> {
  if (bytes.byteLength > MAX_FILE_BYTES)
    return refuse("TOO_LARGE", `the file is ${mb(bytes.byteLength)} MB; a mandate file is at most ${mb(MAX_FILE_BYTES)} MB`, { mb: mb(bytes.byteLength), max: mb(MAX_FILE_BYTES) });
  const kind = detectFormat(bytes);
  if (!kind.ok) {
    const why = kind.code === "LEGACY_WORD" ? "save it as .docx or PDF" : kind.code === "ENCRYPTED" ? "remove the password and send it again" : "send the mandate as PDF, Word (.docx) or text";
    return refuse(kind.code, `the file is a ${kind.what}; ${why}`, { what: kind.what });
  }
  if (kind.format === "pdf") return readPdf(bytes, worker);
  if (kind.format === "docx") return readDocx(bytes, worker);
  // text: decoded by the parser, which refuses empty and binary content with its own codes
  return { ok: true, format: "text", text: Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, ""), notes: [] };
}

import { inflateRawSync } from "node:zlib";

/**
 * What a file is, by its first bytes (and for zip files, by the names inside), never by its extension
 * alone: a mandate saved as PDF or Word, text, or something we refuse with a reason.
 */

export type MandateFormat = "pdf" | "docx" | "text";

export type DetectRefusal = "LEGACY_WORD" | "ENCRYPTED" | "UNSUPPORTED_FORMAT";

export type Detected =
  | { readonly ok: true; readonly format: MandateFormat }
  | { readonly ok: false; readonly code: DetectRefusal; readonly what: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii("%PDF-");
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES: readonly [string, readonly number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", ascii("GIF8")],
  ["TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["TIFF image", [0x4d, 0x4d, 0x00, 0x2a]],
  ["RTF document", ascii("{\\rtf")],
];

/** UTF-16LE "EncryptedPackage": the stream an encrypted .docx keeps inside an OLE container. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

export function detectFormat(bytes: Uint8Array): Detected {
  // a PDF may have a few bytes of junk before its header (readers accept up to 1 KB)
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.indexOf(Buffer.from(PDF)) >= 0) return { ok: true, format: "pdf" };
  if (startsWith(bytes, OLE)) {
    const encrypted = Buffer.from(bytes).indexOf(ENCRYPTED_PACKAGE) >= 0;
    return encrypted ? { ok: false, code: "ENCRYPTED", what: "encrypted Word document" } : { ok: false, code: "LEGACY_WORD", what: "Word 97–2003 (.doc) or another old Office file" };
  }
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    if (names.includes("word/document.xml")) return { ok: true, format: "docx" };
    if (names.some((n) => n.startsWith("xl/"))) return { ok: false, code: "UNSUPPORTED_FORMAT", what: "Excel workbook" };
    if (names.some((n) => n.startsWith("ppt/"))) return { ok: false, code: "UNSUPPORTED_FORMAT", what: "PowerPoint presentation" };
    if (names.includes("content.xml")) return { ok: false, code: "UNSUPPORTED_FORMAT", what: "OpenDocument file" };
    return { ok: false, code: "UNSUPPORTED_FORMAT", what: "zip archive" };
  }
  for (const [what, sig] of IMAGES) if (startsWith(bytes, sig)) return { ok: false, code: "UNSUPPORTED_FORMAT", what };
  // anything else is read as text; the parser refuses binary and empty content with its own reasons
  return { ok: true, format: "text" };
}

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly method: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
}

/** The central directory of a zip file (names and declared sizes), without unpacking anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // end of central directory: the last "PK\5\6" within 64 KB + 22 bytes of the end
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--)
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return [];
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count && at + 46 <= b.length; n++) {
    if (b.readUInt32LE(at) !== 0x02014b50) break;
    const nameLen = b.readUInt16LE(at + 28);
    const extraLen = b.readUInt16LE(at + 30);
    const commentLen = b.readUInt16LE(at + 32);
    out.push({
      name: b.toString("utf8", at + 46, at + 46 + nameLen),
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      uncompressedSize: b.readUInt32LE(at + 24),
      offset: b.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export const zipEntryNames = (bytes: Uint8Array) => zipEntries(bytes).map((e) => e.name);

/** A small zip entry's content as text (stored or deflated), or undefined when it is large or unreadable. */
export function zipEntryText(bytes: Uint8Array, e: ZipEntry, max = 1_000_000): string | undefined {
  if (e.uncompressedSize > max || e.compressedSize > max) return undefined;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== 0x04034b50) return undefined;
  const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
  const data = b.subarray(start, start + e.compressedSize);
  try {
    if (e.method === 0) return data.toString("utf8");
    if (e.method === 8) return inflateRawSync(data, { maxOutputLength: max }).toString("utf8");
  } catch {
    return undefined;
  }
  return undefined;
}

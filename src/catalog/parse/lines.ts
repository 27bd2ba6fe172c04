import { scrubPersonalData } from "../text";
import type { ParseErrorCode, ParseNote, Segment } from "./model";

/**
 * From bytes to cleaned lines: decoding (size, binary and empty checks), page footers (address blocks)
 * and rules left out, personal data scrubbed, markdown-ish decoration off. Line numbers stay those of
 * the source, so every clause can be cited by line.
 */

export const MAX_MANDATE_BYTES = 1_000_000;

type Decoded = { ok: true; text: string } | { ok: false; code: ParseErrorCode; message: string };

/** Share of control or replacement characters in the first 20 000 characters. */
function badShare(text: string): number {
  const sample = text.slice(0, 20_000);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad / sample.length;
}

export function decode(input: string | Uint8Array): Decoded {
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > MAX_MANDATE_BYTES)
    return { ok: false, code: "TOO_LARGE", message: `the file is ${(size / 1_000_000).toFixed(1)} MB; a mandate is at most ${MAX_MANDATE_BYTES / 1_000_000} MB of text` };
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const bytes = Buffer.from(input);
    if (bytes.includes(0)) return { ok: false, code: "BINARY", message: "the file is binary (it holds NUL bytes), not text extracted from a mandate" };
    text = bytes.toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (text.trim() === "") return { ok: false, code: "EMPTY", message: "the file is empty" };
  if (badShare(text) > 0.1) return { ok: false, code: "BINARY", message: "the file looks binary (too many control or replacement characters)" };
  return { ok: true, text };
}

const FOOTER_LABEL = /^(postadress|besöksadress|telefon|telefonnummer|e-post|epost|webbplats|fax|hemsida|org\.?\s*nr|organisationsnummer)\s*:?\s*$/i;
const bare = (line: string) => line.replace(/\*\*/g, "").trim();

/** Indexes of lines left out: rules, and address blocks (consecutive label blocks as one footer, noted once). */
export function footerLines(rawLines: readonly string[], notes: ParseNote[]): Set<number> {
  const dropped = new Set<number>();
  let footerStart: number | undefined;
  for (let i = 0; i < rawLines.length; i++) {
    const t = bare(rawLines[i]!);
    if (/^(-{3,}|_{3,}|\*{3,})$/.test(t)) dropped.add(i);
    if (!FOOTER_LABEL.test(t)) continue;
    footerStart ??= i;
    const start = footerStart;
    let j = i;
    for (; j < rawLines.length && (j === i || rawLines[j]!.trim() !== ""); j++) dropped.add(j);
    let k = j;
    while (k < rawLines.length && rawLines[k]!.trim() === "") k++;
    if (k < rawLines.length && FOOTER_LABEL.test(bare(rawLines[k]!))) {
      i = k - 1;
      continue;
    }
    notes.push({ code: "PERSONAL_DATA_REMOVED", message: `page footer (address, phone, e-mail) on lines ${start + 1}–${j} left out`, lineStart: start + 1, lineEnd: j, params: { what: "footer", lineStart: start + 1, lineEnd: j } });
    footerStart = undefined;
    i = j - 1;
  }
  return dropped;
}

/** Markdown-ish decoration off; glued inline headings ("**A****B:** x") split into segments. */
function segmentsOfLine(raw: string, line: number): Segment[] {
  let s = raw.replace(/\uFFFD/g, "").replace(/\f/g, "").replace(/\t/g, " ");
  s = s.replace(/\[([^\]]*)\]\((?!mailto:)[^)]*\)/g, "$1").replace(/\\([()[\]])/g, "$1");
  s = s
    .replace(/\*\*\*\*/g, "\u0000")
    .replace(/\*\*([^*\u0000]{2,60}?):\*\*/g, "\u0000$1:")
    .replace(/([^\s\u0000*])\*\*([A-ZÅÄÖ][^*\u0000]{2,60})\*\*/g, "$1\u0000$2");
  s = s.replace(/\*\*/g, "").replace(/__/g, "");
  return s
    .split("\u0000")
    .map((t) => t.replace(/^\s*#{1,6}\s+/, "").replace(/\s+/g, " ").trim())
    .filter((t, i, all) => t !== "" || all.length === 1)
    .map((text) => ({ line, text }));
}

/** The cleaned text by line (dropped lines empty) and its segments; personal data scrubbed and noted. */
export function cleanLines(rawLines: readonly string[], dropped: ReadonlySet<number>, notes: ParseNote[]): { lines: string[]; segments: Segment[] } {
  const lines: string[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    if (dropped.has(i)) {
      lines.push("");
      continue;
    }
    const sc = scrubPersonalData(rawLines[i]!);
    if (sc.removed > 0) {
      const pnr = sc.personnummer > 0;
      const what = pnr ? "personnummer" : "contact";
      notes.push({ code: "PERSONAL_DATA_REMOVED", message: `${pnr ? "personal identity number" : "e-mail address or phone number"} on line ${i + 1} left out`, lineStart: i + 1, lineEnd: i + 1, params: { what, lineStart: i + 1, lineEnd: i + 1 } });
    }
    const segs = segmentsOfLine(sc.text, i + 1);
    lines.push(segs.map((s) => s.text).join(" ").trim());
    segments.push(...segs);
  }
  return { lines, segments };
}

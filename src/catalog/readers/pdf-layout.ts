import type { RawPdfPage } from "./worker-host";

/**
 * Text of a PDF from the positions of its text items: lines rebuilt from baselines, page headers and
 * footers that repeat (or are page numbers) dropped, lines the layout wrapped joined again (a word that
 * did not fit on the line above is a wrap; a short line is a hard break), hyphenated words joined,
 * bullets and headings kept on lines of their own, paragraphs separated by a blank line.
 */

export interface PdfLine {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Baseline, from the bottom of the page. */
  readonly y: number;
  readonly size: number;
  /** Average width of a character on this line (for "would the next word have fitted"). */
  readonly charWidth: number;
  /** The line starts with a list marker of its own (a glyph set apart from the text), not a dash in a wrapped sentence. */
  readonly marker: boolean;
}

export interface PdfText {
  readonly text: string;
  readonly pages: number;
  /** 1-based numbers of pages without any text (scanned pages). */
  readonly pagesWithoutText: number[];
  /** Header and footer lines dropped, each kind once, as first seen. */
  readonly droppedRepeats: string[];
}

const LIGATURES: Record<string, string> = { "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st" };
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : 0);
const percentile = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]! : 0);
const clean = (s: string) => s.replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c).replace(/\u00AD/g, "").replace(/[\u00A0\t]/g, " ");

/** A list marker drawn on its own: a bullet glyph, a dash, a number or letter with a point or parenthesis. */
const MARKER = /^(•|·|▪|◦|\uF0B7|\uF0A7|-|–|\*|\d{1,2}[.)]|[a-h]\))$/u;
/** Round bullets never continue a wrapped sentence, whether or not they are drawn apart. */
const ROUND_BULLET = /^(•|·|▪|◦|\uF0B7|\uF0A7)\s/u;
/** "Deltagare: …", "Mötesfrekvens: …": a label at the start of a line starts a new line. */
const LABEL_START = /^[A-ZÅÄÖ][\p{L}-]*(?: [\p{L}-]+){0,3}:\s/u;

/** Items on one baseline (within 40 % of the font size) make a line; a gap wider than a fifth of the size is a space. */
export function linesOfPage(page: RawPdfPage, pageNo: number): PdfLine[] {
  const items = page.items
    .map(([s, x, y, w, size]) => ({ s: clean(s), x, y, w, size: size || 10 }))
    .filter((i) => i.s !== "")
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof items)[] = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - it.y) <= 0.4 * Math.min(row[0]!.size, it.size)) row.push(it);
    else rows.push([it]);
  }
  const out: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const it of row) {
      const gap = it.x - end;
      if (text && gap > 0.2 * it.size && !text.endsWith(" ") && !it.s.startsWith(" ")) text += " ";
      text += it.s;
      end = Math.max(end, it.x + it.w);
    }
    const t = text.replace(/\s+/g, " ").trim();
    if (!t) continue;
    const chars = row.reduce((n, i) => n + i.s.length, 0);
    const width = row.reduce((n, i) => n + i.w, 0);
    const first = row[0]!;
    const marker = MARKER.test(first.s.trim()) && (row.length === 1 || row[1]!.x - (first.x + first.w) > 0.3 * first.size);
    out.push({ page: pageNo, text: t, x0: first.x, x1: end, y: first.y, size: Math.max(...row.map((i) => i.size)), charWidth: chars > 0 ? width / chars : first.size * 0.5, marker });
  }
  return out;
}

const PAGE_NUMBER = /^(?:(?:sida|page|s\.)\s*)?[-–(]?\s*#\s*[-–)]?(?:\s*(?:av|of|\/|\()\s*#\s*\)?)?$/i;
const repeatKey = (t: string) => t.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/**
 * Lines in the top or bottom 12 % of a page that repeat on at least half the pages (two or more), are
 * page numbers, or are in smaller print than the body (a header or footer on a one-page document).
 */
function dropRepeats(pages: PdfLine[][], heights: readonly number[]): { kept: PdfLine[][]; dropped: string[] } {
  const bodySize = median(pages.flat().map((l) => l.size));
  const inMargin = (l: PdfLine) => l.y > heights[l.page - 1]! * 0.88 || l.y < heights[l.page - 1]! * 0.12;
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const l of lines.filter(inMargin)) {
      const k = repeatKey(l.text);
      seen.set(k, (seen.get(k) ?? new Set()).add(l.page));
    }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  // shown as first seen ("Sida 1 av 3"), one per kind of line
  const dropped = new Map<string, string>();
  const kept = pages.map((lines) =>
    lines.filter((l) => {
      if (!inMargin(l)) return true;
      const k = repeatKey(l.text);
      const drop = PAGE_NUMBER.test(k) || (pages.length >= 2 && (seen.get(k)?.size ?? 0) >= needed) || l.size < bodySize * 0.95;
      if (drop && !dropped.has(k)) dropped.set(k, l.text);
      return !drop;
    }),
  );
  return { kept, dropped: [...dropped.values()] };
}

const DASH_OR_NUMBER = /^(-|–|\*|\d{1,2}[.)]|[a-h]\))\s/u;
const KEEPS_DASH = /^(och|eller|samt|respektive|till|som)\b/;

interface Geometry {
  readonly left: number;
  readonly right: number;
  readonly bodySize: number;
  readonly lineGap: number;
}

function geometryOf(lines: readonly PdfLine[], pageWidth: number): Geometry {
  const bodySize = median(lines.map((l) => l.size)) || 10;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const d = a.y - b.y;
    if (a.page === b.page && d > 0 && d < 2.5 * bodySize) gaps.push(d);
  }
  // a text column is rarely narrower than half the page: a few short lines do not make a narrow one
  const right = Math.max(percentile(lines.map((l) => l.x1), 0.95), pageWidth * 0.55);
  return { left: percentile(lines.map((l) => l.x0), 0.05), right, bodySize, lineGap: percentile(gaps, 0.25) || bodySize * 1.2 };
}

/** The line that began the current output line, and whether it began a list item. */
interface Start {
  readonly line: PdfLine;
  readonly item: boolean;
}

/**
 * Does line l begin a list item? A marker drawn apart or a round bullet always does; a dash or a number
 * does when the line is indented and does not stand where the current item's wrapped text continues
 * (so "… (RS 2024" + "– 00370)" at the margin is a wrap, not an item).
 */
function isListItem(l: PdfLine, start: Start | undefined, g: Geometry): boolean {
  if (l.marker || ROUND_BULLET.test(l.text)) return true;
  if (!DASH_OR_NUMBER.test(l.text) || l.x0 <= g.left + 1.5 * l.charWidth) return false;
  return !(start?.item && l.x0 > start.line.x0 + 2 * l.charWidth);
}

/**
 * Did the layout wrap line a onto line b? A bullet's hanging indent continues the bullet; a bullet or a
 * new sentence after a full stop starts a line; otherwise it is a wrap when b's first word would not have
 * fitted after a.
 */
function isWrap(start: Start, a: PdfLine, b: PdfLine, g: Geometry): boolean {
  // a change of size (heading to body) is a break; a long heading wraps like any line
  if (isListItem(b, start, g) || LABEL_START.test(b.text) || Math.abs(a.size - b.size) > 0.1 * g.bodySize) return false;
  if (a.page === b.page && a.y - b.y > g.lineGap * 1.45) return false;
  if (start.item && b.x0 > start.line.x0 + 2 * b.charWidth) return true;
  const firstWord = b.text.split(" ")[0]!.length;
  const wouldNotFit = a.x1 + (firstWord + 1) * b.charWidth > g.right - 2 * a.charWidth;
  // after a full stop, a new sentence on a new line is only a wrap when the line above is nearly full
  if (/[.!?:;]$/.test(a.text) && /^[\p{Lu}\p{N}]/u.test(b.text)) return wouldNotFit && a.x1 - g.left > 0.8 * (g.right - g.left);
  return wouldNotFit;
}

function join(a: string, b: string): string {
  // "verksam-" + "heten" is one word; "hälso-" + "och sjukvård" keeps its dash
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b) && !KEEPS_DASH.test(b)) return `${a.slice(0, -1)}${b}`;
  return `${a} ${b}`;
}

export function layoutPdf(raw: readonly RawPdfPage[]): PdfText {
  const perPage = raw.map((p, i) => linesOfPage(p, i + 1));
  const pagesWithoutText = perPage.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
  const { kept, dropped } = dropRepeats(perPage, raw.map((p) => p.height));
  const lines = kept.flat();
  const g = geometryOf(lines, raw[0]?.width ?? 595);
  const out: string[] = [];
  let prev: PdfLine | undefined;
  let start: Start | undefined;
  for (const l of lines) {
    if (prev && start && isWrap(start, prev, l, g)) out[out.length - 1] = join(out[out.length - 1]!, l.text);
    else {
      start = { line: l, item: isListItem(l, start, g) };
      // a paragraph gap (or a heading in a larger size) is a blank line, as in text extracted by hand
      const gap = prev && prev.page === l.page && prev.y - l.y > g.lineGap * 1.45;
      if (prev && (gap || l.size > g.bodySize * 1.15 || prev.size > g.bodySize * 1.15)) out.push("");
      out.push(l.text);
    }
    prev = l;
  }
  return { text: out.join("\n"), pages: raw.length, pagesWithoutText, droppedRepeats: dropped };
}

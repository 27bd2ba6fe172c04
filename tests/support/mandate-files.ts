import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import * as docx from "docx";

/**
 * PDF and Word files made from a mandate's text, laid out the way real ones are: the text reflowed at
 * the page width (so no line ends where it ended in the text), long words hyphenated at the line end,
 * bullets with a hanging indent that wrap onto two or more lines, headings in a larger bold font, a page
 * header and a "Sida n av m" footer (with an address line for VGR) on every page. Word files get
 * headings, real bullet lists, label/value tables, soft hyphens, and the header and footer in their own
 * parts. Test and bench support only (pdf-lib and docx are dev dependencies).
 */

export interface Block {
  readonly kind: "heading" | "para" | "bullet";
  readonly level: number;
  text: string;
  /** A blank line stood before it (a paragraph gap). */
  readonly gap: boolean;
  /** The line ended hard (a full stop, a heading, two trailing spaces): nothing joins onto it. */
  closed: boolean;
}

const FOOTER_LABEL = /^(postadress|besöksadress|telefon|e-post|webbplats):?$/i;
const BULLET = /^(•|-|–|\*)\s+/;

/** Markdown-ish decoration off; glued inline headings ("**A****B:** x") on lines of their own. */
function sourceLines(text: string): { text: string; heading: boolean; hard: boolean }[] {
  const out: { text: string; heading: boolean; hard: boolean }[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const hard = / {2,}$/.test(raw);
    const glued = raw
      .replace(/\*\*\*\*/g, "\n**")
      .replace(/([^\s*])\*\*([A-ZÅÄÖ][^*]{2,60}?)\*\*/g, "$1\n**$2**")
      .replace(/\\([()[\]])/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    for (const part of glued.split("\n")) {
      const heading = /^\s*#{1,6}\s/.test(part) || /^\s*\*\*[^*]+\*\*\s*$/.test(part);
      const t = part.replace(/^\s*#{1,6}\s+/, "").replace(/\*\*/g, "").replace(/\s+/g, " ").trim();
      out.push({ text: t, heading, hard: hard || heading });
    }
  }
  // a short capitalised line without a full stop, before a capitalised line or a gap, is a heading
  return out.map((l, i) => {
    const next = out[i + 1]?.text ?? "";
    const short = l.text.length <= 60 && !/[.,;:]$/.test(l.text) && /^[A-ZÅÄÖ]/.test(l.text) && !BULLET.test(l.text);
    const heading = l.heading || (short && (next === "" || /^[A-ZÅÄÖ•]/.test(next)));
    return { ...l, heading, hard: l.hard || heading };
  });
}

const TERMINAL = /[.!?:]$/;

/** The text as blocks: headings, paragraphs and bullets, wrapped lines joined (the text's own hyphenation undone). */
export function blocksOf(text: string): Block[] {
  const lines = sourceLines(text);
  const dotBullets = lines.some((l) => l.text.startsWith("•"));
  const blocks: Block[] = [];
  let gap = false;
  let inFooter = false;
  let lastLength = 0;
  for (const l of lines) {
    if (l.text === "" || /^[-_*]{3,}$/.test(l.text)) {
      gap = true;
      inFooter = false;
      continue;
    }
    // the sample's own page footer (an address block) is a page footer here, on every page
    if (FOOTER_LABEL.test(l.text) || inFooter) {
      inFooter = true;
      continue;
    }
    const prev = blocks[blocks.length - 1];
    const m = BULLET.exec(l.text);
    // a line continues the one above when that one was wrapped: long, not ended, no gap between
    if (!m && prev && !gap && lastLength >= 45 && !prev.closed && !TERMINAL.test(prev.text) && !l.heading && prev.kind !== "heading") {
      prev.text = /\p{Ll}-$/u.test(prev.text) && /^\p{Ll}/u.test(l.text) && !/^(och|eller|samt|till|som)\b/.test(l.text) ? `${prev.text.slice(0, -1)}${l.text}` : `${prev.text} ${l.text}`;
      prev.closed = l.hard;
      lastLength = l.text.length;
      gap = false;
      continue;
    }
    const level = m && dotBullets && m[1] !== "•" ? 1 : 0;
    const kind = m ? "bullet" : l.heading ? "heading" : "para";
    blocks.push({ kind, level, text: m ? l.text.slice(m[0].length) : l.text, gap, closed: l.hard || kind === "heading" });
    lastLength = l.text.length;
    gap = false;
  }
  return blocks.filter((b) => b.text !== "");
}

// ---- PDF --------------------------------------------------------------------------------------------

const PAGE = { width: 595, height: 842, left: 72, right: 88, top: 86, bottom: 90 } as const;

/** Splits a word at a hyphenation point so that "part-" fits in `room` (both parts at least 4 letters). */
function hyphenate(word: string, font: PDFFont, size: number, room: number): [string, string] | undefined {
  if (!/^\p{L}{12,}[.,;:]?$/u.test(word)) return undefined;
  for (let cut = word.length - 5; cut >= 5; cut--) {
    const head = `${word.slice(0, cut)}-`;
    if (font.widthOfTextAtSize(head, size) <= room && /\p{L}/u.test(word[cut]!)) return [head, word.slice(cut)];
  }
  return undefined;
}

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(" ");
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const candidate = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    const split = hyphenate(w, font, size, width - font.widthOfTextAtSize(line ? `${line} ` : "", size));
    if (split) {
      lines.push(line ? `${line} ${split[0]}` : split[0]);
      line = split[1];
    } else {
      if (line) lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface FileLayout {
  /** Text at the top of every page. */
  readonly header: string;
  /** An address line above the page number (VGR's templates have one). */
  readonly address?: string;
  /** Body font size in points (default 10.5) and extra right margin (default 0): other line breaks. */
  readonly fontSize?: number;
  readonly extraMargin?: number;
}

export async function mandatePdf(text: string, layout: FileLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - PAGE.top;
  };
  newPage();
  const body = layout.fontSize ?? 10.5;
  const right = PAGE.width - PAGE.right - (layout.extraMargin ?? 0);
  for (const b of blocksOf(text)) {
    const heading = b.kind === "heading";
    const font = heading ? bold : regular;
    const size = heading ? body + 2 : body;
    const marker = b.kind === "bullet" ? PAGE.left + 10 + b.level * 20 : PAGE.left;
    const textX = b.kind === "bullet" ? marker + 13 : PAGE.left;
    const lines = wrap(b.text, font, size, right - textX);
    y -= b.gap || heading ? 11 : 0;
    lines.forEach((l, i) => {
      if (y < PAGE.bottom) newPage();
      if (i === 0 && b.kind === "bullet") page.drawText(b.level === 0 ? "•" : "–", { x: marker, y, size, font });
      page.drawText(l, { x: textX, y, size, font });
      y -= size * 1.3;
    });
  }
  pages.forEach((p, i) => {
    p.drawText(layout.header, { x: PAGE.left, y: PAGE.height - 46, size: 8, font: regular });
    p.drawLine({ start: { x: PAGE.left, y: PAGE.height - 52 }, end: { x: PAGE.width - PAGE.right, y: PAGE.height - 52 }, thickness: 0.5 });
    if (layout.address) p.drawText(layout.address, { x: PAGE.left, y: 52, size: 7.5, font: regular });
    const no = `Sida ${i + 1} av ${pages.length}`;
    p.drawText(no, { x: PAGE.width - PAGE.right - regular.widthOfTextAtSize(no, 8), y: 38, size: 8, font: regular });
  });
  return pdf.save();
}

// ---- Word -------------------------------------------------------------------------------------------

const LABEL = /^([A-ZÅÄÖ][\p{L} -]{2,30}):\s+(.+)$/u;

/** A soft hyphen in the middle of long words, the way people hyphenate by hand in Word. */
const softHyphens = (s: string) => s.replace(/\p{L}{14,}/gu, (w) => `${w.slice(0, 7)}\u00AD${w.slice(7)}`);

function docxParagraph(b: Block): docx.Paragraph {
  if (b.kind === "heading") return new docx.Paragraph({ text: b.text, heading: docx.HeadingLevel.HEADING_2 });
  const runs = [new docx.TextRun(softHyphens(b.text))];
  if (b.kind === "bullet") return new docx.Paragraph({ children: runs, numbering: { reference: "bullets", level: b.level } });
  return new docx.Paragraph({ children: runs, spacing: { after: b.gap ? 120 : 0 } });
}

/** Runs of two or more "Label: value" paragraphs become a two-column table. */
function docxChildren(blocks: readonly Block[]): (docx.Paragraph | docx.Table)[] {
  const out: (docx.Paragraph | docx.Table)[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    while (j < blocks.length && blocks[j]!.kind === "para" && LABEL.test(blocks[j]!.text)) j++;
    if (j - i >= 2) {
      const rows = blocks.slice(i, j).map((b) => {
        const [, label, value] = LABEL.exec(b.text)!;
        return new docx.TableRow({ children: [new docx.TableCell({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: label!, bold: true })] })] }), new docx.TableCell({ children: [new docx.Paragraph(softHyphens(value!))] })] });
      });
      out.push(new docx.Table({ rows }));
      i = j - 1;
      continue;
    }
    out.push(docxParagraph(blocks[i]!));
  }
  return out;
}

export async function mandateDocx(text: string, layout: FileLayout): Promise<Uint8Array> {
  const bullet = (level: number, glyph: string) => ({
    level,
    format: docx.LevelFormat.BULLET,
    text: glyph,
    alignment: docx.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 + level * 360, hanging: 260 } } },
  });
  const footer = [
    ...(layout.address ? [new docx.Paragraph(layout.address)] : []),
    new docx.Paragraph({ children: [new docx.TextRun("Sida "), new docx.TextRun({ children: [docx.PageNumber.CURRENT] }), new docx.TextRun(" av "), new docx.TextRun({ children: [docx.PageNumber.TOTAL_PAGES] })] }),
  ];
  const doc = new docx.Document({
    numbering: { config: [{ reference: "bullets", levels: [bullet(0, "•"), bullet(1, "–")] }] },
    sections: [
      {
        headers: { default: new docx.Header({ children: [new docx.Paragraph(layout.header)] }) },
        footers: { default: new docx.Footer({ children: footer }) },
        children: docxChildren(blocksOf(text)),
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toBuffer(doc));
}

// ---- bad files --------------------------------------------------------------------------------------

/** A PDF with one page that is only an image (no text layer), as a scanner makes it. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // a 1×1 grey PNG stands in for the scanned page
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==", "base64");
  const img = await pdf.embedPng(png);
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]).drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}

/**
 * A PDF whose trailer names a standard security handler with an unknown user password: readers ask for
 * a password (pdf-lib writes no encryption, so the dictionary is added by hand to a small file).
 */
export function encryptedPdf(): Uint8Array {
  const objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", `<< /Filter /Standard /V 1 /R 2 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> /P -44 >>`];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"01".repeat(16)}> <${"01".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

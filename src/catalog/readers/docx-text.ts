/**
 * Text of a Word document from mammoth's HTML: one line per heading, paragraph and list item (bullets as
 * "•", nested items as "-", numbered items as "1."), a blank line after each block, manual line breaks
 * kept, table rows as "label: value" when a row has a short label and a value (the way mandates lay out
 * "Ordförande | Utses av …"), other cells one per line. Page headers and footers are not in mammoth's
 * output at all.
 */

export interface DocxText {
  readonly text: string;
  readonly tables: number;
  readonly images: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const clean = (s: string) => s.replace(/\u00AD/g, "").replace(/[\u00A0\t]/g, " ").replace(/[ ]+/g, " ");

type List = { ordered: boolean; n: number };

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th"]);

/** The text being written: lines, the open line, and the open lists, table row and cell. */
class Writer {
  readonly lines: string[] = [];
  readonly lists: List[] = [];
  line = "";
  prefix = "";
  row: string[] | undefined;
  cell: string[] | undefined;

  /** Ends the open line (with its list prefix); `blank` adds a paragraph gap outside table cells. */
  flush(blank: boolean): void {
    const t = this.line.replace(/\s+/g, " ").trim();
    if (t) {
      (this.cell ?? this.lines).push(`${this.prefix}${t}`);
      this.prefix = "";
    }
    this.line = "";
    if (blank && !this.cell && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }

  list(ordered: boolean, closing: boolean): void {
    if (closing) this.lists.pop();
    else {
      this.flush(false);
      this.lists.push({ ordered, n: 0 });
    }
  }

  /** A row of two cells with a short label is "label: value" (how mandates lay out "Ordförande | Utses av …"). */
  endRow(): void {
    const row = this.row ?? [];
    this.row = undefined;
    const cells = row.filter((c) => c !== "");
    if (cells.length === 2 && cells[0]!.length <= 40 && !/[.:;]$/.test(cells[0]!) && !cells[0]!.includes("\n")) this.lines.push(`${cells[0]}: ${cells[1]!.replace(/\n/g, " ")}`);
    else for (const c of row) if (c) this.lines.push(...c.split("\n"));
    this.lines.push("");
  }

  endCell(): void {
    this.flush(false);
    this.row!.push((this.cell ?? []).join("\n"));
    this.cell = undefined;
  }

  /** A paragraph, heading or list item opens or closes; an item gets its marker ("•", nested "-", "1."). */
  block(name: string, closing: boolean): void {
    if (closing) return this.flush(name !== "li" || this.lists.length <= 1);
    this.flush(false);
    if (name !== "li") return;
    const list = this.lists[this.lists.length - 1];
    if (list) list.n++;
    this.prefix = !list ? "• " : list.ordered ? `${list.n}. ` : this.lists.length > 1 ? "- " : "• ";
  }
}

export function docxHtmlToText(html: string): DocxText {
  const w = new Writer();
  let [tables, images, skipLink] = [0, 0, 0];
  const tag = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[4] !== undefined) {
      if (!skipLink) w.line += clean(decode(m[4]));
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    if (name === "br") w.flush(false);
    else if (name === "img") images++;
    // mammoth's footnote back-links ("↑") and reference marks ("[1]") are not text of the mandate
    else if (name === "a" && !closing && /href="#footnote/.test(m[3] ?? "")) skipLink++;
    else if (name === "a" && closing && skipLink > 0) skipLink--;
    else if (name === "ul" || name === "ol") w.list(name === "ol", closing);
    else if (name === "table" && !closing) tables++;
    else if (name === "tr") {
      if (!closing) w.row = [];
      else if (w.row) w.endRow();
    } else if ((name === "td" || name === "th") && w.row) {
      if (!closing) w.cell = [];
      else w.endCell();
    } else if (BLOCKS.has(name)) w.block(name, closing);
  }
  w.flush(true);
  while (w.lines[w.lines.length - 1] === "") w.lines.pop();
  return { text: w.lines.join("\n"), tables, images };
}

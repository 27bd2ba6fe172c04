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

export function docxHtmlToText(html: string): DocxText {
  const lines: string[] = [];
  const lists: List[] = [];
  let line = "";
  let prefix = "";
  let tables = 0;
  let images = 0;
  let row: string[] | undefined;
  let cell: string[] | undefined;
  let skipLink = 0;
  const flush = (blank: boolean) => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) {
      (cell ?? lines).push(`${prefix}${t}`);
      prefix = "";
    }
    line = "";
    if (blank && !cell && lines[lines.length - 1] !== "") lines.push("");
  };
  const tag = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[4] !== undefined) {
      if (!skipLink) line += clean(decode(m[4]));
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? "";
    if (name === "br") {
      flush(false);
      continue;
    }
    if (name === "img") images++;
    // mammoth's footnote back-links ("↑") and reference marks ("[1]") are not text of the mandate
    if (name === "a" && /href="#footnote/.test(attrs) && !closing) skipLink++;
    if (name === "a" && closing && skipLink > 0) skipLink--;
    if (name === "ul" || name === "ol") {
      if (!closing) {
        flush(false);
        lists.push({ ordered: name === "ol", n: 0 });
      } else lists.pop();
      continue;
    }
    if (name === "table" && !closing) tables++;
    if (name === "tr") {
      if (!closing) row = [];
      else if (row) {
        const cells = row.filter((c) => c !== "");
        const r = row;
        row = undefined;
        if (cells.length === 2 && cells[0]!.length <= 40 && !/[.:;]$/.test(cells[0]!) && !cells[0]!.includes("\n")) lines.push(`${cells[0]}: ${cells[1]!.replace(/\n/g, " ")}`);
        else for (const c of r) if (c) lines.push(...c.split("\n"));
        lines.push("");
      }
      continue;
    }
    if ((name === "td" || name === "th") && row) {
      if (!closing) cell = [];
      else {
        flush(false);
        row.push((cell ?? []).join("\n"));
        cell = undefined;
      }
      continue;
    }
    if (!BLOCKS.has(name)) continue;
    if (!closing) {
      flush(false);
      if (name === "li") {
        const list = lists[lists.length - 1];
        if (list) list.n++;
        prefix = !list ? "• " : list.ordered ? `${list.n}. ` : lists.length > 1 ? "- " : "• ";
      }
    } else flush(name !== "li" || lists.length <= 1);
  }
  flush(true);
  while (lines[lines.length - 1] === "") lines.pop();
  return { text: lines.join("\n"), tables, images };
}

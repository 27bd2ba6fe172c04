/**
 * Teams sends multi-line and formatted messages as HTML (`<p>`, `<div>`, `<br>`, entities). Commands and
 * pasted minutes are read line by line, so HTML becomes plain text once, keeping the line breaks.
 * Mentions (`<at>…</at>`) stay: role commands find the mentioned person by them.
 */

const BLOCK = "p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer";
/** A tag Teams uses: only then is the text treated as HTML (a plain "a < b" stays as typed). */
const HTML_TAG = new RegExp(`<\\/?(?:${BLOCK}|br|span|strong|b|em|i|u|s|strike|code|a|img|td|th|tbody|thead|hr|font|sup|sub|del|ins)\\b[^>]*>`, "i");
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi;

const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  aring: "å",
  auml: "ä",
  ouml: "ö",
  Aring: "Å",
  Auml: "Ä",
  Ouml: "Ö",
  eacute: "é",
  shy: "",
  zwsp: "",
};

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
  });
}

export const looksLikeHtml = (text: string): boolean => HTML_TAG.test(text);

/** Plain text of a Teams message: HTML to lines, entities decoded, no-break spaces as spaces. */
export function htmlToText(text: string): string {
  if (!looksLikeHtml(text)) return text.replace(/\u00a0/g, " ");
  const mentions: string[] = [];
  // Block boundaries become one line break however many tags meet there ("</p><p>", "</li></ul>").
  const BREAK = "\ue002";
  const plain = text
    .replace(/\r\n?/g, "\n")
    // Source line breaks inside HTML are not line breaks on screen.
    .replace(/\n/g, " ")
    .replace(/<at\b[^>]*>([\s\S]*?)<\/at>/gi, (_m, inner: string) => `\ue000${mentions.push(inner) - 1}\ue001`)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<hr\b[^>]*>/gi, BREAK)
    .replace(/<li\b[^>]*>/gi, `${BREAK}- `)
    // A heading keeps its level as Markdown ("## 2. Budget"): pasted minutes mark their items so.
    .replace(/<h([1-6])\b[^>]*>/gi, (_m, n: string) => `${BREAK}${"#".repeat(Number(n))} `)
    .replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, "gi"), BREAK)
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/\ue002(?:[ \t]*\ue002)*/g, "\n");
  return decodeEntities(plain)
    .replace(/\ue000(\d+)\ue001/g, (m, i: string) => (mentions[Number(i)] === undefined ? m : `<at>${decodeEntities(mentions[Number(i)]!)}</at>`))
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n[ \t]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

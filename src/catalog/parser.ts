import { createHash } from "node:crypto";
import { fold, PLACEHOLDER, redactPersonalData, scrubPersonalData } from "./text";

/**
 * Pure parser for mandate documents as people have them: text extracted from PDF or Word, sometimes
 * markdown-ish. It finds the Swedish section headings, splits each section into clauses (one per bullet
 * or sentence run, words broken across lines joined) and keeps the 1-based source line range of each.
 * It extracts nothing it cannot point to; interpreting the clauses is extract.ts.
 */

export const MAX_MANDATE_BYTES = 1_000_000;

export type SectionKey =
  | "title"
  | "commissioner"
  | "assignee"
  | "area"
  | "purpose"
  | "duties"
  | "responsibility"
  | "composition"
  | "participantsAndLead"
  | "chair"
  | "coOpted"
  | "organisation"
  | "meetings"
  | "costs"
  | "reporting"
  | "plan"
  | "evaluation"
  | "caseflow"
  | "communication"
  | "boundaries"
  | "decisionOrder"
  | "decisions"
  | "revision"
  | "adoption"
  | "place"
  | "intro"
  | "subgroups"
  | "sendTo"
  | "decisionDate"
  /** A heading-like line the parser does not know: its text is kept (cited) but not interpreted. */
  | "unknown";

/** Folded heading forms → section key. First match wins, so specific forms come first. */
const HEADINGS: readonly { test: (f: string) => boolean; key: SectionKey }[] = [
  { test: (f) => f.startsWith("uppdragsgivare"), key: "commissioner" },
  { test: (f) => f.startsWith("uppdragstagare"), key: "assignee" },
  { test: (f) => f.startsWith("ansvarsomrade"), key: "area" },
  { test: (f) => f.startsWith("syfte"), key: "purpose" },
  { test: (f) => f === "uppdragsbeskrivning" || f === "uppdrag" || f === "uppdraget" || f.includes("uppdrag och mandat"), key: "duties" },
  { test: (f) => f.startsWith("ansvar och befogenheter"), key: "responsibility" },
  { test: (f) => f.startsWith("sammansattning"), key: "composition" },
  { test: (f) => f.includes("deltagare och ledning"), key: "participantsAndLead" },
  { test: (f) => f.includes("deltagare atagande") || f === "kommunikation", key: "communication" },
  { test: (f) => f.startsWith("adjunger"), key: "coOpted" },
  { test: (f) => f === "deltagare" || f === "ledamoter", key: "composition" },
  { test: (f) => f === "ordforande" || f === "ordforande och vice ordforande", key: "chair" },
  { test: (f) => f.startsWith("arbetsorganisation"), key: "organisation" },
  { test: (f) => f.startsWith("motesfrekvens"), key: "meetings" },
  { test: (f) => f === "kostnader" || f === "ekonomi" || f.startsWith("kostnader och"), key: "costs" },
  { test: (f) => f === "rapportering", key: "reporting" },
  { test: (f) => f === "verksamhetsplan", key: "plan" },
  { test: (f) => f === "utvardering", key: "evaluation" },
  { test: (f) => f === "arendegang", key: "caseflow" },
  { test: (f) => f.startsWith("samband och gransdragning") || f === "gransdragning", key: "boundaries" },
  { test: (f) => f === "beslutsordning", key: "decisionOrder" },
  { test: (f) => f === "beslutsfattande", key: "decisions" },
  { test: (f) => f === "revideras" || f === "revidering", key: "revision" },
  { test: (f) => f === "uppdraget faststalls", key: "adoption" },
  { test: (f) => f.startsWith("plats i"), key: "place" },
  { test: (f) => f === "inledning" || f === "bakgrund", key: "intro" },
  { test: (f) => f === "undergrupper", key: "subgroups" },
  { test: (f) => f === "uppdraget skickas till", key: "sendTo" },
  { test: (f) => f === "datum for beslut", key: "decisionDate" },
];

/** Headings that only group subheadings: no content under them is not a gap. */
const CONTAINER_SECTIONS: ReadonlySet<SectionKey> = new Set(["organisation", "decisionOrder"]);

export function headingKey(text: string): SectionKey | undefined {
  const f = fold(text);
  if (!f || f.split(" ").length > 14) return undefined;
  return HEADINGS.find((h) => h.test(f))?.key;
}

export interface Segment {
  readonly line: number;
  readonly text: string;
}

export interface ParsedClause {
  readonly text: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly bullet: boolean;
}

export interface ParsedSection {
  readonly key: SectionKey;
  /** The heading as written (clean). */
  readonly heading: string;
  readonly line: number;
  /** Text on the heading line after "Label:" (inline form). */
  readonly inline?: Segment;
  readonly clauses: ParsedClause[];
  readonly empty: boolean;
}

export interface ParseNote {
  readonly code: "PERSONAL_DATA_REMOVED" | "EMPTY_BULLET" | "EMPTY_SECTION" | "UNPLACED_TEXT" | "UNKNOWN_HEADING" | "GLUED_TEXT";
  /** English, for the CLI and logs; user-facing text is rendered from code + params (src/i18n/<lang>/quality.ts). */
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly lineStart: number;
  readonly lineEnd: number;
}

export interface ParsedDocument {
  readonly documentId: string;
  readonly fileName: string;
  readonly contentHash: string;
  readonly lineCount: number;
  /** Segments before the first heading (title, Datum, Diarienummer, organisation lines). */
  readonly preamble: Segment[];
  readonly sections: ParsedSection[];
  readonly notes: ParseNote[];
  /** The cleaned, scrubbed text by 1-based line (footers and personal data removed). */
  readonly lines: readonly string[];
}

export type ParseErrorCode = "EMPTY" | "TOO_LARGE" | "BINARY" | "NOT_A_MANDATE";
export type ParseResult =
  | { readonly ok: true; readonly doc: ParsedDocument }
  | { readonly ok: false; readonly code: ParseErrorCode; readonly message: string };

const FOOTER_LABEL = /^(postadress|besöksadress|telefon|telefonnummer|e-post|epost|webbplats|fax|hemsida|org\.?\s*nr|organisationsnummer)\s*:?\s*$/i;

/** Stable id of a document: its file name without directory and extension. */
export function documentIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[a-z0-9]+$/i, "").replace(/[^A-Za-z0-9_.-]+/g, "-") || "document";
}

function decode(input: string | Uint8Array): { ok: true; text: string } | { ok: false; code: ParseErrorCode; message: string } {
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
  const sample = text.slice(0, 20_000);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  if (bad / sample.length > 0.1) return { ok: false, code: "BINARY", message: "the file looks binary (too many control or replacement characters)" };
  return { ok: true, text };
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

const BULLET = /^(•|·|▪|◦|\uF0B7|\uF0A7|-|–|\*|\d{1,2}[.)](?=\s)|[a-h]\)(?=\s))\s*/u;
const TERMINAL = /[.!?:]$/;
const LEAD_IN_END = /\b(kring|om|med|inom|av|för|till|avseende|gällande|att)$/i;

function isHeadingCandidate(text: string): boolean {
  return text.length <= 100 && !/[.;]$/.test(text) && !BULLET.test(text);
}

/** A verb makes a short line a lead-in ("Gruppen ska"); a function word at its end makes it a fragment. */
const LEAD_IN_VERB = /^(ska|skall|kan|bör|får|är|har|blir|ges|sker)$/i;
const FRAGMENT_END = /^(och|eller|samt|att|som|för|av|i|på|med|till|om|inom|vid|enligt|den|det|de|en|ett)$/i;

/**
 * A line that looks like a section heading the parser does not know ("Tidplan", "Bakgrund och mål"):
 * short, capitalised, no final punctuation, no verb or function word, and followed by body text that is
 * longer than itself. Only after the first known heading (the preamble has its own check).
 */
function looksLikeUnknownHeading(segments: readonly Segment[], idx: number): boolean {
  const text = segments[idx]!.text.replace(/:$/, "");
  const words = text.split(" ");
  if (text.length < 4 || text.length > 40 || words.length > 4 || !/^[A-ZÅÄÖ][\p{L}\- ]+$/u.test(text) || BULLET.test(text)) return false;
  if (words.some((w, i) => i > 0 && LEAD_IN_VERB.test(w)) || (words.length > 1 && FRAGMENT_END.test(words[words.length - 1]!))) return false;
  // not the continuation of a sentence on the line before
  let p = idx - 1;
  while (p >= 0 && segments[p]!.text === "") p--;
  const prev = segments[p];
  if (prev && prev.line === segments[idx]!.line) return false;
  if (prev && prev.line === segments[idx]!.line - 1 && !/[.!?:]$/.test(prev.text) && !headingKey(prev.text.replace(/:$/, ""))) return false;
  // followed by body text
  let j = idx + 1;
  while (j < segments.length && segments[j]!.text === "") j++;
  const next = segments[j]?.text;
  if (!next || !/^(\p{Lu}|\p{N}|[-•·▪◦*–\uF0B7\uF0A7])/u.test(next)) return false;
  if (headingKey(next.replace(/:$/, "")) || (splitInline(next) && headingKey(splitInline(next)!.label))) return false;
  // body text: a sentence, a bullet or a long line (a signature's name + title is not)
  return /[.!?]$/.test(next) || BULLET.test(next) || next.split(" ").length >= 6;
}

function splitInline(text: string): { label: string; rest: string } | undefined {
  const m = /^([A-ZÅÄÖa-zåäö][A-Za-zÅÄÖåäöé\- ]{2,45}?):\s*(.*)$/.exec(text);
  return m ? { label: m[1]!.trim(), rest: m[2]!.trim() } : undefined;
}

/** Clauses of a section body: a bullet or a sentence run, continuation lines joined. */
function clausesOf(segments: readonly Segment[], notes: ParseNote[]): ParsedClause[] {
  type Raw = { text: string; lineStart: number; lineEnd: number; marker: string | undefined };
  const raws: Raw[] = [];
  for (const seg of segments) {
    if (seg.text === "") continue;
    const m = BULLET.exec(seg.text);
    const marker = m ? (m[1]!.match(/\d/) ? "n" : m[1]!) : undefined;
    const body = m ? seg.text.slice(m[0].length).trim() : seg.text;
    // a lone "-" could be a dash inside a sentence only when followed by text; an empty bullet is a gap
    if (m && body === "") {
      notes.push({ code: "EMPTY_BULLET", message: `empty bullet on line ${seg.line}`, lineStart: seg.line, lineEnd: seg.line, params: { line: seg.line } });
      continue;
    }
    const cur = raws[raws.length - 1];
    if (!m && cur && !TERMINAL.test(cur.text)) {
      // a word broken at the line end ("verksam-" / "heten") is joined; "hälso- och" keeps its dash
      const broken = /\p{Ll}-$/u.test(cur.text) && /^\p{Ll}/u.test(body) && !/^(och|eller|samt|respektive|till|som)\b/.test(body);
      cur.text = (broken ? `${cur.text.slice(0, -1)}${body}` : `${cur.text} ${body}`).replace(/\s+/g, " ");
      cur.lineEnd = seg.line;
      continue;
    }
    raws.push({ text: body, lineStart: seg.line, lineEnd: seg.line, marker });
  }
  // lead-ins: "Gruppen ska:" before bullets is dropped; "• Samverka kring" before "-" bullets prefixes them
  const out: ParsedClause[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const next = raws[i + 1];
    const nextIsSub = next !== undefined && next.marker !== undefined && next.marker !== r.marker;
    const words = r.text.replace(/:$/, "").split(" ").length;
    if (!r.marker && nextIsSub && (r.text.endsWith(":") || (words <= 3 && !TERMINAL.test(r.text)))) continue;
    if (r.marker && nextIsSub && LEAD_IN_END.test(r.text)) {
      let j = i + 1;
      while (j < raws.length && raws[j]!.marker === next!.marker) {
        const c = raws[j]!;
        out.push({ text: `${r.text} ${c.text}`.replace(/\s+/g, " "), lineStart: c.lineStart, lineEnd: c.lineEnd, bullet: true });
        j++;
      }
      i = j - 1;
      continue;
    }
    out.push({ text: r.text, lineStart: r.lineStart, lineEnd: r.lineEnd, bullet: r.marker !== undefined });
  }
  return out.filter((c) => c.text.replace(/[^\p{L}\p{N}]/gu, "") !== "");
}

/** Parses one document. Expected failures (empty, binary, huge, not a mandate) are values, not throws. */
export function parseDocument(input: string | Uint8Array, fileName: string): ParseResult {
  const decoded = decode(input);
  if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message };
  const rawLines = decoded.text.replace(/\r\n?/g, "\n").split("\n");
  const notes: ParseNote[] = [];

  // page footers (address blocks) and rules: dropped, noted
  const dropped = new Set<number>();
  let footerStart: number | undefined;
  for (let i = 0; i < rawLines.length; i++) {
    const t = rawLines[i]!.replace(/\*\*/g, "").trim();
    if (/^(-{3,}|_{3,}|\*{3,})$/.test(t)) dropped.add(i);
    if (FOOTER_LABEL.test(t)) {
      footerStart ??= i;
      const start = footerStart;
      dropped.add(i);
      let j = i + 1;
      while (j < rawLines.length && rawLines[j]!.trim() !== "") {
        dropped.add(j);
        j++;
      }
      // consecutive label blocks form one footer
      let k = j;
      while (k < rawLines.length && rawLines[k]!.trim() === "") k++;
      if (k < rawLines.length && FOOTER_LABEL.test(rawLines[k]!.replace(/\*\*/g, "").trim())) {
        i = k - 1;
        continue;
      }
      notes.push({ code: "PERSONAL_DATA_REMOVED", message: `page footer (address, phone, e-mail) on lines ${start + 1}–${j} left out`, lineStart: start + 1, lineEnd: j, params: { what: "footer", lineStart: start + 1, lineEnd: j } });
      footerStart = undefined;
      i = j - 1;
    }
  }
  // merge adjacent footer notes
  const lines: string[] = [];
  const segments: Segment[] = [];
  let scrubbedCount = 0;
  for (let i = 0; i < rawLines.length; i++) {
    if (dropped.has(i)) {
      lines.push("");
      continue;
    }
    const sc = scrubPersonalData(rawLines[i]!);
    if (sc.removed > 0) {
      scrubbedCount += sc.removed;
      const pnr = sc.personnummer > 0;
      notes.push({
        code: "PERSONAL_DATA_REMOVED",
        message: `${pnr ? "personal identity number" : "e-mail address or phone number"} on line ${i + 1} left out`,
        lineStart: i + 1,
        lineEnd: i + 1,
        params: { what: pnr ? "personnummer" : "contact", lineStart: i + 1, lineEnd: i + 1 },
      });
    }
    const segs = segmentsOfLine(sc.text, i + 1);
    lines.push(segs.map((s) => s.text).join(" ").trim());
    segments.push(...segs);
  }
  void scrubbedCount;

  // headings
  type Open = { key: SectionKey; heading: string; line: number; inline?: Segment; body: Segment[] };
  const preamble: Segment[] = [];
  const open: Open[] = [];
  for (let idx = 0; idx < segments.length; idx++) {
    const seg = segments[idx]!;
    if (seg.text === "") {
      (open[open.length - 1]?.body ?? preamble).push(seg);
      continue;
    }
    let key: SectionKey | undefined;
    let heading = seg.text;
    let inline: Segment | undefined;
    const sp = /^[A-ZÅÄÖ]/.test(seg.text) ? splitInline(seg.text) : undefined;
    if (sp) {
      key = headingKey(sp.label);
      if (key) {
        heading = sp.label;
        inline = sp.rest ? { line: seg.line, text: sp.rest } : undefined;
      }
    }
    if (!key && isHeadingCandidate(seg.text) && /^[A-ZÅÄÖ0-9]/.test(seg.text) && !/\s(är|ska|har|kan)\s/i.test(seg.text)) {
      key = headingKey(seg.text.replace(/:$/, ""));
      // a sentence that runs on into a lower-case line is not a heading
      if (key && !/(\boch|\bför|\bi|\btill|-)$/i.test(seg.text)) {
        let j = idx + 1;
        while (j < segments.length && segments[j]!.text === "") j++;
        if (segments[j] && /^[a-zåäö]/.test(segments[j]!.text)) key = undefined;
      }
    }
    if (key) {
      heading = heading.replace(/:$/, "");
      // a heading broken over lines ("… för hälso- och" / "sjukvårdsfrågor")
      if (!inline && /(\boch|\bför|\bi|\btill|-)$/i.test(heading)) {
        let j = idx + 1;
        while (j < segments.length && segments[j]!.text === "") j++;
        const nxt = segments[j];
        if (nxt && nxt.text.length <= 40 && isHeadingCandidate(nxt.text) && !headingKey(nxt.text)) {
          heading = `${heading} ${nxt.text}`;
          idx = j;
        }
      }
      open.push({ key, heading, line: seg.line, inline, body: [] });
    } else if (open.length > 0 && looksLikeUnknownHeading(segments, idx)) {
      // not silently part of the previous section: its own (uninterpreted) section, flagged
      const h = seg.text.replace(/:$/, "");
      notes.push({
        code: "UNKNOWN_HEADING",
        message: `line ${seg.line} ("${h}") looks like a heading the parser does not know; its text is kept but not interpreted`,
        lineStart: seg.line,
        lineEnd: seg.line,
        params: { heading: h, line: seg.line },
      });
      open.push({ key: "unknown", heading: h, line: seg.line, body: [] });
    } else (open[open.length - 1]?.body ?? preamble).push(seg);
  }
  if (open.length === 0 || (open.length === 1 && !open[0]!.inline && open[0]!.body.every((s) => s.text === "")))
    return { ok: false, code: "NOT_A_MANDATE", message: "no mandate section headings found (Uppdragsgivare, Syfte, Uppdrag, …): this does not look like a mandate" };

  const sections: ParsedSection[] = open.map((o, i) => {
    const clauses = clausesOf(o.inline ? [o.inline, ...o.body] : o.body, notes);
    const nextIsChild = i + 1 < open.length && open[i + 1]!.line !== o.line;
    const empty = clauses.length === 0;
    if (empty && !(CONTAINER_SECTIONS.has(o.key) && nextIsChild) && o.key !== "adoption" && o.key !== "decisionOrder")
      notes.push({ code: "EMPTY_SECTION", message: `heading "${o.heading}" (line ${o.line}) has no content`, lineStart: o.line, lineEnd: o.line, params: { heading: o.heading, line: o.line } });
    return { key: o.key, heading: o.heading, line: o.line, inline: o.inline, clauses, empty };
  });

  const text = lines.join("\n");
  return {
    ok: true,
    doc: {
      documentId: documentIdOf(fileName),
      fileName,
      // over the stored (redacted) form, so a document and its stored copy have the same hash
      contentHash: createHash("sha256").update(redactPersonalData(decoded.text.replace(/\r\n?/g, "\n"))).digest("hex").slice(0, 16),
      lineCount: rawLines.length,
      preamble: preamble.filter((s) => s.text !== ""),
      sections,
      notes,
      lines: text.split("\n"),
    },
  };
}

export function hasPlaceholder(text: string | undefined): boolean {
  return !!text && PLACEHOLDER.test(text);
}

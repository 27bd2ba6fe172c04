import { fold } from "../text";
import { BULLET, type Segment, type SectionKey } from "./model";

/**
 * Which lines are section headings: the Swedish headings mandates use (folded, first match wins), the
 * inline "Label: text" form, and heading-like lines the parser does not know (kept, flagged).
 */

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
export const CONTAINER_SECTIONS: ReadonlySet<SectionKey> = new Set(["organisation", "decisionOrder"]);

export function headingKey(text: string): SectionKey | undefined {
  const f = fold(text);
  if (!f || f.split(" ").length > 14) return undefined;
  return HEADINGS.find((h) => h.test(f))?.key;
}

export function isHeadingCandidate(text: string): boolean {
  return text.length <= 100 && !/[.;]$/.test(text) && !BULLET.test(text);
}

export function splitInline(text: string): { label: string; rest: string } | undefined {
  const m = /^([A-ZÅÄÖa-zåäö][A-Za-zÅÄÖåäöé\- ]{2,45}?):\s*(.*)$/.exec(text);
  return m ? { label: m[1]!.trim(), rest: m[2]!.trim() } : undefined;
}

/** The index of the next segment with text at or after `from` (segments.length when none). */
export function nextWithText(segments: readonly Segment[], from: number): number {
  let j = from;
  while (j < segments.length && segments[j]!.text === "") j++;
  return j;
}

/** A verb makes a short line a lead-in ("Gruppen ska"); a function word at its end makes it a fragment. */
const LEAD_IN_VERB = /^(ska|skall|kan|bör|får|är|har|blir|ges|sker)$/i;
const FRAGMENT_END = /^(och|eller|samt|att|som|för|av|i|på|med|till|om|inom|vid|enligt|den|det|de|en|ett)$/i;

/**
 * A line that looks like a section heading the parser does not know ("Tidplan", "Bakgrund och mål"):
 * short, capitalised, no final punctuation, no verb or function word, and followed by body text that is
 * longer than itself. Only after the first known heading (the preamble has its own check).
 */
export function looksLikeUnknownHeading(segments: readonly Segment[], idx: number): boolean {
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
  const next = segments[nextWithText(segments, idx + 1)]?.text;
  if (!next || !/^(\p{Lu}|\p{N}|[-•·▪◦*–\uF0B7\uF0A7])/u.test(next)) return false;
  if (headingKey(next.replace(/:$/, "")) || (splitInline(next) && headingKey(splitInline(next)!.label))) return false;
  // body text: a sentence, a bullet or a long line (a signature's name + title is not)
  return /[.!?]$/.test(next) || BULLET.test(next) || next.split(" ").length >= 6;
}

/** A known heading at `idx`: its key, the heading as written, inline text, and the last segment it took. */
export interface HeadingAt {
  readonly key: SectionKey;
  readonly heading: string;
  readonly inline?: Segment;
  readonly last: number;
}

const RUNS_ON = /(\boch|\bför|\bi|\btill|-)$/i;

/** The key a line opens a section with, and its heading and inline text; no look at what follows the heading. */
function headingOf(segments: readonly Segment[], idx: number): Omit<HeadingAt, "last"> | undefined {
  const seg = segments[idx]!;
  const sp = /^[A-ZÅÄÖ]/.test(seg.text) ? splitInline(seg.text) : undefined;
  const inlineKey = sp ? headingKey(sp.label) : undefined;
  if (sp && inlineKey) return { key: inlineKey, heading: sp.label, ...(sp.rest ? { inline: { line: seg.line, text: sp.rest } } : {}) };
  if (!isHeadingCandidate(seg.text) || !/^[A-ZÅÄÖ0-9]/.test(seg.text) || /\s(är|ska|har|kan)\s/i.test(seg.text)) return undefined;
  const key = headingKey(seg.text.replace(/:$/, ""));
  if (!key) return undefined;
  // a sentence that runs on into a lower-case line is not a heading
  const next = segments[nextWithText(segments, idx + 1)];
  if (!RUNS_ON.test(seg.text) && next && /^[a-zåäö]/.test(next.text)) return undefined;
  return { key, heading: seg.text };
}

export function knownHeadingAt(segments: readonly Segment[], idx: number): HeadingAt | undefined {
  const h = headingOf(segments, idx);
  if (!h) return undefined;
  const heading = h.heading.replace(/:$/, "");
  // a heading broken over lines ("… för hälso- och" / "sjukvårdsfrågor")
  if (!h.inline && RUNS_ON.test(heading)) {
    const j = nextWithText(segments, idx + 1);
    const nxt = segments[j];
    if (nxt && nxt.text.length <= 40 && isHeadingCandidate(nxt.text) && !headingKey(nxt.text)) return { ...h, heading: `${heading} ${nxt.text}`, last: j };
  }
  return { ...h, heading, last: idx };
}

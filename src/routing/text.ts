/**
 * Text normalisation for routing, Swedish and English: diacritics-insensitive folding, stop words,
 * Snowball stemming, compound splitting against a vocabulary (catalog text + domain vocabulary) and
 * concept expansion from a small domain vocabulary (synonyms and English ↔ Swedish terms).
 */
// snowball-stemmers ships no type declarations
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { newStemmer } = require("snowball-stemmers") as { newStemmer(lang: string): { stem(word: string): string } };

/** The catalog's folding (lower case, no diacritics, letters and digits): names and topics match alike. */
import { fold } from "../catalog/text";
export { fold };

/** Words as written (lower case, diacritics kept), for stemming before folding. */
export function words(s: string): string[] {
  return s
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Swedish stop words from lunr-languages (lunr.sv, MIT licence, © Mihai Valentin), loaded from the
 * package itself: lunr.sv only needs a lunr-shaped host object to hand over its list.
 */
function loadSwedishStopWords(): string[] {
  let list: string[] = [];
  const noop = function () {
    /* lunr stemmer-support placeholder */
  };
  const host = {
    stemmerSupport: { Among: noop, SnowballProgram: noop },
    Pipeline: { registerFunction: noop },
    trimmerSupport: { generateTrimmer: () => noop },
    generateStopWordFilter: (w: string[]) => {
      list = w;
      return noop;
    },
    wordCharacters: "",
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require("lunr-languages/lunr.sv") as (l: unknown) => void)(host);
  } catch {
    list = [];
  }
  return list;
}

/** English function words (lunr's English stop word list, abridged). */
const ENGLISH_STOP = (
  "a able about across one after all almost also am among an and any are as at be because been but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why will with would yet you your " +
  // question scaffolding that says nothing about the topic
  "whose which group groups body owns own owner responsible responsibility handle handles handled deal deals question questions issue issues matter matters turn ask please team teams need needs want wants wish our us go between across within regarding concerning around through help helps new"
).split(" ");

/** Swedish question scaffolding that says nothing about the topic (added to lunr's list). */
const SWEDISH_SCAFFOLD = "äger ägare ansvarar ansvar ansvarig ansvariga hanterar hantera hanteras frågor fråga frågan grupp gruppen grupper grupperna vänder vända vänd jag mig tar ta tas hand om gäller vilket vilken vilka vem vems var vart ska skall kan någon något det den är finns vill behöver undrar hjälp får diskutera diskuteras kring angående gällande rörande beträffande ny nya nytt".split(" ");

export const STOP_WORDS: ReadonlySet<string> = new Set([...loadSwedishStopWords(), ...SWEDISH_SCAFFOLD, ...ENGLISH_STOP].map(fold));

const sv = newStemmer("swedish");
const en = newStemmer("english");
const stemCacheSv = new Map<string, string>();
const stemCacheEn = new Map<string, string>();

/** Swedish Snowball stem of a word, folded. */
export function stemSv(w: string): string {
  let s = stemCacheSv.get(w);
  if (s === undefined) {
    s = fold(sv.stem(w));
    if (stemCacheSv.size < 50_000) stemCacheSv.set(w, s);
  }
  return s;
}

/** English Snowball stem of a word, folded. */
export function stemEn(w: string): string {
  let s = stemCacheEn.get(w);
  if (s === undefined) {
    s = fold(en.stem(w));
    if (stemCacheEn.size < 50_000) stemCacheEn.set(w, s);
  }
  return s;
}

/**
 * Domain vocabulary: each line is one concept; its members are Swedish or English words or phrases.
 * A question or clause containing any member gets the concept as an extra term, so "röntgen" meets
 * "bild- och funktionsmedicin" and "premises" meets "lokalförsörjning".
 */
export const DOMAIN_VOCABULARY: readonly (readonly string[])[] = [
  ["bild- och funktionsmedicin", "bildoch funktionsmedicin", "bfm", "röntgen", "radiologi", "bilddiagnostik", "radiology", "x-ray", "imaging", "diagnostic imaging", "klinisk fysiologi", "clinical physiology", "magnetkamera", "mri", "ultraljud", "ultrasound", "datortomografi"],
  ["kompetensförsörjning", "kompetens", "competence", "skills supply", "staff supply", "workforce", "bemanning", "staffing", "rekrytering", "recruitment", "recruiting", "recruit"],
  ["utbildning", "education", "training", "fortbildning", "personalutbildning"],
  ["läkemedel", "medicin", "mediciner", "medicine", "medicines", "drug", "drugs", "pharmaceutical", "pharmaceuticals"],
  ["införande", "introduktion", "introduction", "introducing", "introduce", "introduced", "införa", "införs", "ny metod"],
  ["implementera", "implementering", "implement", "implements", "implementation", "genomföra", "genomförande", "carry out"],
  ["samarbete", "samarbeten", "samverkan", "samverka", "collaboration", "collaborations", "cooperation", "collaborate", "co-operation"],
  ["anpassa", "verksamhetsanpassa", "adapt", "adapts", "adapted", "adaptation"],
  ["beslutade", "överenskomna", "agreed", "decided"],
  ["utvärdera", "utvärderar", "utvärdering", "evaluate", "evaluates", "evaluation", "review", "reviews"],
  ["stöd", "stödja", "tillhandahåller", "support", "supports", "provides", "secretariat"],
  ["rutin", "rutiner", "routine", "routines", "procedure", "procedures"],
  ["lösa", "löses", "lösning", "lösningar", "resolve", "resolved", "resolving", "solve", "solution", "solutions", "settle"],
  ["ansvarsfördelning", "fördelning", "division of responsibility", "divided", "divide", "split", "allocation"],
  ["samordningsråd", "council", "coordination council", "coordinating council"],
  ["medicinska metoder", "medical methods", "medical technologies", "behandlingsmetod"],
  ["ersättning", "ersättningar", "compensation", "remuneration", "salary", "salaries", "lön", "löner", "arvode", "reimbursement"],
  ["lokalförsörjning", "lokal", "lokaler", "premises", "facilities", "office space", "buildings", "fastighet"],
  ["arbetsvillkor", "working conditions", "employment terms", "anställningsvillkor"],
  ["upphandling", "upphandlingar", "procurement", "purchasing", "tender", "tenders", "inköp"],
  ["investering", "investeringar", "investment", "investments", "capital spending"],
  ["produktionsplanering", "production planning", "capacity planning", "produktionsplan"],
  ["tillgänglighet", "vårdgaranti", "vårdgarantin", "waiting time", "waiting times", "waiting list", "waiting lists", "väntetid", "väntetider", "kö", "köer", "accessibility", "care guarantee"],
  ["patientprocess", "patientprocesser", "patient process", "patient processes", "patient pathway", "patient pathways", "vårdkedja", "vårdkedjor", "care chain", "care chains"],
  ["vårdförlopp", "care pathway", "care pathways", "standardized care"],
  ["kunskapsstyrning", "knowledge management", "knowledge governance", "kunskapsstöd", "riktlinje", "riktlinjer", "guidelines", "guideline", "rekommendation", "recommendations"],
  ["processteam", "process team", "process teams"],
  ["nationella programområden", "national programme areas", "national program areas", "programområde", "npo"],
  ["nominera", "nominate", "nomination", "föreslå representanter", "propose representatives"],
  ["remiss", "remissvar", "remissinstans", "consultation", "consultation response", "referral body", "consultative body"],
  ["tvist", "tvister", "oenighet", "dispute", "disputes", "disagreement", "disagreements", "conflict", "conflicts", "konflikt"],
  ["avtal", "överenskommelse", "överenskommelser", "agreement", "agreements", "contract", "contracts"],
  ["tolkning", "tolkningar", "interpretation", "interpretations", "tolka", "interpret"],
  ["kommun", "kommuner", "kommunerna", "municipality", "municipalities", "municipal"],
  ["goda exempel", "good examples", "good practice", "best practice", "best practices"],
  ["erfarenhet", "erfarenheter", "experience", "experiences", "lessons learned"],
  ["digital", "digitalisering", "digital teknik", "digital technology", "digitalisation", "digitalization", "data", "ai"],
  ["verksamhetsutveckling", "utvecklingsarbete", "utvecklingsinitiativ", "development work", "improvement work", "development initiatives", "quality improvement"],
  ["nära vård", "close care", "local care", "good and close care", "primary care transition", "omställning"],
  ["medicinska resultat", "medical results", "clinical outcomes", "outcomes", "kvalitet", "quality"],
  ["lagförändring", "lagförändringar", "lagändring", "new law", "law changes", "legislation", "lagstiftning"],
  ["nationell", "nationella", "national", "nationellt"],
  ["förändring", "förändringar", "förändrade", "förändra", "change", "changes", "changed", "changing"],
  ["flera", "several", "multiple", "many"],
  ["verksamhetsområde", "verksamhetsområden", "specialty", "specialties", "speciality", "specialities", "department", "departments", "clinical area", "clinical areas"],
  ["påverka", "påverkar", "påverkas", "konsekvens", "konsekvenser", "affect", "affects", "affected", "impact", "impacts", "consequences"],
  ["ledningsorganisation", "ledningsorganisationen", "management organisation", "management organization", "leadership organisation", "leadership structure"],
  ["årlig", "årligt", "årliga", "årligen", "annual", "annually", "yearly", "each year", "every year"],
  ["arbetsgrupp", "arbetsgrupper", "working group", "working groups", "task force", "temporary group", "tillfällig"],
  ["arbetssätt", "arbetssätten", "ways of working", "working methods", "way of working"],
  ["verksamhetsområde", "verksamhetsområden", "several areas", "multiple areas", "across areas", "flera verksamhetsområden", "cross-area"],
  ["stödprocess", "stödprocesser", "support process", "support processes", "support functions"],
  ["ekonomi", "ekonomisk", "ekonomiska", "economic", "financial", "cost", "costs", "kostnad", "kostnader", "budget"],
  ["organisation", "organisatoriska", "organisatorisk", "organisational", "organizational", "reorganisation"],
  ["prioritering", "prioriteringar", "prioritera", "priority", "priorities", "prioritise", "prioritize", "prioritising"],
  ["samordning", "samordna", "coordination", "coordinate", "coordinating"],
  ["uppföljning", "följa upp", "follow up", "follow-up", "monitoring", "monitor"],
  ["resor", "rese", "travel", "travelling", "resekostnader", "travel costs"],
  ["region", "regioner", "regions", "landsting"],
  ["personal", "staff", "employees", "medarbetare"],
  ["forskning", "research"],
  ["akademi", "akademien", "academia", "university", "universitet"],
  ["privata vårdgivare", "private providers", "private care providers", "valfrihet", "lov"],
];

const CONCEPT_PREFIX = "~";

export interface Vocabulary {
  /** Folded whole words known from the catalog and the domain vocabulary. */
  readonly words: ReadonlySet<string>;
  /** Swedish stems of those words. */
  readonly stems: ReadonlySet<string>;
}

/** Sequences of stems per concept member, for phrase lookup. */
interface ConceptMember {
  readonly concept: string;
  readonly stems: readonly string[];
}

function memberStems(phrase: string): string[] {
  return words(phrase).map((w) => stemSv(w));
}

const CONCEPTS: ConceptMember[] = DOMAIN_VOCABULARY.flatMap((line, i) => line.map((p) => ({ concept: `${CONCEPT_PREFIX}${i}`, stems: memberStems(p) })));
const CONCEPTS_EN: ConceptMember[] = DOMAIN_VOCABULARY.flatMap((line, i) => line.map((p) => ({ concept: `${CONCEPT_PREFIX}${i}`, stems: words(p).map((w) => stemEn(w)) })));
const CONCEPT_FIRST = new Map<string, ConceptMember[]>();
for (const m of [...CONCEPTS, ...CONCEPTS_EN]) {
  const k = m.stems[0];
  if (!k) continue;
  const list = CONCEPT_FIRST.get(k) ?? [];
  list.push(m);
  CONCEPT_FIRST.set(k, list);
}

/** Builds the compound-splitting vocabulary from texts (the catalog) plus the domain vocabulary. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const ws = new Set<string>();
  const add = (t: string) => {
    for (const w of words(t)) if (w.length >= 3 && !STOP_WORDS.has(fold(w))) ws.add(w);
  };
  for (const t of texts) add(t);
  for (const line of DOMAIN_VOCABULARY) for (const p of line) add(p);
  const folded = new Set<string>();
  const stems = new Set<string>();
  for (const w of ws) {
    folded.add(fold(w));
    stems.add(stemSv(w));
  }
  // tails of compounds whose head is a known word become known words ("lokal|försörjning" and
  // "kompetens|försörjning" make "försörjning" a part other compounds can be split into)
  const heads = [...folded].filter((w) => w.length >= 4);
  const tails: string[] = [];
  for (const w of folded) {
    if (w.length < 9) continue;
    for (const h of heads) {
      if (h.length >= w.length - 4 || !w.startsWith(h)) continue;
      const rest = w.slice(h.length);
      const tail = rest.startsWith("s") && !folded.has(rest) ? rest.slice(1) : rest;
      if (tail.length >= 5) tails.push(tail);
    }
  }
  for (const t of tails) {
    folded.add(t);
    stems.add(stemSv(t));
  }
  return { words: folded, stems };
}

const MIN_PART = 3;

/**
 * Splits a compound into known parts: kompetensförsörjning → kompetens + försörjning,
 * läkemedelsintroduktion → läkemedel + introduktion. A part is known when it (or its stem) is in the
 * vocabulary; a linking -s- (or -e-/-a-) between parts is allowed. Returns [] when no full split exists.
 */
export function splitCompound(word: string, vocab: Vocabulary, depth = 0): string[] {
  const w = fold(word);
  if (w.length < 2 * MIN_PART + 1 || depth > 3 || /\d/.test(w)) return [];
  const known = (p: string) => p.length >= MIN_PART && (vocab.words.has(p) || vocab.stems.has(p) || vocab.stems.has(stemSv(p)));
  // longest head first: prefer "läkemedel" over "läke"
  for (let i = w.length - MIN_PART; i >= MIN_PART; i--) {
    const head = w.slice(0, i);
    if (!vocab.words.has(head) && !vocab.stems.has(head)) continue;
    for (const link of ["", "s", "e", "a"]) {
      if (link && w[i] !== link) continue;
      const tail = w.slice(i + link.length);
      if (tail.length < MIN_PART) continue;
      if (known(tail)) return [head, tail];
      const rest = splitCompound(tail, vocab, depth + 1);
      if (rest.length) return [head, ...rest];
    }
  }
  return [];
}

export interface Token {
  /** Folded word. */
  readonly word: string;
  /** The whole word's terms (stems and concepts), without compound parts. */
  readonly full: string[];
  /** Its matching terms: Swedish stem, English stem ("en:"), compound-part stems, concepts. */
  readonly terms: string[];
  /**
   * A compound whose other parts are question scaffolding ("lokal|frågor") means its one content part:
   * that part's terms, counted as the whole word when no clause knows the compound itself.
   */
  readonly core?: string[];
}

export interface Analysis {
  /** Content tokens (stop words removed) with their terms, in order. */
  readonly tokens: Token[];
  /** Union of all tokens' terms. */
  readonly terms: string[];
}

/**
 * Text → matching terms. Every content word gives its Swedish and English stems; compounds also give
 * their parts' stems; phrases of the domain vocabulary give a concept term to each word they span.
 */
export function analyze(text: string, vocab: Vocabulary): Analysis {
  const raw = words(text.length > 20_000 ? text.slice(0, 20_000) : text);
  const svStems = raw.map((w) => stemSv(w));
  const enStems = raw.map((w) => stemEn(fold(w)));
  const per: Set<string>[] = raw.map(() => new Set<string>());
  const parts: Set<string>[] = raw.map(() => new Set<string>());
  const cores: (Set<string> | undefined)[] = raw.map(() => undefined);
  raw.forEach((w, i) => {
    const f = fold(w);
    if (!f) return;
    per[i]!.add(svStems[i]!);
    if (enStems[i] !== svStems[i]) per[i]!.add(`en:${enStems[i]}`);
    const split = splitCompound(f, vocab);
    for (const part of split) parts[i]!.add(stemSv(part));
    const content = split.filter((part) => !STOP_WORDS.has(part) && !STOP_WORDS.has(stemSv(part)));
    if (split.length >= 2 && content.length === 1) cores[i] = new Set([stemSv(content[0]!)]);
  });
  const addConcepts = (seq: string[]) => {
    for (let i = 0; i < seq.length; i++) {
      const cands = CONCEPT_FIRST.get(seq[i]!);
      if (!cands) continue;
      for (const m of cands) {
        let ok = true;
        for (let j = 1; j < m.stems.length; j++) if (seq[i + j] !== m.stems[j]) ok = false;
        if (ok) for (let j = 0; j < m.stems.length; j++) per[i + j]!.add(m.concept);
      }
    }
  };
  addConcepts(svStems);
  addConcepts(enStems);
  // compound parts can carry a concept too (läkemedelsintroduktion → läkemedel, introduktion)
  for (const set of [...parts, ...cores])
    for (const t of [...(set ?? [])]) {
      const cands = CONCEPT_FIRST.get(t);
      if (cands) for (const m of cands) if (m.stems.length === 1) set!.add(m.concept);
    }
  const tokens: Token[] = [];
  const all = new Set<string>();
  raw.forEach((w, i) => {
    const f = fold(w);
    if (!f || f.length < 2 || STOP_WORDS.has(f)) return;
    const full = [...per[i]!];
    const terms = [...new Set([...full, ...parts[i]!])];
    const core = cores[i];
    tokens.push(core ? { word: f, full, terms, core: [...core] } : { word: f, full, terms });
    for (const t of terms) all.add(t);
  });
  return { tokens, terms: [...all] };
}

/** True for a concept term produced by analyze. */
export const isConcept = (t: string): boolean => t.startsWith(CONCEPT_PREFIX);

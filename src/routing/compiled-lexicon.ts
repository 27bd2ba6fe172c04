/**
 * The lexicon (lexicon.ts) turned into lookup tables over folded words and keys, once per router.
 */
import { keyEn, keysEn, keySv, words, wordsEn } from "./normalize";
import { CueStarts, CueTable } from "./cue-table";
import { PhraseTable } from "./phrases";
import { RELATIONS, type Lexicon, type Relation } from "./lexicon";
import { SWEDISH_STOP_WORDS, ENGLISH_STOP_WORDS } from "./stop-words";

export const CONCEPT = "~";

/** Relation cues, matched as written and, in a question, by key where the stem allows it (cue-table.ts). */
export interface RelationTable {
  readonly about: CueTable;
  readonly acts: CueTable;
  readonly alone: CueTable;
  readonly needsAct: boolean;
  /** Words a mandate sentence must use, when the question's words are not the clause's ("själv besluta" → "beslut"). */
  readonly clause?: CueTable;
}

export interface CompiledLexicon {
  /** Folded words that carry no topic (Swedish: lunr's list + the lexicon's question words). */
  readonly stopSv: ReadonlySet<string>;
  readonly stopEn: ReadonlySet<string>;
  /** Folded words → the folded words of the long form. */
  readonly abbreviations: PhraseTable<readonly string[]>;
  /** Abbreviations that are also everyday words, matched only as written ("HoS", not "hos"), with their long form. */
  readonly exactAbbreviations: readonly { readonly pattern: RegExp; readonly means: string }[];
  /** Folded words of a long form → the folded one-word abbreviation of it ("program- och prioriteringsrådet" → "ppr"). */
  readonly shortForms: PhraseTable<string>;
  /** English keys → folded Swedish words. */
  readonly english: PhraseTable<readonly string[]>;
  /**
   * The same glossary over words as written (folded): the stemmer makes one key of words English keeps apart
   * ("representatives"/"represents", "consultant"/"consultation", "adoption"/"adopt"), so a form the glossary lists
   * is read as its own entry says, and the key only reads the forms it does not list.
   */
  readonly englishExact: PhraseTable<readonly string[]>;
  /** Swedish content keys → concept terms. */
  readonly concepts: PhraseTable<readonly string[]>;
  /** Concepts that are care areas (specialities). */
  readonly areaConcepts: ReadonlySet<string>;
  /** The concept a question naming two or more care areas has ("flera verksamhetsområden"). */
  readonly severalAreas?: string;
  /** The concept of staff ("personal": the professions of health care). */
  readonly staff?: string;
  /** Concepts a boundary clause holds only for (lexicon `condition`): the clause covers a question that names one. */
  readonly conditions: ReadonlySet<string>;
  /** Concepts of a matter set apart from those conditions (lexicon `otherMatter`). */
  readonly otherMatters: ReadonlySet<string>;
  /** Swedish keys → catalog organisation id. */
  readonly organisations: PhraseTable<string>;
  /** Swedish keys of organisations outside the catalog. */
  readonly outside: PhraseTable<true>;
  /** Swedish keys of phrases that speak of a person's own case. */
  readonly ownCase: PhraseTable<true>;
  /** Swedish keys of services that are not health care. */
  readonly notCare: PhraseTable<true>;
  /** Swedish keys of elected bodies outside the mandates. */
  readonly political: PhraseTable<true>;
  readonly relations: ReadonlyMap<Relation, RelationTable>;
  /** Every folded word the lexicon uses (for the spelling vocabulary). */
  readonly vocabulary: ReadonlySet<string>;
  /** Words of names, own cases and services: known to spelling correction only. */
  readonly spellingWords: ReadonlySet<string>;
  /** Folded words that ask (question words, relation cues: "bestämmer", "ordförande"), for their typos. */
  readonly cueWords: ReadonlySet<string>;
}

/** Content keys of a Swedish phrase (stop words out): how concepts are matched. */
export function contentKeys(phrase: string, stop: ReadonlySet<string>): string[] {
  return words(phrase)
    .filter((w) => !stop.has(w))
    .map(keySv);
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/** The lexicon as lookup tables (compiled once per lexicon: every router of the process shares them). */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  let c = compiled.get(lex);
  if (!c) compiled.set(lex, (c = compile(lex)));
  return c;
}

function compile(lex: Lexicon): CompiledLexicon {
  const stopSv = new Set([...SWEDISH_STOP_WORDS, ...lex.questionWords.sv.flatMap(words)]);
  const stopEn = new Set([...ENGLISH_STOP_WORDS, ...lex.questionWords.en.flatMap(words)]);
  const vocabulary = new Set<string>();
  const remember = (p: string) => {
    for (const w of words(p)) if (w.length >= 3 && !stopSv.has(w)) vocabulary.add(w);
  };

  const abbreviations = new PhraseTable<readonly string[]>();
  const exactAbbreviations: { pattern: RegExp; means: string }[] = [];
  const shortForms = new PhraseTable<string>();
  for (const a of lex.abbreviations) {
    const short = words(a.short);
    if (short.length === 1 && short[0]!.length >= 3) shortForms.add(words(a.means), short[0]!);
    if (a.caseSensitive) exactAbbreviations.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${a.short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu"), means: a.means });
    else abbreviations.add(words(a.short), words(a.means));
  }

  const english = new PhraseTable<readonly string[]>();
  const englishExact = new PhraseTable<readonly string[]>();
  for (const g of lex.glossary)
    for (const en of g.en) {
      english.add(keysEn(en), words(g.sv));
      englishExact.add(wordsEn(en), words(g.sv));
    }

  const concepts = new PhraseTable<readonly string[]>();
  const areaConcepts = new Set<string>();
  let severalAreas: string | undefined;
  let staff: string | undefined;
  const conditions = new Set<string>();
  const otherMatters = new Set<string>();
  for (const s of lex.synonyms) {
    const head = contentKeys(s.means[0] ?? "", stopSv);
    if (!head.length) continue;
    const concept = `${CONCEPT}${head.join("_")}`;
    if (s.area) areaConcepts.add(concept);
    if (s.severalAreas) severalAreas = concept;
    if (s.staff) staff = concept;
    if (s.condition) conditions.add(concept);
    if (s.otherMatter) otherMatters.add(concept);
    for (const p of [...s.means, ...s.words]) {
      const keys = contentKeys(p, stopSv);
      // "ta in" without its verb is only the particle "in" ("loggar in"): a phrase reduced to particles means nothing
      if (keys.length && !(keys.length < words(p).length && keys.every((k) => k.length <= 2))) concepts.add(keys, [concept]);
      remember(p);
    }
  }

  // names, own cases and services are misspelt as any word is ("Norrbtten", "semesteransökn", "skolskjutsn"): the
  // spelling index knows their words, though they are no words of the vocabulary (no compound is split on them)
  const spellingWords = new Set<string>();
  const spell = (p: string) => {
    for (const w of words(p)) if (w.length >= 5 && !stopSv.has(w) && !vocabulary.has(w)) spellingWords.add(w);
  };
  const organisations = new PhraseTable<string>();
  for (const o of lex.organisations) for (const n of o.names) (organisations.add(words(n).map(keySv), o.organisation), spell(n));

  const outside = new PhraseTable<true>();
  for (const n of lex.outside) (outside.add(words(n).map(keySv), true), spell(n));
  const ownCase = new PhraseTable<true>();
  for (const n of lex.ownCase) (ownCase.add(words(n).map(keySv), true), spell(n));
  const notCare = new PhraseTable<true>();
  for (const n of lex.notCare) (notCare.add(words(n).map(keySv), true), spell(n));
  const political = new PhraseTable<true>();
  for (const n of lex.political) (political.add(words(n).map(keySv), true), spell(n));

  const relations = new Map<Relation, RelationTable>();
  const listed = new Set(Object.values(lex.relations).flatMap((c) => [...c.about, ...c.acts, ...c.alone, ...c.clause].flatMap(words)));
  const starts = new CueStarts();
  for (const rel of RELATIONS) {
    const cues = lex.relations[rel];
    if (!cues) continue;
    const table = (ps: readonly string[]) => {
      const t = new CueTable(listed, starts);
      for (const p of ps) t.add(p);
      return t;
    };
    relations.set(rel, { about: table(cues.about), acts: table(cues.acts), alone: table(cues.alone), needsAct: cues.acts.length > 0, ...(cues.clause.length ? { clause: table(cues.clause) } : {}) });
  }
  const cueWords = new Set(lex.questionWords.sv.flatMap(words));
  for (const cues of Object.values(lex.relations)) for (const p of [...cues.about, ...cues.acts, ...cues.alone, ...cues.clause]) for (const w of words(p)) cueWords.add(w);
  return { cueWords, stopSv, stopEn, abbreviations, exactAbbreviations, shortForms, english, englishExact, concepts, areaConcepts, severalAreas, staff, conditions, otherMatters, organisations, outside, ownCase, notCare, political, relations, vocabulary, spellingWords };
}

/** The English key of a folded word, for glossary lookups. */
export const englishKey = keyEn;

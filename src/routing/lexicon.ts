/**
 * The routing lexicon: data a secretary can review (samples/lexicon/*.yaml), not code.
 *
 * - synonyms: everyday words (and names of care areas, examinations, methods) for the mandates' own words;
 *   a question word and a clause word of the same entry meet. `area: true` marks a care area (speciality),
 *   which decides between a kind of group and its concrete groups; `severalAreas: true` marks the words a
 *   question means when it names two or more care areas ("flera verksamhetsområden"); `staff: true` marks the
 *   words for staff (the professions of health care: "personal"), which say whose matter it is, not what;
 *   `condition: true` marks what a boundary clause is about when it only holds for that ("vid införande av nya
 *   läkemedel och medicinska metoder …", 004 PPR), and `otherMatter: true` a matter the mandates set apart from it
 *   ("förändrade arbetssätt och processer", 004 Klinisk ledning): a question that names the other matter and none of
 *   the condition's things is not covered by that clause.
 * - abbreviations: a short form is read as its long form ("BFM" → "bild- och funktionsmedicin"); one that is
 *   also an everyday word ("HoS" / "hos") only as written (`caseSensitive`).
 * - glossary: English words and phrases read as the mandates' Swedish words.
 * - organisations: more names of an organisation (places, hospitals, regions) by catalog organisation id;
 *   outside: organisations the catalog does not cover (a question about one is answered "none").
 * - questionWords: words that only frame a question ("vem äger frågan om …"), never its topic.
 * - relations: the words that ask for a relation of a group (who appoints its chair, who it reports to …).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { samplesDir } from "../paths";
import { cached, cacheKey, jsonCodec, type BuildCacheOptions } from "./build-cache";
import { codeStamp } from "../runtime/code-stamp";

const Phrase = z.string().trim().min(1).max(200);
const Phrases = z.array(Phrase).max(2000);

export const RELATIONS = ["proposes", "chair", "members", "commissioner", "reports", "plan", "evaluates", "creates", "adopted", "subgroups", "prepares", "decides", "leads", "contact", "support", "costs", "coopted", "meetings", "escalation", "serves", "consults", "purpose", "attends"] as const;
export const RelationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof RelationSchema>;

export const RelationCuesSchema = z.object({
  /** Words that name what the relation is about (ordförande, verksamhetsplan …). */
  about: Phrases.default([]),
  /** Words of the act (utser, fastställer …); when given, a question needs one of `about` and one of these. */
  acts: Phrases.default([]),
  /** Phrases that ask for the relation on their own ("vem rapporterar", "uppdragsgivare"). */
  alone: Phrases.default([]),
  /** When given, the words a mandate sentence must use to answer (else `about` and `acts` as in the question). */
  clause: Phrases.default([]),
});
export type RelationCues = z.infer<typeof RelationCuesSchema>;

export const LexiconFileSchema = z
  .object({
    synonyms: z
      .array(z.object({ means: z.union([Phrase, Phrases]), words: Phrases.default([]), area: z.boolean().optional(), severalAreas: z.boolean().optional(), staff: z.boolean().optional(), condition: z.boolean().optional(), otherMatter: z.boolean().optional(), note: z.string().optional() }).strict())
      .default([]),
    abbreviations: z.array(z.object({ short: Phrase, means: Phrase, caseSensitive: z.boolean().optional(), note: z.string().optional() }).strict()).default([]),
    glossary: z.array(z.object({ en: z.union([Phrase, Phrases]), sv: Phrase, note: z.string().optional() }).strict()).default([]),
    organisations: z.array(z.object({ organisation: Phrase, names: Phrases }).strict()).default([]),
    /** Organisations the catalog does not cover (other regions): a question about one is not covered. */
    outside: Phrases.default([]),
    /** A person's own case (a patient's referral, one's own pay): no governance group's mandate covers it. */
    ownCase: Phrases.default([]),
    /** Services that are not health care (a municipality's social assistance, building permits, school transport):
     * no mandate of health-care governance covers them. */
    notCare: Phrases.default([]),
    /** Elected bodies outside the mandates (fullmäktige, styrelser, nämnder): their chairs, members and decisions are
     * set by their assemblies, not by any group here. */
    political: Phrases.default([]),
    questionWords: z.object({ sv: Phrases.default([]), en: Phrases.default([]) }).strict().default({}),
    relations: z.record(RelationSchema, RelationCuesSchema).default({}),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFileSchema>;

/** All lexicon files merged. */
export interface Lexicon {
  readonly synonyms: { readonly means: readonly string[]; readonly words: readonly string[]; readonly area: boolean; readonly severalAreas: boolean; readonly staff?: boolean; readonly condition?: boolean; readonly otherMatter?: boolean }[];
  readonly abbreviations: { readonly short: string; readonly means: string; readonly caseSensitive?: boolean }[];
  readonly glossary: { readonly en: readonly string[]; readonly sv: string }[];
  readonly organisations: { readonly organisation: string; readonly names: readonly string[] }[];
  readonly outside: readonly string[];
  readonly ownCase: readonly string[];
  readonly notCare: readonly string[];
  readonly political: readonly string[];
  readonly questionWords: { readonly sv: readonly string[]; readonly en: readonly string[] };
  readonly relations: Partial<Record<Relation, RelationCues>>;
  /** Files read, for reports. */
  readonly files: readonly string[];
}

export const EMPTY_LEXICON: Lexicon = { synonyms: [], abbreviations: [], glossary: [], organisations: [], outside: [], ownCase: [], notCare: [], political: [], questionWords: { sv: [], en: [] }, relations: {}, files: [] };

const list = (x: string | readonly string[]): string[] => (typeof x === "string" ? [x] : [...x]);

export function mergeLexicon(files: { name: string; data: LexiconFile }[]): Lexicon {
  const relations: Partial<Record<Relation, RelationCues>> = {};
  for (const { data } of files)
    for (const [rel, cues] of Object.entries(data.relations) as [Relation, RelationCues][]) {
      const cur = relations[rel] ?? { about: [], acts: [], alone: [], clause: [] };
      relations[rel] = { about: [...cur.about, ...cues.about], acts: [...cur.acts, ...cues.acts], alone: [...cur.alone, ...cues.alone], clause: [...cur.clause, ...cues.clause] };
    }
  return {
    synonyms: files.flatMap(({ data }) => data.synonyms.map((s) => ({ means: list(s.means), words: s.words, area: !!s.area, severalAreas: !!s.severalAreas, ...(s.staff ? { staff: true } : {}), ...(s.condition ? { condition: true } : {}), ...(s.otherMatter ? { otherMatter: true } : {}) }))),
    abbreviations: files.flatMap(({ data }) => data.abbreviations),
    glossary: files.flatMap(({ data }) => data.glossary.map((g) => ({ en: list(g.en), sv: g.sv }))),
    organisations: files.flatMap(({ data }) => data.organisations),
    outside: files.flatMap(({ data }) => data.outside),
    ownCase: files.flatMap(({ data }) => data.ownCase),
    notCare: files.flatMap(({ data }) => data.notCare),
    political: files.flatMap(({ data }) => data.political),
    questionWords: { sv: files.flatMap(({ data }) => data.questionWords.sv), en: files.flatMap(({ data }) => data.questionWords.en) },
    relations,
    files: files.map((f) => f.name),
  };
}

export type LexiconLoad = { ok: true; lexicon: Lexicon } | { ok: false; code: "LEXICON_INVALID"; file: string; message: string };

/** Reads every *.yaml / *.yml / *.json file of a folder (sorted by name) into one lexicon. */
export function loadLexicon(dir: string): LexiconLoad {
  if (!fs.existsSync(dir)) return { ok: true, lexicon: EMPTY_LEXICON };
  const names = fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort();
  const files: { name: string; data: LexiconFile }[] = [];
  for (const name of names) {
    let raw: unknown;
    try {
      raw = parse(fs.readFileSync(path.join(dir, name), "utf8"));
    } catch (e) {
      return { ok: false, code: "LEXICON_INVALID", file: name, message: (e as Error).message };
    }
    const parsed = LexiconFileSchema.safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, code: "LEXICON_INVALID", file: name, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
    files.push({ name, data: parsed.data });
  }
  return { ok: true, lexicon: mergeLexicon(files) };
}

export const lexiconDir = (): string => path.join(samplesDir(), "lexicon");

let shipped: Lexicon | undefined;

/**
 * The lexicon shipped beside the mandates (read once). A broken file is a startup error, not a silent gap.
 * Parsed through the build cache (build-cache.ts): the YAML parser is most of a fresh process's router build.
 */
export function shippedLexicon(): Lexicon {
  shipped ??= loadShippedLexicon();
  return shipped;
}

/** The lexicon of `dir` through the build cache (`cache`: the process's when not given); throws when a file is invalid. */
export function loadShippedLexicon(cache?: BuildCacheOptions, dir = lexiconDir()): Lexicon {
  const build = () => {
    const r = loadLexicon(dir);
    if (!r.ok) throw new Error(`${r.code}: samples/lexicon/${r.file}: ${r.message}`);
    return r.lexicon;
  };
  return cached("lexicon", () => lexiconKey(dir), build, jsonCodec<Lexicon>(), cache);
}

/** What a parsed lexicon depends on: its files (names and contents), this code (its codeStamp), and the parser's and schema's versions. */
function lexiconKey(dir: string): string {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort() : [];
  const versions = ["yaml", "zod"].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`);
  return cacheKey([codeStamp(__filename), ...versions, ...names.flatMap((n) => [n, fs.readFileSync(path.join(dir, n))])]);
}

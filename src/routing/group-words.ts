/**
 * A group spoken of by no name: "gruppen", "the group", "rådet". Where the question's organisation has one group,
 * that is the group meant ("gruppen i Västmanland", "the Västmanland group"); where it has several, or none is known,
 * the asker has one in mind the question does not say.
 */
import type { GroupRecord } from "../catalog/schema";
import type { QuestionAnalysis } from "./analyze";
import type { NameHit } from "./names";
import { packedMap } from "./packed";

/** Words for "a group" in every form (folded). */
const GROUP_WORDS = new Set(["grupp", "gruppen", "gruppens", "group", "group's", "groups"]);
/**
 * Endings (folded) of the words Swedish and English use for a group, a council, a forum, a board, a committee, an
 * office: "min grupp", "vårt råd" speak of a group, "Vem ska styrgruppen fråga?" of a party (own-matter.ts,
 * fact-question.ts). The one list of them: the router once read two copies.
 */
const GROUP_WORD_END = /(grupp|gruppen|grupper|grupperna|gruppens|rad|radet|raden|radets|forum|forumet|namnd|namnden|ledning|ledningen|kansli|kansliet|group|groups|council|councils|board|committee)$/;

/** A word (folded) that ends as a word for a group, a council, a forum, a board does (`GROUP_WORD_END`). */
export const endsAsGroupWord = (w: string): boolean => GROUP_WORD_END.test(w);

/** Definite forms of "group" (folded): a group the asker takes as known. */
const THE_GROUP = new Set(["gruppen", "gruppens"]);

/**
 * "gruppen i Västmanland", "the Västmanland group": definite, so a group the asker takes as known; "vilken grupp",
 * "en grupp", "which group" ask for one or speak of any.
 */
export function speaksOfKnownGroup(a: QuestionAnalysis, at: number): boolean {
  const w = a.words[at] ?? "";
  return THE_GROUP.has(w) || (GROUP_WORDS.has(w) && (a.words[at - 1] === "the" || a.words[at - 2] === "the"));
}

/** "gruppen", "rådet", "the group": a group referred to as known, by no name (folded definite forms). */
const UNNAMED_GROUP = new Set(["gruppen", "grupperna", "radet", "raden", "forumet"]);

/**
 * "Hur ofta träffas gruppen?" asks a fact of one group the asker has in mind, but names none: every group has that
 * fact, so the answer is the groups to choose from, not the one whose clause happens to use the same verb.
 */
export function refersToUnnamedGroup(a: QuestionAnalysis): boolean {
  return a.words.some((w, i) => UNNAMED_GROUP.has(w) || ((w === "group" || w === "council") && a.words[i - 1] === "the"));
}

/**
 * Each organisation's one group (or kind of group), for the organisations that have exactly one: counted once per
 * catalog, so a question that says "gruppen" does not walk every entry of the catalog.
 */
export function soleGroups(entries: Iterable<GroupRecord>, kindAsOne = false): Map<string, string> {
  // `kindAsOne`: a concrete group of a kind the catalog holds is one of that kind (VGR: the samordningsråd template and
  // Samordningsråd bild- och funktionsmedicin, 003/004, are one kind of group), so it counts as its kind — "gruppen" in
  // VGR is a samordningsråd; the meetings of VGR are still many groups' meetings (soleGroupOfMeetings takes the strict count)
  const all = [...entries];
  const ids = new Set(packedMap(all, (e) => e.id));
  const count = new Map<string, { ids: Set<string> }>();
  for (const e of all) {
    if (e.entryType !== "group" && e.entryType !== "kind") continue;
    const id = kindAsOne && e.kindId && ids.has(e.kindId) ? e.kindId : e.id;
    const c = count.get(e.organizationId);
    if (c) c.ids.add(id);
    else count.set(e.organizationId, { ids: new Set([id]) });
  }
  return new Map(packedMap([...count].filter(([, c]) => c.ids.size === 1), ([org, c]) => [org, [...c.ids][0]!]));
}

/** A whole-name hit for the group `entryId` at question word `at` (the group word standing for it). */
function hitAt(a: QuestionAnalysis, entryId: string, at: number): NameHit {
  const token = a.tokens.findIndex((t) => t.at === at);
  return { entryId, matched: 1, coverage: 1, tokens: token >= 0 ? [token] : [], at };
}

/** The organisation's one group (`soleId`, from `soleGroups`), when the question speaks of a group by no name; as a name hit at the group word. */
export function soleGroupSpokenOf(a: QuestionAnalysis, soleId: string | undefined): NameHit | undefined {
  if (!soleId) return undefined;
  let at = a.words.findIndex((w) => GROUP_WORDS.has(w));
  if (at < 0) at = a.words.findIndex(isGroupCompound);
  if (at < 0) return undefined;
  return hitAt(a, soleId, at);
}

/** Definite forms of a meeting (folded): "mötena i Västmanland" are meetings known from the context, a group's. */
export const THE_MEETINGS: ReadonlySet<string> = new Set(["motet", "motena", "motenas", "sammantradet", "sammantradena"]);
/**
 * The definite agenda (folded): "dagordningen" is the agenda of meetings known from the context ("Vart anmäler man frågor
 * till dagordningen?"), as "mötena" are — 002's "så att frågan sätts upp på dagordningen".
 */
const THE_AGENDA: ReadonlySet<string> = new Set(["dagordningen", "dagordningens", "agendan", "foredragningslistan"]);
/** Words that open a concessive clause (folded): "fast", "fastän", "trots att", "även om". */
const CONCESSIVE = new Set(["fast", "fastan", "trots"]);
/**
 * "Kan man ta upp en fråga på samverkansmötet fast den inte står på dagordningen?": a concessive clause grants a
 * circumstance, it does not say what is asked about (a general fact of Swedish) — a word in one after its opener.
 */
function conceded(a: QuestionAnalysis, i: number): boolean {
  for (let j = i - 1; j >= 0 && a.sentenceOf[j] === a.sentenceOf[i]; j--) if (CONCESSIVE.has(a.words[j]!) || (a.words[j] === "om" && a.words[j - 1] === "aven")) return true;
  return false;
}
/** … and after English "the" (the glossary gives "meetings" as "möten"): "the meetings in Västmanland". */
const THE_ENGLISH = new Set(["meetings", "meeting", "moten"]);

/**
 * The organisation's one group (`soleId`), when the question speaks of its meetings by the definite form ("dagordningen
 * för mötena i Västmanland", "the agenda of the meetings"): an organisation with one group has one set of meetings.
 */
export function soleGroupOfMeetings(a: QuestionAnalysis, soleId: string | undefined): NameHit | undefined {
  if (!soleId) return undefined;
  const at = a.words.findIndex((w, i) => THE_MEETINGS.has(w) || (THE_AGENDA.has(w) && !conceded(a, i)) || (THE_ENGLISH.has(w) && a.words[i - 1] === "the") || ownMeetings(a.words, i));
  if (at < 0) return undefined;
  return hitAt(a, soleId, at);
}

/** The one asking, as the subject of a clause (folded): "vi", "jag", "man", "we", "I". */
const ASKER = new Set(["vi", "jag", "man", "ni", "we", "i"]);
/** The verb "anmäla" (folded; English "send in", "submit" reach it through engelska.yaml), not the noun "anmälan". */
const SUBMIT = /^anmal(a|er|as|de|t|s)?$/;
/** Words that ask to whom or where (folded): the question asks the way in, not whether a matter may be raised. */
const WHOM = new Set(["vem", "vart", "var", "vilken", "vilket", "who", "whom", "where", "which"]);

/**
 * The organisation's one group (`soleId`), when the asker puts a matter forward ("Vem anmäler vi frågor till?", "Who
 * do we send our agenda items to?"): a matter is raised for a meeting, and an organisation with one group has one
 * way in, its Ärendegång (002: "Frågor ska anmälas till … UoU på VKL"). `cues` are the words that asked for preparing.
 */
export function soleGroupOfIntake(a: QuestionAnalysis, soleId: string | undefined, cues: ReadonlySet<number>): NameHit | undefined {
  if (!soleId) return undefined;
  const at = [...cues].find((i) => SUBMIT.test(a.words[i] ?? ""));
  if (at === undefined) return undefined;
  const inClause = (i: number) => a.sentenceOf[i] === a.sentenceOf[at];
  // ("i" is the English "I" only: in Swedish it is "in")
  const asker = (w: string) => ASKER.has(w) && (w !== "i" || a.language === "en");
  if (!a.words.some((w, i) => asker(w) && inClause(i)) || !a.words.some((w, i) => WHOM.has(w) && inClause(i))) return undefined;
  return hitAt(a, soleId, at);
}

/** Plural possessives (folded; "våra" folds to "vara", which before a plural noun is no verb). */
const OUR_PLURAL = new Set(["vara", "era", "sina", "deras", "our", "their", "your"]);
/** Meetings in the plural, Swedish and English (folded). */
const MEETINGS = new Set(["moten", "sammantraden", "meetings"]);

/**
 * "våra möten", "sina gemensamma möten", "our meetings": a possessive makes a Swedish noun definite without its ending
 * ("våra möten" are "mötena" of a group the asker has in mind), with at most one adjective between; and "träffas vi",
 * "vi ses" speak of the same meetings by their verb.
 */
export function ownMeetings(words: readonly string[], i: number): boolean {
  if (MEET.has(words[i]!)) return WE.has(words[i - 1] ?? "") || WE.has(words[i + 1] ?? "");
  if (!MEETINGS.has(words[i]!)) return false;
  if (OUR_PLURAL.has(words[i - 1] ?? "") || OUR_PLURAL.has(words[i - 2] ?? "")) return true;
  // "ska vi ha möten", "vi har möten", "how often should we have meetings": the meetings a "we" has are its own
  const before = words.slice(Math.max(0, i - 3), i);
  return before.some((w) => HAVE.has(w)) && before.some((w) => WE.has(w) || w === "we");
}

/** Forms of "ha"/"have" (folded). */
const HAVE = new Set(["ha", "har", "hade", "haft", "have", "has", "had"]);

/** Reciprocal verbs of meeting (folded): "träffas", "ses", "möts" — with a plural subject, the people meet each other. */
const MEET = new Set(["traffas", "ses", "mots"]);
/** Plural subjects of the group the asker has in mind (folded): "Hur ofta träffas vi?" speaks of our group's meetings. */
const WE = new Set(["vi", "ni"]);

/** A compound's forms of "grupp" as its head (folded): "vårdgruppen", "Västmanlandsgruppen", "vårdsamverkansgruppen". */
const GROUP_HEAD = /.{3,}grupp(en|ens)?$/;
/**
 * Modifiers that make a "-grupp" compound something other than a governance group of the organisation: the groups a
 * group sets up itself ("arbetsgrupper", "undergrupper", 002/003), the people a matter concerns ("patientgrupp",
 * "målgrupp"). Folded prefixes.
 */
const NOT_A_GOVERNANCE_GROUP = ["arbets", "under", "referens", "projekt", "mal", "patient", "yrkes", "alders", "risk", "process", "diagnos", "personal", "intresse", "fokus", "blod", "stod", "chat", "whatsapp", "teams"];

/**
 * Swedish names a thing by a compound whose head says what it is: "vårdgruppen i Västmanland", "Västmanlandsgruppen"
 * speak of a group as "gruppen i Västmanland" does (the organisation's one group, when it has one).
 */
export function isGroupCompound(w: string): boolean {
  return GROUP_HEAD.test(w) && !NOT_A_GOVERNANCE_GROUP.some((p) => w.startsWith(p));
}

/** Words that make a bare group noun one the asker has in mind ("vårt råd", "ert råd", "rådet"): possessives (folded). */
const OURS = new Set(["vart", "ert", "vara", "era", "sitt", "deras", "dess", "our", "your", "their", "its", "the"]);

/**
 * "Vem ska ge vårt råd en koordinator?", "Vem rapporterar ordföranden i rådet till?" (the organisation known): a kind's
 * own head word said alone, definite or with a possessive, speaks of a group of that kind the asker has in mind — in an
 * organisation with one kind of that head (`kindsOfHead`: head term → kind ids of each organisation), the kind, whose
 * mandate every group of it shares. A compound ("röntgenrådet") names a concrete group by its area (router.ts).
 */
export function kindSpokenOf(a: QuestionAnalysis, kindsOfHead: ReadonlyMap<string, readonly string[]>): NameHit | undefined {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.at < 0 || t.terms.length !== 1 || t.terms[0]!.credit !== 1) continue;
    const kinds = kindsOfHead.get(t.terms[0]!.term);
    if (kinds?.length !== 1) continue;
    const w = a.words[t.at]!;
    if (/(et|en)s?$/.test(w) || OURS.has(a.words[t.at - 1] ?? "")) return { entryId: kinds[0]!, matched: 1, coverage: 1, tokens: [i], at: t.at };
  }
  return undefined;
}

/** Forms of "råd" and "group" that speak of a governance group (folded; "rad" alone is also "row"). */
const COUNCIL = /^(.{3,})?(radet|radets|raden|radens)$/;
/** "område" (area) folds to a word ending so: "programområdet", "verksamhetsområden". */
const AREA = /omraden?s?$|omradet(s)?$/;
const GROUP_NOUNS = new Set(["group", "groups", "council", "committee"]);
/** Question words that make the group noun after them the one asked for ("vilken grupp …?"), not one described. */
const ASKING_FOR = new Set(["vilken", "vilket", "vilka", "which", "what"]);

/**
 * "… i gruppen för barnsjukvården", "den grupp som koordinerar röntgenfrågor", "the council that …": the question speaks of
 * a group it describes instead of naming (a group noun, or a compound with one as its head, as Swedish names a thing by its
 * head), and does not ask for it ("vilken grupp …?" asks which group; "arbetsgrupper" are the groups a group sets up).
 */
export function describesGroup(a: QuestionAnalysis): boolean {
  return a.words.some((w, i) => !ASKING_FOR.has(a.words[i - 1] ?? "") && isGroupWord(w));
}

/** A word (folded) that speaks of a governance group: a group noun, or a compound with "grupp" or definite "råd" as its head. */
export function isGroupWord(w: string): boolean {
  return GROUP_WORDS.has(w) || GROUP_NOUNS.has(w) || w === "grupper" || w === "grupperna" || isGroupCompound(w) || (COUNCIL.test(w) && !AREA.test(w) && !NOT_A_GOVERNANCE_GROUP.some((p) => w.startsWith(p) && w !== p));
}

/** First-person plural possessives (folded: "vår", "vårt", "våra" fold to "var", "vart", "vara"). */
const OUR = new Set(["var", "vart", "vara", "our"]);
/**
 * Words before which a folded "var"/"vart"/"vara" is the verb or the question word, not "vår": "Vem var ordförande",
 * "det var", "ska vara ordförande", "att vara med".
 */
const VERB_BEFORE = new Set(["vem", "vilka", "vilken", "det", "den", "han", "hon", "hen", "de", "dom", "vi", "jag", "du", "ni", "man", "att", "ska", "skall", "kan", "bor", "maste", "far", "kommer", "vill", "skulle", "borde", "brukar", "inte", "sa"]);

/** Question words that open the clause after a dislocated noun phrase (folded). */
const OPENS_QUESTION = new Set(["vem", "vilken", "vilket", "vilka", "vart", "hur", "nar", "vad", "who", "which", "where", "what", "how", "when"]);

/**
 * "Vår ordförande – vem rapporterar hon till?": Swedish may put a noun phrase first and take it up again with a pronoun in
 * the question that follows (left dislocation, after a dash or a comma). A folded "var" that opens a phrase of one or two
 * content words right before a question word is "vår" — "var" the verb or the question word opens a clause of its own.
 */
function dislocated(a: QuestionAnalysis, i: number): boolean {
  const content = (j: number) => a.tokens.some((t) => t.at === j && t.real);
  return [2, 3].some((k) => OPENS_QUESTION.has(a.words[i + k] ?? "") && Array.from({ length: k - 1 }, (_, d) => i + 1 + d).every(content));
}

/**
 * "Vem rapporterar vår ordförande till?", "vår verksamhetsplan", "stöd inför våra möten", "ordförande hos oss", "our
 * chair": the asker speaks of their own group without naming it — a possessive before a noun of it (its meetings too),
 * or "hos oss" (with the organisation known, one of its groups).
 */
export function speaksOfOwnGroup(a: QuestionAnalysis): boolean {
  return a.words.some((w, i) => {
    if (w === "hos" && a.words[i + 1] === "oss") return true;
    if (!OUR.has(w) || (a.sentenceStarts.has(i) && !dislocated(a, i)) || !a.words[i + 1]) return false;
    if (w === "our") return true;
    return !VERB_BEFORE.has(a.words[i - 1] ?? "") && a.tokens.some((t) => t.at === i + 1 && t.real);
  });
}

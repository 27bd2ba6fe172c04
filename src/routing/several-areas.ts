/**
 * 004 Samband och gränsdragning: "Klinisk ledning ska omhänderta frågor som rör förändrade arbetssätt och processer i
 * flera verksamhetsområden och därför inte kan hanteras av ett enskilt samordningsråd." A question that names two or
 * more care areas as what its matter touches ("berör akuten, röntgen och vårdcentralerna") speaks of "flera
 * verksamhetsområden" (analyze.ts adds that concept as a token of its own). An area said as part of a group's name
 * does not count — a group the question names in full, or one it names by its area and a group word ("neurologins
 * råd", "röntgenrådet", "rådet för ortopedi"): that offers an owner, it is not the matter, so one area besides a
 * group's name is one area. When the areas are listed together and the question speaks of what the clause sends — changed ways of working and
 * processes, not recruitment or waiting times, which each råd has for its own area — each of them is one of the "flera
 * verksamhetsområden": the clause's phrase covers them all, as a clause naming one area covers a word of that area.
 */
import { HEAD_CREDIT, type QuestionAnalysis, type QToken } from "./analyze";
import { packedMap } from "./packed";
import { keySv, words } from "./normalize";
import { comparisonStandard } from "./comparison";
import { offeredListStart } from "./guess";

/** Keys of the nouns that make an area word a group's name ("råd", "samordningsråd", "grupp"). */
const GROUP_NOUNS = new Set(packedMap(["råd", "rådet", "samordningsråd", "samordningsrådet", "grupp", "gruppen", "grupper", "council", "group"].flatMap(words), keySv));
/** Prepositions between a group noun and its area ("rådet för ortopedi", "gruppen inom kirurgi"). */
const AREA_OF = new Set(["for", "inom", "i", "on"]);

const isGroupNoun = (a: QuestionAnalysis, at: number): boolean => at >= 0 && GROUP_NOUNS.has(a.keys[at] ?? "");

/** A token that names an area as part of a group's name: right before a group noun, a compound with a group noun as its head, or after "rådet för". */
function namesGroupByArea(a: QuestionAnalysis, t: QToken, heads: ReadonlySet<string>): boolean {
  if (t.at < 0) return false;
  if (t.terms.some((x) => x.credit === HEAD_CREDIT && x.part !== undefined && heads.has(x.term))) return true;
  // "neurologins råd", and the same without the genitive: the compound written apart ("ortopedi rådet"), or English's
  // noun before its noun ("the orthopaedics council")
  if (isGroupNoun(a, t.at + 1)) return true;
  if (ellipticGroup(a, t.at)) return true;
  return AREA_OF.has(a.words[t.at - 1] ?? "") && (isGroupNoun(a, t.at - 2) || heads.has(a.keys[t.at - 2] ?? ""));
}

/**
 * "Vilket samordningsråd tar det – neurologins eller något annat?": a genitive with no noun after it among the answers
 * offered leaves its head out, the group the question asks for ("neurologins [råd]"; an elliptic genitive, general
 * Swedish) — the area says which group is guessed, not a second area the matter touches.
 */
function ellipticGroup(a: QuestionAnalysis, at: number): boolean {
  const list = offeredListStart(a);
  if (list < 0 || at < list || !/.{3,}s$/u.test(a.words[at] ?? "")) return false;
  const next = at + 1;
  return next >= a.words.length || a.sentenceOf[next] !== a.sentenceOf[at] || !a.tokens.some((t) => t.at === next);
}

/** Swedish adjectives of a speciality end in -isk ("ortopedisk", "psykiatrisk", "kirurgisk"; -iska, -iskt). */
const ADJECTIVE = /isk[at]?$/;

/**
 * An area adjective right before an area noun restricts it ("ortopedisk kirurgi" is one kind of surgery, one
 * speciality): a general fact of Swedish, an attributive adjective narrows its noun. The adjective's area is then no
 * area of its own. A list needs its joining words or commas between items, never an adjective's ending.
 */
function restrictsNext(a: QuestionAnalysis, i: number, isArea: (k: number) => boolean): boolean {
  const t = a.tokens[i]!;
  const next = a.tokens[i + 1];
  if (t.at < 0 || !next || next.at !== t.at + 1 || !isArea(i + 1)) return false;
  // … and so does the first part of a compound written with a hyphen ("akut-DT" is one examination, its head last)
  return ADJECTIVE.test(a.words[t.at] ?? "") || a.joined.has(`${a.words[t.at]}\u0000${a.words[next.at]}`);
}

/** Words that join the items of a list ("akuten, röntgen och vårdcentralerna"; commas are no words). */
const JOINING = new Set(["och", "samt", "bade", "and", "both", "plus"]);

/**
 * The area tokens named in one list: only words that join a list between them. "berör akuten, röntgen och
 * vårdcentralerna" names three areas the matter spans; "en ny MR-metod för prostata" names one method of one area for
 * another's patients — one matter, not several areas.
 */
function listedTogether(a: QuestionAnalysis, areaTokens: ReadonlyMap<number, ReadonlySet<string>>): Set<number> {
  const order = [...areaTokens.keys()].sort((x, y) => a.tokens[x]!.at - a.tokens[y]!.at);
  let best: number[] = [];
  let run: number[] = [];
  for (const i of order) {
    const prev = run[run.length - 1];
    const between = prev === undefined ? [] : a.words.slice(a.tokens[prev]!.at + 1, a.tokens[i]!.at);
    run = prev !== undefined && between.every((w) => JOINING.has(w)) ? [...run, i] : [i];
    const areas = new Set(run.flatMap((k) => [...areaTokens.get(k)!]));
    if (areas.size >= 2 && run.length > best.length) best = run;
  }
  return new Set(best);
}

/** Prepositions (folded) that place a thing in a unit: "ultraljud på kvinnokliniken", "röntgen vid akuten". */
const PLACED = new Set(["pa", "vid", "inom", "hos", "at", "in", "on", "within"]);

/**
 * One area's word placed in the other's unit by a preposition ("Ultraljud på kvinnokliniken"): one matter of the first
 * area done where the second works (a noun and the phrase after it that locates it, general Swedish), not a matter
 * spanning two areas.
 */
function placedInOther(a: QuestionAnalysis, areaTokens: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const byAt = new Map([...areaTokens].map(([i, s]) => [a.tokens[i]!.at, s] as const));
  for (const [at, s] of byAt) {
    const other = byAt.get(at + 2);
    if (other && PLACED.has(a.words[at + 1] ?? "") && [...other].some((x) => !s.has(x))) return true;
  }
  return false;
}

/**
 * "Hjärtultraljud görs både på kardiologen och på klinisk fysiologi. Vilket samordningsråd tar klinfys-delen?": the
 * sentence that asks names one area of its own, and the areas before it tell where things are done — the matter asked
 * is that one area's (a question's own words say what it asks; the sentences before it are its setting).
 */
function askedOfOneArea(a: QuestionAnalysis, areaTokens: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  if (a.asking < 0) return false;
  const asked = new Set<string>();
  let before = false;
  for (const [i, s] of areaTokens) {
    if (a.tokens[i]!.sentence === a.asking) for (const x of s) asked.add(x);
    else before = true;
  }
  return before && asked.size === 1;
}

/** Words that set alternatives against each other (folded). */
const ALTERNATIVE = new Set(["eller", "or"]);

/** Every two area tokens in a row have an "eller" between them (and the areas are at least two, in one sentence). */
function offeredAsAlternatives(a: QuestionAnalysis, areaTokens: ReadonlyMap<number, unknown>): boolean {
  const at = [...areaTokens.keys()].map((i) => a.tokens[i]!.at).sort((x, y) => x - y);
  if (at.length < 2 || new Set(at.map((p) => a.sentenceOf[p])).size > 1) return false;
  return at.slice(1).every((p, k) => a.words.slice(at[k]! + 1, p).some((w) => ALTERNATIVE.has(w)));
}

/** The clause's own words for what it sends (its index terms), to read a question by. */
export const CHANGE_PHRASE = "förändrade arbetssätt och processer";

/**
 * The question speaks of a changed way of working or a process outside its area words: a word of the clause's phrase
 * (its terms: `change`), or the verb "ändra" before "hur" ("vill ändra hur sepsislarmet fungerar"; folded, "ändra" is
 * "andra", the stop word "other" — only the verb takes "hur" after it).
 */
function speaksOfChange(a: QuestionAnalysis, areaTokens: ReadonlyMap<number, unknown>, change: ReadonlySet<string>): boolean {
  if (a.tokens.some((t, i) => t.at >= 0 && !areaTokens.has(i) && t.terms.some((x) => change.has(x.term)))) return true;
  return a.words.some((w, i) => w === "andra" && a.words[i + 1] === "hur");
}

/**
 * The question with "flera verksamhetsområden" settled: the concept's token (analyze.ts) is kept only when two areas
 * are named outside `leftOut` (names of groups) and outside groups named by their area; then each such area token
 * carries the concept too. Returns the analysis and the token to leave out of the topic when it does not hold.
 */
export function withSeveralAreas(a: QuestionAnalysis, leftOut: ReadonlySet<number>, areaConcepts: ReadonlySet<string>, heads: ReadonlySet<string>, change: ReadonlySet<string>): { analysis: QuestionAnalysis; skip?: number } {
  const several = a.tokens.findIndex((t) => t.at < 0);
  if (several < 0) return { analysis: a };
  const concept = a.tokens[several]!.key;
  const areaTokens = new Map<number, Set<string>>();
  const isArea = areaTokenTest(a, leftOut, areaConcepts, heads, true);
  a.tokens.forEach((t, i) => {
    if (!isArea(i) || restrictsNext(a, i, isArea)) return;
    areaTokens.set(i, new Set(packedMap(t.terms.filter((x) => x.credit === 1 && areaConcepts.has(x.term)), (x) => x.term)));
  });
  const distinct = new Set([...areaTokens.values()].flatMap((s) => [...s]));
  if (distinct.size < 2 || (distinct.size === 2 && placedInOther(a, areaTokens)) || askedOfOneArea(a, areaTokens)) return { analysis: a, skip: several };
  const listed = listedTogether(a, areaTokens);
  // "Gäller rådet även neurofysiologin, eller ligger den under neurologin?": areas set against each other by "eller" are
  // alternatives — the matter lies in one of them, which is asked — not several areas it spans
  if (listed.size < 2 && offeredAsAlternatives(a, areaTokens)) return { analysis: a, skip: several };
  if (listed.size < 2 || !speaksOfChange(a, areaTokens, change)) return { analysis: a };
  const tokens = packedMap(a.tokens, (t, i) => (listed.has(i) && !t.terms.some((x) => x.term === concept) ? { ...t, terms: [...t.terms, { term: concept, credit: 1 }] } : t));
  return { analysis: { ...a, tokens } };
}

/**
 * The question's matter lies in one care area: it names exactly one (outside `leftOut` and groups named by their area)
 * and nothing of it says "flera verksamhetsområden". 004's Klinisk ledning clause sends "frågor som rör förändrade
 * arbetssätt och processer i flera verksamhetsområden och därför inte kan hanteras av ett enskilt samordningsråd": a
 * matter of one area is one råd's, so a clause whose condition is several areas does not cover it (decide.ts).
 */
export function oneAreaOnly(a: QuestionAnalysis, leftOut: ReadonlySet<number>, skip: ReadonlySet<number>, areaConcepts: ReadonlySet<string>, heads: ReadonlySet<string>, several: string | undefined): boolean {
  if (!several) return false;
  if (a.tokens.some((t, i) => !skip.has(i) && t.terms.some((x) => x.term === several && x.credit === 1))) return false;
  const distinct = new Set<string>();
  const isArea = areaTokenTest(a, leftOut, areaConcepts, heads);
  a.tokens.forEach((t, i) => {
    if (!isArea(i) || restrictsNext(a, i, isArea)) return;
    for (const x of t.terms) if (x.credit === 1 && areaConcepts.has(x.term)) distinct.add(x.term);
  });
  if (distinct.size) return distinct.size === 1;
  // no area besides the named group's: "Har bild- och funktionsmedicin ett råd?" asks of that group's one area
  for (const i of leftOut) for (const x of a.tokens[i]?.terms ?? []) if (x.credit === 1 && areaConcepts.has(x.term)) distinct.add(x.term);
  return distinct.size === 1;
}

/** Verbs (folded) of a sentence in which the asker says who they are: "Jag är barnsjuksköterska på BVC", "Jag jobbar på akuten". */
const SELF_VERBS = new Set(["ar", "jobbar", "arbetar", "am", "work"]);

/**
 * Sentences (their numbers) in which the asker introduces themselves before the question ("Jag är barnsjuksköterska på
 * BVC i Borås. Vem samordnar barnmedicinen …?"): the workplace they name tells who asks, not an area the matter touches.
 */
function introductions(a: QuestionAnalysis): Set<number> {
  const out = new Set<number>();
  for (const i of a.sentenceStarts) {
    if (a.sentenceOf[i] === a.asking) continue;
    if ((a.words[i] === "jag" || a.words[i] === "i") && SELF_VERBS.has(a.words[i + 1] ?? "")) out.add(a.sentenceOf[i]!);
  }
  return out;
}

/**
 * A token names a care area the matter touches: not a group's name, nor a group named by its area, nor the standard of
 * a comparison — nor, when other areas are counted against it (`besideOthers`), the asker's own workplace: told before
 * a question about another area it says who asks, while a question that names no other area is about the asker's own.
 */
function areaTokenTest(a: QuestionAnalysis, leftOut: ReadonlySet<number>, areaConcepts: ReadonlySet<string>, heads: ReadonlySet<string>, besideOthers = false): (i: number) => boolean {
  const standard = comparisonStandard(a);
  const intro = besideOthers ? introductions(a) : new Set<number>();
  return (i) => {
    const t = a.tokens[i]!;
    return t.at >= 0 && !leftOut.has(i) && !standard.has(t.at) && !intro.has(a.sentenceOf[t.at]!) && !namesGroupByArea(a, t, heads) && t.terms.some((x) => x.credit === 1 && areaConcepts.has(x.term));
  };
}

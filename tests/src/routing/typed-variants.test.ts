/**
 * Issue 13: "a new user's question with no å/ä/ö, a typo, an abbreviation … gets the same owner as the clean Swedish
 * question". Every Swedish tune question (never the holdouts) the router answers right is derived mechanically into the
 * way people type it, and must get the clean question's answer:
 *  - chat style: lower case, å/ä/ö as a/a/o, no punctuation;
 *  - one typo: the two letters in the middle of its longest lower-case word (9+ letters) swapped;
 *  - abbreviations: the organisations' and groups' long names written as the lexicon's abbreviations (VGR, BFM, VCG,
 *    PPR, SRM).
 * typed-consistency.test.ts holds chat style on the first five halves with no exception; here all seven halves and the
 * other two derivations, with the few typos the router does not yet read listed as a ceiling that may only fall.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { isRight, parseLabelled, type LabelledQuestion } from "../../../src/routing/evaluate";
import { Router } from "../../../src/routing/router";
import type { RouteResult } from "../../../src/routing/types";
import { swedishDictionary } from "../../../src/routing/dictionary";
import { splitCompound } from "../../../src/routing/vocabulary";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const DEV = join(__dirname, "..", "..", "fixtures", "routing-dev");
const TUNE = ["tune.jsonl", "tune2.jsonl", "tune3.jsonl", "tune4.jsonl", "tune5.jsonl", "tune6.jsonl", "tune7.jsonl"];

const chatStyle = (q: string): string =>
  q.toLowerCase().replace(/[åä]/g, "a").replace(/ö/g, "o").replace(/[?.!,;:()"–—]/g, " ").replace(/\s+/g, " ").trim();

/** One transposition in the middle of the longest lower-case word of 9+ letters (names keep their spelling). */
function oneTypo(q: string): string | undefined {
  const parts = q.split(/(\s+)/);
  let at = -1;
  let longest = 8;
  parts.forEach((w, i) => {
    const letters = w.replace(/[^\p{L}]/gu, "").length;
    if (letters > longest && !/^\p{Lu}/u.test(w)) [at, longest] = [i, letters];
  });
  if (at < 0) return undefined;
  const w = parts[at]!;
  const m = Math.floor(w.length / 2);
  parts[at] = w.slice(0, m - 1) + w[m] + w[m - 1] + w.slice(m + 1);
  return parts.join("");
}

const LONG_TO_SHORT: [RegExp, string][] = [
  [/Västra Götalandsregionen|Västra Götaland/g, "VGR"],
  [/bild- och funktionsmedicin/gi, "BFM"],
  [/verksamhetschefsgrupp(erna|en|er)?/gi, "VCG"],
  [/Sjukvårdsregion Mellansverige/g, "SRM"],
  [/program- och prioriteringsrådet/gi, "PPR"],
];
const abbreviated = (q: string): string | undefined => {
  const out = LONG_TO_SHORT.reduce((s, [re, short]) => s.replace(re, short), q);
  return out === q ? undefined : out;
};

const say = (r: RouteResult) => `${r.status} ${r.owner?.id ?? ""}`.trim();
const questions: LabelledQuestion[] = TUNE.flatMap((f) => parseLabelled(readFileSync(join(DEV, f), "utf8"))).filter((q) => q.lang === "sv" && q.kind !== "typed");
const passed = questions.filter((q) => isRight(q, router.route({ question: q.question, ...(q.org ? { org: q.org } : {}) })));

function changedBy(derive: (q: string) => string | undefined): { asked: number; changed: string[] } {
  const changed: string[] = [];
  let asked = 0;
  for (const q of passed) {
    const v = derive(q.question);
    if (!v || v === q.question) continue;
    asked++;
    const org = q.org ? { org: q.org } : {};
    const clean = say(router.route({ question: q.question, ...org }));
    const typed = say(router.route({ question: v, ...org }));
    if (typed !== clean) changed.push(`${v} → ${typed} (clean: ${clean})`);
  }
  return { asked, changed };
}

/**
 * A compound written apart (särskrivning): the longest lower-case word of 10+ letters that Swedish dictionary words
 * compose, with a head of five letters or more, written as its parts ("lednings gruppen", "minnes anteckningarna").
 */
function writtenApart(q: string): string | undefined {
  const dict = swedishDictionary();
  const parts = q.split(/(\s+)/);
  const ws = parts.map((w, at) => ({ w, at })).filter(({ w }) => w.length >= 10 && /^\p{Ll}+$/u.test(w)).sort((a, b) => b.w.length - a.w.length);
  for (const { w, at } of ws) {
    const split = splitCompound(w, (p) => (p.length >= 4 && dict?.hasPart(p) ? 1 : 0));
    if (split.length < 2 || split[split.length - 1]!.length < 5) continue;
    parts[at] = split.join(" ");
    return parts.join("");
  }
  return undefined;
}

describe("the same owner for a question typed as people type it", () => {
  it("answers them the same with a compound written apart, but for a few (bench/routing-variants.ts, eight halves: 93 of 440 changed before the joining rule, 6 after)", () => {
    const r = changedBy(writtenApart);
    expect(r.asked).toBeGreaterThan(300);
    expect(r.changed.length).toBeLessThanOrEqual(8);
  });

  it("joins a compound written apart, never a genitive, a name or a passive verb before a noun", () => {
    // "lednings gruppen" is the ledningsgrupp; "vår regions representant" is the region's representative (regiondirektör)
    expect(say(router.route({ question: "Vem fastställer lednings gruppens verksamhetsplan i Mellansverige?" }))).toBe(say(router.route({ question: "Vem fastställer ledningsgruppens verksamhetsplan i Mellansverige?" })));
    expect(say(router.route({ question: "Vem ska få minnes anteckningarna från verksamhetschefs gruppernas möten utöver ledningsgruppen?" }))).toBe("owner sjukvardsregion-mellansverige:kansli");
    expect(say(router.route({ question: "Vem utser vår regions representant i samverkansnämndens ledningsgrupp?" }))).toBe("owner sjukvardsregion-mellansverige:regiondirektor");
    expect(say(router.route({ question: "Vem utser Region Gävleborgs representant i samverkansnämndens ledningsgrupp?" }))).toBe("owner sjukvardsregion-mellansverige:regiondirektor");
  });

  it("answers the seven tune halves' questions the same in chat style (one known exception at most)", () => {
    const r = changedBy(chatStyle);
    expect(r.asked).toBeGreaterThan(450);
    expect(r.changed.length).toBeLessThanOrEqual(1);
  });

  it("answers them the same with the organisations' and groups' abbreviations", () => {
    const r = changedBy(abbreviated);
    expect(r.asked).toBeGreaterThan(80);
    expect(r.changed).toEqual([]);
  });

  it("answers them the same with one transposed pair of letters in the longest word, but for a shrinking few", () => {
    const r = changedBy(oneTypo);
    expect(r.asked).toBeGreaterThan(400);
    // 53 of 471 changed before round 9's typo rule (vocabulary.ts typoOf); most of the rest are a typo inside an inflected
    // compound the catalog writes in another form ("uppdragsahndlingen"), or an out-of-scope word's typo read as unknown
    expect(r.changed.length).toBeLessThanOrEqual(18);
  });

  it("reads a typo of a word that asks (a relation's verb, a question word) as that word", () => {
    // the relation cues are the lexicon's words, not the catalog's: "bestämmer", "förbereder"
    const same = (typed: string, clean: string) => expect(say(router.route({ question: typed }))).toBe(say(router.route({ question: clean })));
    same("Vem betämmer vilka verksamhetschefsgrupper som ska finnas i Mellansverige?", "Vem bestämmer vilka verksamhetschefsgrupper som ska finnas i Mellansverige?");
    same("Vilken grupp frbereder ärendena inför samverkansnämndens sammanträden?", "Vilken grupp förbereder ärendena inför samverkansnämndens sammanträden?");
  });

  it("reads a typo the stemmer hides (a dropped e before the definite -n) as the catalog's word", () => {
    const same = (typed: string, clean: string) => expect(say(router.route({ question: typed }))).toBe(say(router.route({ question: clean })));
    same("Måste ledningsgruppn i Mellansverige bjuda in folk från en region när en fråga rör just den regionen?", "Måste ledningsgruppen i Mellansverige bjuda in folk från en region när en fråga rör just den regionen?");
    // a real word keeps its own form: "beslutet" is not "beslutat"
    expect(say(router.route({ question: "Samverkansgruppen i Västmanland har tagit fram ett förslag om ansvarsfördelning. Vem fattar själva beslutet?" }))).toBe("owner vastmanland:chefsforum");
  });

  it("reads a misspelt group name the dictionary could take as two glued words as the catalog's name", () => {
    expect(say(router.route({ question: "Hur ofta har samverknasgruppen i Västmanland möten?" }))).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
    expect(say(router.route({ question: "Hur länge gäller samordnnigsrådens uppdrag i VGR?" }))).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

/*
 * Typed as people type (issue 13): every Swedish question of the tune halves the router answers right is derived by
 * a program into the ways people mistype it, and the share whose answer changes is printed per kind of derivation.
 * Never pointed at holdout*.jsonl.
 *   npm run build && node dist/bench/routing-variants.js [--show kind]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../src/catalog/catalog";
import { loadOverrides } from "../src/catalog/overrides";
import { projectRoot } from "../src/paths";
import { swedishDictionary } from "../src/routing/dictionary";
import { isRight, parseLabelled, type LabelledQuestion } from "../src/routing/evaluate";
import { createRouter } from "../src/routing/router";
import type { RouteResult } from "../src/routing/types";
import { splitCompound } from "../src/routing/vocabulary";

const ROOT = projectRoot();
const DEV = path.join(ROOT, "tests", "fixtures", "routing-dev");

/** Letters beside each other on a Swedish keyboard (a substitution typo hits a neighbour). */
const NEIGHBOUR: Record<string, string> = { a: "s", b: "v", c: "x", d: "s", e: "r", f: "g", g: "h", h: "j", i: "o", j: "k", k: "l", l: "k", m: "n", n: "m", o: "p", p: "o", q: "w", r: "t", s: "d", t: "r", u: "y", v: "c", w: "e", x: "z", y: "t", z: "x", å: "ä", ä: "ö", ö: "p" };

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lower-case words of 7+ letters (names keep their spelling), longest first, at most two. */
function targets(q: string): { at: number; w: string }[] {
  const parts = q.split(/(\s+)/);
  const out: { at: number; w: string }[] = [];
  parts.forEach((raw, at) => {
    const w = raw.replace(/[^\p{L}]/gu, "");
    if (w === raw && w.length >= 7 && /^\p{Ll}+$/u.test(w)) out.push({ at, w });
  });
  return out.sort((a, b) => b.w.length - a.w.length).slice(0, 2);
}

type Edit = (w: string, i: number) => string;
const EDITS: Record<string, Edit> = {
  delete: (w, i) => w.slice(0, i) + w.slice(i + 1),
  double: (w, i) => w.slice(0, i) + w[i] + w.slice(i),
  neighbour: (w, i) => w.slice(0, i) + (NEIGHBOUR[w[i]!] ?? w[i]) + w.slice(i + 1),
  swap: (w, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
};

/** One edit of one of the two longest words, at a position inside the word (not its first letter) fixed by a hash. */
function typo(kind: string, q: string, which: number): string | undefined {
  const t = targets(q)[which];
  if (!t) return undefined;
  const parts = q.split(/(\s+)/);
  const i = 1 + (hash(`${kind}${q}${which}`) % (t.w.length - 2));
  parts[t.at] = EDITS[kind]!(t.w, i);
  return parts.join("");
}

const noDiacritics = (q: string): string => q.replace(/[åä]/g, "a").replace(/[ÅÄ]/g, "A").replace(/ö/g, "o").replace(/Ö/g, "O");

/** The longest word a Swedish dictionary splits written apart (särskrivning: "samordnings rådet"). */
function splitApart(q: string): string | undefined {
  const dict = swedishDictionary();
  for (const t of targets(q)) {
    const parts = splitCompound(t.w, (p) => (p.length >= 4 && dict?.hasPart(p) ? 1 : 0));
    // a compound's parts, not a word cut at an inflection ("kommun erna"): a head of five letters or more
    if (parts.length < 2 || parts[parts.length - 1]!.length < 5) continue;
    const ps = q.split(/(\s+)/);
    ps[t.at] = parts.join(" ");
    return ps.join("");
  }
  return undefined;
}

/** Two words of a multi-word term written as one ("nära vård" → "näravård", "hälso- och sjukvård" → "hälso och sjukvård"). */
function joined(q: string): string | undefined {
  const out = q.replace(/(\p{L})- och /gu, "$1 och ");
  if (out !== q) return out;
  const m = /\b(nära|regional|nationella|goda|medicinska|digital|regionala) (\p{Ll}{4,})/u.exec(q);
  return m ? q.replace(m[0], `${m[1]}${m[2]}`) : undefined;
}

const LONG_TO_SHORT: [RegExp, string][] = [
  [/Västra Götalandsregionen|Västra Götaland/g, "VGR"],
  [/bild- och funktionsmedicin/gi, "BFM"],
  [/verksamhetschefsgrupp(erna|en|er)?/gi, "VCG"],
  [/Sjukvårdsregion Mellansverige/g, "SRM"],
  [/program- och prioriteringsrådet/gi, "PPR"],
  [/hälso- och sjukvård/gi, "HoS"],
];
const abbreviated = (q: string): string | undefined => {
  const out = LONG_TO_SHORT.reduce((s, [re, short]) => s.replace(re, short), q);
  return out === q ? undefined : out;
};

const DERIVE: Record<string, (q: string) => string | undefined> = {
  "no å/ä/ö": noDiacritics,
  ...Object.fromEntries(Object.keys(EDITS).flatMap((k) => [[`typo ${k} (longest)`, (q: string) => typo(k, q, 0)], [`typo ${k} (2nd)`, (q: string) => typo(k, q, 1)]])),
  "compound split": splitApart,
  "words joined": joined,
  abbreviation: abbreviated,
};

function main(): void {
  const dir = path.join(ROOT, "samples", "mandates");
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
  const catalog = buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
  const router = createRouter(catalog);
  const show = process.argv.includes("--show") ? process.argv[process.argv.indexOf("--show") + 1] : undefined;
  const files = fs.readdirSync(DEV).filter((f) => /^tune\d*\.jsonl$/.test(f));
  const qs: LabelledQuestion[] = files.flatMap((f) => parseLabelled(fs.readFileSync(path.join(DEV, f), "utf8"))).filter((q) => q.lang === "sv" && q.kind !== "typed");
  const say = (r: RouteResult) => `${r.status} ${r.owner?.id ?? ""}`.trim();
  const right = qs.filter((q) => isRight(q, router.route({ question: q.question, ...(q.org ? { org: q.org } : {}) })));
  let allAsked = 0;
  let allChanged = 0;
  console.log(`${right.length} of ${qs.length} clean Swedish tune questions answered right; each derived:`);
  for (const [kind, derive] of Object.entries(DERIVE)) {
    let asked = 0;
    let changed = 0;
    for (const q of right) {
      const v = derive(q.question);
      if (!v || v === q.question) continue;
      asked++;
      const org = q.org ? { org: q.org } : {};
      const clean = say(router.route({ question: q.question, ...org }));
      const typed = say(router.route({ question: v, ...org }));
      if (typed === clean) continue;
      changed++;
      if (show && kind.startsWith(show)) console.log(`  ${v}\n     → ${typed} (clean: ${clean})`);
    }
    allAsked += asked;
    allChanged += changed;
    console.log(`${kind.padEnd(24)} ${String(changed).padStart(4)} of ${String(asked).padStart(4)} changed (${((100 * changed) / Math.max(1, asked)).toFixed(1)}%)`);
  }
  console.log(`${"all".padEnd(24)} ${String(allChanged).padStart(4)} of ${String(allAsked).padStart(4)} changed (${((100 * allChanged) / Math.max(1, allAsked)).toFixed(1)}%)`);
}

main();

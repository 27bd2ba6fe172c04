/*
 * Routing quality and speed, against baselines measured in the same run.
 *   npm run bench:routing                 figures (the untouched halves first: holdout, holdout2 … and all together;
 *                                         then the tune halves, labelled as tuned-on)
 *   npm run bench:routing -- --quality    the accuracy tables only (no latency, no 1,000/10,000-group runs)
 *   npm run bench:routing -- --calibrate  fits src/routing/thresholds.json on the tune halves (bench/routing-calibrate.ts)
 *
 * Quality: top-1 per class on tests/fixtures/routing-dev/holdout.jsonl, holdout2.jsonl … (every set in the folder; never read question by
 * question while tuning: only these aggregates are printed, never a question) and tune.jsonl, tune2.jsonl …, with
 * BM25 (minisearch over the mandates' clauses, the top hit's group as owner, no hit = none) on the same
 * questions; the precision of `owner` answers, per class and per band of the confidence shown (router rows), and the
 * tune halves pooled.
 * Speed: p50/p99 with the five mandates, 1,000 and 10,000 groups (goals: p99 ≤ 2 ms, ≤ 10 ms; 10,000 groups
 * p50 ≤ 5 ms, p99 ≤ 20 ms, index build ≤ 2 s), index build time and heap, the Swedish dictionary's loading cost.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { performance } from "node:perf_hooks";
import { buildCatalog } from "../src/catalog/catalog";
import { projectRoot } from "../src/paths";
import { loadOverrides } from "../src/catalog/overrides";
import type { Catalog } from "../src/catalog/schema";
import { swedishDictionary } from "../src/routing/dictionary";
import { CONFIDENCE_BANDS, evaluate, parseLabelled, share, type Answer, type Evaluation, type LabelledQuestion } from "../src/routing/evaluate";
import { buildRouter, createRouter, type Router } from "../src/routing/router";
import { bm25Baseline, distinctWords, syntheticCatalog } from "./routing-support";
import { calibrate } from "./routing-calibrate";

const ROOT = projectRoot();
const DEV = path.join(ROOT, "tests", "fixtures", "routing-dev");

function sampleCatalog(): Catalog {
  const dir = path.join(ROOT, "samples", "mandates");
  const docs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
  return buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
}

const read = (file: string): LabelledQuestion[] => parseLabelled(fs.readFileSync(file, "utf8"));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const ms = (x: number) => x.toFixed(3).padStart(8);

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

interface Latency {
  p50: number;
  p99: number;
  /** The warm-up pass: the first question and the whole first pass, with whatever caches the router had. */
  cold: { first: number; p99: number; max: number };
}

function latency(questions: readonly LabelledQuestion[], answer: Answer, rounds: number): Latency {
  const time = (q: LabelledQuestion) => {
    const t0 = process.hrtime.bigint();
    answer({ question: q.question, ...(q.org ? { org: q.org } : {}) });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  // the warm-up pass is timed too: a router built on a catalog change meets its first questions with empty caches
  const first = questions.map(time);
  const cold = { first: first[0] ?? 0, p99: percentile([...first].sort((a, b) => a - b), 99), max: Math.max(0, ...first) };
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) for (const q of questions) times.push(time(q));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), cold };
}

const CLASSES = ["topic", "relation", "boundary", "typed", "english", "none_or_ambiguous"];

function table(title: string, rows: [string, Evaluation][]): void {
  console.log(`\n${title}`);
  console.log(`${"".padEnd(14)}${CLASSES.map((c) => c.slice(0, 9).padStart(10)).join("")}   overall  owner-precision   ifOrg`);
  for (const [name, e] of rows) {
    const cls = CLASSES.map((c) => pct(share(e.perClass[c] ?? { total: 0, right: 0 })).padStart(10)).join("");
    const prec = `${pct(share(e.ownerPrecision))} (${e.ownerPrecision.right}/${e.ownerPrecision.total})`;
    console.log(`${name.padEnd(14)}${cls}  ${pct(e.top1)}  ${prec.padStart(16)}  ${e.ifOrg.right}/${e.ifOrg.total}`);
    if (name !== "router") continue;
    // how often an answer stated as the owner is right, per class and per band of the confidence shown
    const owners = CLASSES.map((c) => {
      const t = e.ownerPerClass[c] ?? { total: 0, right: 0 };
      return (t.total ? `${t.right}/${t.total}` : "-").padStart(10);
    }).join("");
    console.log(`${"  owner right".padEnd(14)}${owners}`);
    const bands = CONFIDENCE_BANDS.map((edge, i) => {
      const t = e.ownerByConfidence[i]!;
      return `≥${edge.toFixed(1)} ${t.total ? `${pct(share(t)).trim()} (${t.right}/${t.total})` : "-"}`;
    });
    console.log(`${"  by confidence".padEnd(14)}${bands.join("  ")}`);
    const steps = Object.entries(e.ownerByReason).sort((x, y) => y[1].total - x[1].total).map(([r, t]) => `${r} ${pct(share(t)).trim()} (${t.right}/${t.total})`);
    if (steps.length) console.log(`${"  by step".padEnd(14)}${steps.join("  ")}`);
  }
}

// a heap figure without a collection first is noise (it went negative): the bench collects itself
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

function heapMb(): number {
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}

/** The build the server does when the catalog version changes (`CurrentCatalog.derive(createRouter)`): wall and CPU time (CPU is steadier on a shared machine), and the heap the router keeps. */
function timedBuild(catalog: Catalog): { router: Router; buildMs: number; cpuMs: number; heap: number } {
  const h0 = heapMb();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const router = createRouter(catalog);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { router, buildMs, cpuMs: (c.user + c.system) / 1e3, heap: heapMb() - h0 };
}

/** The development sets, numbered as in tests/fixtures/routing-dev/README.md (set 1 is tune.jsonl/holdout.jsonl,
 *  set N tuneN.jsonl/holdoutN.jsonl; where each came from is told there): every pair in the folder, in order. */
type DevSet = { n: number; tune: LabelledQuestion[]; holdout: LabelledQuestion[] };
const fileOf = (half: "tune" | "holdout", n: number): string => `${half}${n === 1 ? "" : n}.jsonl`;

function devSets(): DevSet[] {
  const numbers = fs.readdirSync(DEV).flatMap((f) => {
    const m = /^tune(\d*)\.jsonl$/.exec(f);
    return m ? [m[1] === "" ? 1 : Number(m[1])] : [];
  });
  return numbers.sort((a, b) => a - b).map((n) => ({ n, tune: read(path.join(DEV, fileOf("tune", n))), holdout: read(path.join(DEV, fileOf("holdout", n))) }));
}

/** Untouched halves first (aggregates only, one table per set and all together; no question text is ever
 *  printed for them), then the tune halves. */
function qualityTables(sets: DevSet[], ours: Answer, bm25: Answer, reasonOf?: (r: object) => string | undefined): void {
  const last = sets[sets.length - 1].n;
  const rows: [string, LabelledQuestion[], string][] = [
    ...sets.map((d): [string, LabelledQuestion[], string] => [fileOf("holdout", d.n), d.holdout, "UNTOUCHED HALF"]),
    [`holdout.jsonl … ${fileOf("holdout", last)}`, sets.flatMap((d) => d.holdout), "UNTOUCHED HALVES"],
    ...sets.map((d): [string, LabelledQuestion[], string] => [fileOf("tune", d.n), d.tune, "TUNE HALF"]),
    [`tune.jsonl … ${fileOf("tune", last)}`, sets.flatMap((d) => d.tune), "TUNE HALVES"],
  ];
  for (const [name, qs, label] of rows) {
    const note = label.startsWith("UNTOUCHED") ? "; aggregates only)" : ") — tuned on";
    table(`${label} (${name}, ${qs.length} questions${note}`, [
      ["router", evaluate(qs, ours, reasonOf)],
      ["bm25", evaluate(qs, bm25)],
    ]);
  }
}

async function main(): Promise<void> {
  const catalog = sampleCatalog();
  const sets = devSets();
  if (process.argv.includes("--calibrate")) {
    calibrate(catalog, sets.map((d) => ({ name: fileOf("tune", d.n), questions: d.tune })), path.join(ROOT, "src", "routing", "thresholds.json"));
    return;
  }
  const older = ["routing-questions", "routing-questions-holdout", "routing-questions-holdout-2", "routing-questions-holdout-3", "routing-questions-holdout-4"].flatMap((f) => read(path.join(ROOT, "tests", "fixtures", `${f}.jsonl`)));
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores (p99 is sensitive to it); ${new Date().toISOString().slice(0, 10)}`);

  const d0 = heapMb();
  const t0 = Date.now();
  const dict = swedishDictionary();
  console.log(`Swedish dictionary (dictionary-sv, Bloom filter): ${dict?.words ?? 0} words, loaded in ${Date.now() - t0} ms, +${(heapMb() - d0).toFixed(1)} MB heap`);

  const small = timedBuild(catalog);
  // the step of the router that gave each answer (its analysis reason), for owner precision per step
  const reasons = new WeakMap<object, string>();
  const ours: Answer = (q) => {
    const d = small.router.routeDetailed(q);
    reasons.set(d.result, d.analysis.reason);
    return d.result;
  };
  const bm25 = bm25Baseline(catalog);
  console.log(`five mandates: ${catalog.entries.length} entries, ${small.router.stats.passages} passages; index built in ${small.buildMs.toFixed(1)} ms (${small.cpuMs.toFixed(0)} ms CPU; the first build in the process, the lexicon's loading included), +${small.heap.toFixed(1)} MB heap`);
  const again = timedBuild(catalog);
  console.log(`five mandates, built again (a catalog change in a running server): ${again.buildMs.toFixed(1)} ms (${again.cpuMs.toFixed(0)} ms CPU)`);

  qualityTables(sets, ours, bm25, (r) => reasons.get(r));
  table(`OLDER FIXTURES (${older.length} questions, tests/fixtures/routing-questions*.jsonl) — tuned on`, [
    ["router", evaluate(older, ours)],
    ["bm25", evaluate(older, bm25)],
  ]);
  // Tuning loops need only the tables; the latency part takes minutes on a shared machine.
  if (process.argv.includes("--quality")) return;

  const all = [...sets[0].tune, ...sets[0].holdout, ...older];
  console.log(`\nLATENCY per question (${all.length} questions)           p50 ms   p99 ms   goal p99`);
  const lat = (name: string, a: Answer, rounds: number, goal: string, questions = all, fresh = false) => {
    const l = latency(questions, a, rounds);
    console.log(`${name.padEnd(44)} ${ms(l.p50)} ${ms(l.p99)}   ${goal}`);
    if (fresh) console.log(`${"  first pass right after the build".padEnd(44)} first question ${l.cold.first.toFixed(1)} ms, p99 ${l.cold.p99.toFixed(1)} ms, slowest ${l.cold.max.toFixed(1)} ms`);
  };
  // `again` has answered nothing yet: its warm-up pass is the first pass after a build
  lat("router, five mandates", (q) => again.router.route(q), 20, "≤ 2 ms", all, true);
  lat("bm25, five mandates (baseline)", bm25, 20, "");
  for (const [n, goal, rounds] of [
    [1_000, "≤ 10 ms", 3],
    [10_000, "p50 ≤ 5 ms, p99 ≤ 20 ms, build ≤ 2 s", 1],
  ] as const) {
    const big = syntheticCatalog(catalog, n);
    const b = timedBuild(big);
    const s = b.router.stats;
    console.log(`${n.toLocaleString("en")} synthetic groups (${big.entries.length} entries, ${s.passages} passages, ${distinctWords(big)} distinct words, ${s.terms} terms): index built in ${b.buildMs.toFixed(0)} ms (${b.cpuMs.toFixed(0)} ms CPU), router +${b.heap.toFixed(0)} MB heap`);
    lat(`router, ${n.toLocaleString("en")} groups`, (q) => b.router.route(q), rounds, goal, all, true);
    // minisearch takes ~1 s a question at 10,000 groups: a fixed fifth of the questions is baseline enough
    const bb = bm25Baseline(big);
    lat(`bm25, ${n.toLocaleString("en")} groups (baseline, every 5th question)`, bb, 1, "", all.filter((_, i) => i % 5 === 0));
  }
  const sliced = await slicedBuild(syntheticCatalog(catalog, 10_000));
  console.log(`10,000 groups, built in slices (buildRouter, as the bot rebuilds): ${sliced.wallMs.toFixed(0)} ms (${sliced.cpuMs.toFixed(0)} ms CPU); a 1 ms timer waited at most ${sliced.worst.toFixed(0)} ms, p99 ${sliced.p99.toFixed(1)} ms (built at once, it waits the whole build)`);
}

/** The build the bot does on a catalog change, in slices, with a timer asking for the event loop every millisecond: how long a turn could wait. */
async function slicedBuild(catalog: Catalog): Promise<{ wallMs: number; cpuMs: number; worst: number; p99: number }> {
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 1);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await buildRouter(catalog);
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  clearInterval(timer);
  gaps.push(performance.now() - last);
  gaps.sort((a, b) => a - b);
  return { wallMs, cpuMs: (c.user + c.system) / 1e3, worst: gaps[gaps.length - 1]!, p99: percentile(gaps, 99) };
}

void main();

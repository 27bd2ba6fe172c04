/*
 * The 10,000-group index build alone (what bench:routing's 10k line times), for profiling and A/B:
 *   node --expose-gc dist/bench/routing-build.js [groups] [repeats]
 *                                                             prints build wall/CPU ms per repeat, each build timed after
 *                                                             a full collection (without --expose-gc it warns, and the
 *                                                             figures carry the synthetic catalog's garbage)
 *   node --expose-gc --cpu-prof dist/bench/routing-build.js  the profile of one build
 *   node dist/bench/routing-build.js 10000 1 --digest        and a digest of what was built (postings, terms, keys, counts,
 *                                                             names, each word's reading as a passage word), to show
 *                                                             that a faster build builds the same router
 *   node dist/bench/routing-build.js 10000 1 --steps         built as the bot builds it (Router.build's steps), with the
 *                                                             longest steps in CPU ms: what a chat turn may wait for (a
 *                                                             long one that is no loop's is a major GC)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../src/catalog/catalog";
import type { Catalog } from "../src/catalog/schema";
import { loadOverrides } from "../src/catalog/overrides";
import { projectRoot } from "../src/paths";
import { createRouter, Router } from "../src/routing/router";
import { digest } from "./routing-digest";
import { syntheticCatalog } from "./routing-support";

const ROOT = projectRoot();
const dir = path.join(ROOT, "samples", "mandates");
const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
const catalog = buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
createRouter(catalog); // the lexicon and dictionary load, as in a running server
const n = Number(process.argv[2] ?? 10_000);
const repeats = Number(process.argv[3] ?? 1);
// The synthetic catalog is built just before each timed build; without a collection first, its garbage (a major GC of
// some 400 MB) lands in the build's figure. Run with --expose-gc (see the header) so that each build is timed alone.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn("no --expose-gc: the figures include the synthetic catalog's garbage collection");
for (let r = 0; r < repeats; r++) {
  const big = syntheticCatalog(catalog, n);
  gc?.();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const steps: number[] = [];
  const router = process.argv.includes("--steps") ? stepwise(big, steps) : createRouter(big);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  gc?.();
  const heap = gc ? `, heap after ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB` : "";
  console.log(`${n} groups: build ${wall.toFixed(0)} ms wall, ${((c.user + c.system) / 1e3).toFixed(0)} ms CPU, ${router.stats.passages} passages, ${router.stats.terms} terms${heap}`);
  if (process.argv.includes("--digest")) console.log(`digest ${digest(router)}`);
  if (steps.length) {
    const longest = [...steps].sort((a, b) => b - a);
    console.log(`${steps.length} steps; longest ${longest.slice(0, 8).map((x) => x.toFixed(0)).join(", ")} ms CPU; over 50 ms: ${steps.filter((x) => x > 50).length}`);
  }
}

/** The router built step by step, as `buildRouter` runs it, with each step's CPU ms. */
function stepwise(catalog: Catalog, steps: number[]): Router {
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e3;
  };
  const gen = Router.build(catalog);
  for (;;) {
    const from = cpu();
    const r = gen.next();
    steps.push(cpu() - from);
    if (r.done) return r.value;
  }
}

/*
 * The router's index read back from the build cache (src/routing/router-index.ts) against building it, in one run:
 *   npm run bench:routing-load -- [groups] [loads] [--no-cli]     (node --expose-gc dist/bench/routing-load.js)
 * prints the cold build without a cache (the baseline), the build that misses the cache (the same, plus the catalog's
 * hash and the tables taken), the write that follows (ms, bytes, the event loop's longest wait meanwhile), each load
 * in a fresh process (wall, CPU, heap; and the longest steps of a load in steps, as the bot loads it), whether the
 * loaded router's full digest is the built one's, and
 * `samverkan route` on a DATA_DIR holding the catalog: cold (no index file) and warm (the index the cold call wrote).
 *   node dist/bench/routing-load.js --child <dir> <groups>   one load (what the run above starts per load)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { buildCatalog } from "../src/catalog/catalog";
import { CosmosCatalogRepository } from "../src/catalog/cosmos-catalog-repository";
import { loadOverrides } from "../src/catalog/overrides";
import type { Catalog } from "../src/catalog/schema";
import { loadConfig } from "../src/config/config";
import { systemClock } from "../src/domain/clock";
import { projectRoot } from "../src/paths";
import { configureBuildCache } from "../src/routing/build-cache";
import { indexWritten } from "../src/routing/router-index";
import { createRouter, Router } from "../src/routing/router";
import { openStore } from "../src/storage/store";
import { fullDigest } from "./routing-digest";
import { syntheticCatalog } from "./routing-support";

const ROOT = projectRoot();
const gc = (globalThis as { gc?: () => void }).gc;

function sampleCatalog(): Catalog {
  const dir = path.join(ROOT, "samples", "mandates");
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
  return buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
}

/** `fn` timed after a full collection: wall and CPU ms, and the heap after it (collected), with the typed arrays' memory. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number; heapMb: number; arraysMb: number } {
  gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  gc?.();
  const m = process.memoryUsage();
  return { value, wall, cpu: (c.user + c.system) / 1e3, heapMb: m.heapUsed / 2 ** 20, arraysMb: m.arrayBuffers / 2 ** 20 };
}

const fmt = (t: { wall: number; cpu: number; heapMb: number; arraysMb: number }) =>
  `${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU; after it heap ${t.heapMb.toFixed(0)} MB, typed arrays ${t.arraysMb.toFixed(0)} MB`;

/** The longest steps (CPU ms) of a router built as the bot builds it (Router.build's steps, run by `buildRouter`). */
function longestSteps(catalog: Catalog): number[] {
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e3;
  };
  const steps: number[] = [];
  const gen = Router.build(catalog);
  for (;;) {
    const from = cpu();
    const r = gen.next();
    steps.push(cpu() - from);
    if (r.done) return steps.sort((a, b) => b - a).slice(0, 5);
  }
}

/** One load in this (fresh) process: its figures and the router's full digest, as JSON on stdout; then one in steps. */
function child(dir: string, n: number): void {
  const small = sampleCatalog();
  createRouter(small); // the lexicon and the dictionary, as a started server has them (prepareRouting)
  const big = syntheticCatalog(small, n);
  configureBuildCache({ dir, warn: (m) => console.error(m) });
  const t = timed(() => createRouter(big));
  const steps = longestSteps(syntheticCatalog(small, n));
  console.log(JSON.stringify({ ...t, value: undefined, digest: fullDigest(t.value), steps }));
}

/** The event loop's longest wait while `p` runs (a 1 ms timer's lateness). */
async function longestWait<T>(p: Promise<T>): Promise<{ value: T; longest: number }> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  try {
    return { value: await p, longest };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const [n = 10_000, loads = 3] = process.argv.slice(2).filter((a) => !a.startsWith("--")).map(Number);
  if (!gc) console.warn("no --expose-gc: the figures include the synthetic catalog's garbage");
  console.log(`router index of ${n.toLocaleString("en")} groups: built, written, read back (load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}; ${new Date().toISOString().slice(0, 16)})`);
  const small = sampleCatalog();
  createRouter(small);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-routing-load-"));
  try {
    // each timed with its catalog alive, as a loaded router's is (the heaps compare)
    const first = syntheticCatalog(small, n);
    const baseline = timed(() => createRouter(first));
    console.log(`cold build, no cache (baseline)     ${fmt(baseline)}`);
    configureBuildCache({ dir, warn: (m) => console.error(m) });
    const big = syntheticCatalog(small, n);
    const missed = timed(() => createRouter(big));
    console.log(`cold build, cache miss              ${fmt(missed)}`);
    const w0 = performance.now();
    const { longest } = await longestWait(indexWritten());
    const file = path.join(dir, "router-index.cache");
    console.log(`index written                       ${(performance.now() - w0).toFixed(0)} ms, ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB, event loop's longest wait ${longest.toFixed(0)} ms`);
    const built = fullDigest(missed.value);
    for (let i = 0; i < loads; i++) {
      const r = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", dir, String(n)], { encoding: "utf8", maxBuffer: 1 << 24 });
      if (r.status !== 0) throw new Error(`load ${i + 1}: ${r.stderr}`);
      const t = JSON.parse(r.stdout.trim().split("\n").pop()!) as { wall: number; cpu: number; heapMb: number; arraysMb: number; digest: string; steps: number[] };
      console.log(`load from the cache (fresh process) ${fmt(t)}; ${(baseline.wall / t.wall).toFixed(1)}× faster than the baseline; digest ${t.digest === built ? "= built" : "DIFFERS"}`);
      console.log(`  … in steps (buildRouter): longest ${t.steps.map((x) => x.toFixed(0)).join(", ")} ms CPU`);
    }
    if (!process.argv.includes("--no-cli")) await cliRoute(small, n);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `samverkan route` (bin/samverkan.js) on a DATA_DIR holding the synthetic catalog: cold, then with the index it wrote. */
async function cliRoute(small: Catalog, n: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-routing-load-cli-"));
  try {
    const t0 = performance.now();
    const store = await openStore(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { owner: "cli" });
    try {
      await new CosmosCatalogRepository(store.container("catalog"), systemClock).replaceCatalog(syntheticCatalog(small, n));
    } finally {
      await store.close();
    }
    console.log(`CLI: catalog of ${n.toLocaleString("en")} groups stored in ${((performance.now() - t0) / 1e3).toFixed(0)} s`);
    const run = (label: string) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "samverkan.js"), "route", "--json", "Vem samordnar kompetensförsörjning inom ortopedi?"], {
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" },
        encoding: "utf8",
        maxBuffer: 1 << 24,
      });
      if (r.status !== 0) throw new Error(`samverkan route: ${r.stderr}`);
      const owner = (JSON.parse(r.stdout) as { owner: { id: string } | null; status: string }).owner?.id ?? "(none)";
      const index = fs.existsSync(path.join(dataDir, "router-index.cache"));
      console.log(`CLI route, ${label.padEnd(31)} ${(performance.now() - t).toFixed(0)} ms wall; answer ${owner}; index file ${index ? "there" : "none"} after`);
    };
    run("cold (no index file)");
    run("warm (the index the cold wrote)");
    run("warm again");
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") child(process.argv[3]!, Number(process.argv[4]));
else
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });

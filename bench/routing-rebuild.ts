/*
 * How long /healthz waits while the bot rebuilds its router on a catalog change, built at once (createRouter) and in
 * slices (buildRouter), against /healthz on the idle process in the same run:
 *   npm run bench:routing-rebuild [-- groups]       (10,000 groups by default)
 * The process serves /healthz (the answer does no work: what it measures is the event loop) and rebuilds through
 * CurrentCatalog.latest, as bot/routes/routing.ts does when the background check notices a new version: the router of
 * the five sample mandates answers meanwhile, the synthetic catalog's is built beside it. A worker thread asks /healthz
 * every 5 ms (its own event loop times the request, not the one being measured).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { buildCatalog } from "../src/catalog/catalog";
import { CurrentCatalog } from "../src/catalog/current-catalog";
import { loadOverrides } from "../src/catalog/overrides";
import type { Catalog } from "../src/catalog/schema";
import { projectRoot } from "../src/paths";
import { buildRouter, createRouter, type Router } from "../src/routing/router";
import { syntheticCatalog } from "./routing-support";

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
let running = true;
parentPort.on("message", () => (running = false));
(async () => {
  while (running) {
    const t = performance.now();
    try { await (await fetch(workerData.url)).text(); parentPort.postMessage({ at: t, ms: performance.now() - t }); } catch {}
    await new Promise((r) => setTimeout(r, 5));
  }
  parentPort.postMessage("stopped");
})();`;

const ROOT = projectRoot();

function sampleCatalog(): Catalog {
  const dir = path.join(ROOT, "samples", "mandates");
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
  return buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const line = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(46)} ${String(xs.length).padStart(6)} ${pct(xs, 50).toFixed(1).padStart(8)} ${pct(xs, 99).toFixed(1).padStart(8)} ${Math.max(...xs).toFixed(1).padStart(8)}`);

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const small = sampleCatalog();
  const big = syntheticCatalog(small, n);
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  const samples: { at: number; ms: number }[] = [];
  const worker = new Worker(WORKER, { eval: true, workerData: { url: `http://127.0.0.1:${port}/healthz` } });
  worker.on("message", (m) => m !== "stopped" && samples.push(m as { at: number; ms: number }));
  const during = (from: number, to: number) => samples.filter((s) => s.at >= from && s.at < to).map((s) => s.ms);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  console.log(`/healthz while the router of ${n.toLocaleString("en")} groups is rebuilt (load ${(await import("node:os")).loadavg()[0]!.toFixed(1)}; ${new Date().toISOString().slice(0, 16)})`);
  console.log(`${"".padEnd(46)} ${"n".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
  const idleFrom = performance.now();
  await sleep(3_000);
  const idleTo = performance.now();
  await sleep(500);
  line("idle (baseline)", during(idleFrom, idleTo));
  for (const [name, build] of [
    ["rebuilt at once (createRouter)", createRouter],
    ["rebuilt in slices (buildRouter)", buildRouter],
  ] as [string, (c: Catalog) => Router | Promise<Router>][]) {
    let catalog: Catalog = small;
    const current = new CurrentCatalog({ version: async () => catalog.version, load: async () => catalog }, 0);
    const fn = (c: Catalog) => build(c);
    await current.latest(fn);
    catalog = { ...big, version: small.version + 1 };
    const from = performance.now();
    // the turn that notices the change is answered by the old router; the new one is built beside the turns
    await current.latest(fn);
    while ((await current.latest(fn)).catalog.version !== catalog.version) await sleep(20);
    const to = performance.now();
    // a request that started during the build may answer after it: its sample comes in a moment later
    await sleep(1_000);
    line(`${name}: ${((to - from) / 1e3).toFixed(1)} s`, during(from, to));
    await sleep(500);
  }
  worker.postMessage("stop");
  await new Promise((r) => worker.once("message", r));
  await worker.terminate();
  server.close();
}

void main();

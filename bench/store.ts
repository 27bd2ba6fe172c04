/*
 * The embedded store's write path with the write-ahead journal (append + fdatasync before the answer,
 * group commit) against the same store without it, in the same run: write latency p50/p99 and writes/s
 * for one writer and for 20 concurrent writers (upserts of ~1 KB documents through the Cosmos SDK).
 * Goal (issue #16): p50 with the journal ≤ 1.5× without.
 *   npm run bench:store [-- --writes 600 --concurrency 20]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../src/config/config";
import { openStore } from "../src/storage/store";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function measure(journal: boolean, writes: number, concurrency: number): Promise<{ single: Figures; concurrent: Figures }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-store-"));
  const store = await openStore(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { owner: "bot", journal });
  const c = store.container("work");
  const body = "x".repeat(900);
  let n = 0;
  const write = async (): Promise<number> => {
    const i = n++;
    const t = performance.now();
    await c.items.upsert({ id: `d${i % 500}`, groupId: `g${i % 7}-${(i % 500) % 7}`, type: "bench", n: i, body });
    return performance.now() - t;
  };
  for (let i = 0; i < 50; i++) await write(); // warm up connections and the JIT
  const run = async (workers: number): Promise<Figures> => {
    const lat: number[] = [];
    const per = Math.ceil(writes / workers);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: workers }, async () => {
      for (let k = 0; k < per; k++) lat.push(await write());
    }));
    const ms = performance.now() - t0;
    return { p50: pct(lat, 50), p99: pct(lat, 99), perSecond: (lat.length / ms) * 1000 };
  };
  const single = await run(1);
  const concurrent = await run(concurrency);
  const journalled = store.durability()?.journalled ?? 0;
  if (journal && journalled < n) throw new Error(`only ${journalled} of ${n} writes were journalled`);
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { single, concurrent };
}

async function main() {
  const writes = arg("writes", 600);
  const concurrency = arg("concurrency", 20);
  const rounds = arg("rounds", 3);
  // Interleaved rounds, so that load on a shared machine falls on both; each figure is the median round.
  const runs: { without: Awaited<ReturnType<typeof measure>>; with: Awaited<ReturnType<typeof measure>> }[] = [];
  for (let r = 0; r < rounds; r++) runs.push({ without: await measure(false, writes, concurrency), with: await measure(true, writes, concurrency) });
  const median = (pick: (x: (typeof runs)[number]) => Figures): Figures => {
    const med = (k: keyof Figures) => pct(runs.map((x) => pick(x)[k]), 50);
    return { p50: med("p50"), p99: med("p99"), perSecond: med("perSecond") };
  };
  const without = { single: median((x) => x.without.single), concurrent: median((x) => x.without.concurrent) };
  const withJournal = { single: median((x) => x.with.single), concurrent: median((x) => x.with.concurrent) };
  const f = (x: number) => x.toFixed(2).padStart(7);
  const row = (name: string, a: Figures) => `${name.padEnd(34)} ${f(a.p50)} ${f(a.p99)} ${a.perSecond.toFixed(0).padStart(8)}`;
  console.log(`bench:store — ${writes} upserts of ~1 KB per case, median of ${rounds} interleaved rounds, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`${"case".padEnd(34)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"writes/s".padStart(8)}`);
  console.log(row("single writer, without journal", without.single));
  console.log(row("single writer, with journal", withJournal.single));
  console.log(row(`${concurrency} writers, without journal`, without.concurrent));
  console.log(row(`${concurrency} writers, with journal`, withJournal.concurrent));
  const r1 = withJournal.single.p50 / without.single.p50;
  const r20 = withJournal.concurrent.p50 / without.concurrent.p50;
  console.log(`p50 ratio with/without: single ${r1.toFixed(2)}×, ${concurrency} writers ${r20.toFixed(2)}× (goal ≤ 1.5×)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

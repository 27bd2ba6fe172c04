/*
 * bench:soak's /healthz sampler, in a worker thread of its own (bench/soak-support.ts HealthSampler):
 * the bench's main thread drives the load (8 questions at once, approvals, the fake connector's replies),
 * and a sample timed on that busy event loop measured the bench's own delays as the bot's. Here nothing
 * else runs on the loop that times the request. Each sample also carries the bot's own event-loop delay
 * (p99 and max of its last 5 s window, from the /healthz body: bot/loop-delay.ts).
 */
import * as fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

export interface RawSample {
  readonly ms: number;
  readonly duringSnapshot: boolean;
  readonly loopP99Ms?: number;
  readonly loopMaxMs?: number;
}

const { dataDir, gapMs } = workerData as { dataDir: string; gapMs: number };
let url = "http://127.0.0.1:9";
let running = true;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A snapshot is being written while its temporary file exists (src/storage/snapshot.ts). */
const writingSnapshot = () => fs.readdirSync(dataDir).some((f) => /^snapshot\.ndjson\.\d+\.tmp$/.test(f));

parentPort!.on("message", (m: { url?: string; stop?: true }) => {
  if (m.url) url = m.url;
  if (m.stop) running = false;
});

async function loop(): Promise<void> {
  while (running) {
    const before = writingSnapshot();
    const t = performance.now();
    try {
      const res = await fetch(`${url}/healthz`);
      const body = (await res.json().catch(() => undefined)) as { eventLoop?: { p99Ms: number; maxMs: number } } | undefined;
      const ms = performance.now() - t;
      const sample: RawSample = { ms, duringSnapshot: before || writingSnapshot(), loopP99Ms: body?.eventLoop?.p99Ms, loopMaxMs: body?.eventLoop?.maxMs };
      parentPort!.postMessage(sample);
    } catch {
      // the bot is being restarted: no sample
    }
    await sleep(gapMs);
  }
  parentPort!.postMessage("stopped");
}

void loop();

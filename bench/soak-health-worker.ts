/*
 * bench:soak's /healthz sampler, a client process of its own (forked by bench/soak-support.ts HealthSampler):
 * the bench's process drives the load (8 questions at once, approvals, the fake connector's replies), and a
 * sample timed on that busy event loop measured the bench's own delays as the bot's (a worker thread of the
 * bench, as before, still shared its process: its heap limits, its garbage collector's helper threads). Here
 * nothing else runs in the process that times the request. Each sample also carries the bot's own event-loop delay
 * (p99 and max of its last 5 s window, from the /healthz body: bot/loop-delay.ts).
 */
import * as fs from "node:fs";

export interface RawSample {
  readonly ms: number;
  readonly duringSnapshot: boolean;
  readonly loopP99Ms?: number;
  readonly loopMaxMs?: number;
}

const dataDir = process.env.SOAK_DATA_DIR!;
const gapMs = Number(process.env.SOAK_GAP_MS ?? 20);
const send = (m: unknown) => process.send!(m);
let url = "http://127.0.0.1:9";
let running = true;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A snapshot is being written while its temporary file exists (src/storage/snapshot.ts). */
const writingSnapshot = () => fs.readdirSync(dataDir).some((f) => /^snapshot\.ndjson\.\d+\.tmp$/.test(f));

process.on("message", (m: { url?: string; stop?: true }) => {
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
      send(sample);
    } catch {
      // the bot is being restarted: no sample
    }
    await sleep(gapMs);
  }
  // out once the message is (fetch's kept-alive connections must not keep the process)
  process.send!("stopped", () => process.exit(0));
}

void loop();

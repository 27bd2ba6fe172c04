/*
 * What bench:soak measures from outside the bot (started by bench/soak-start.ts): its RSS, /healthz
 * latencies sampled all the time (each sample marked when a snapshot was being written: the store writes
 * it to a temporary file and renames it), the bytes the store writes to DATA_DIR, and the CLI as a
 * separate process.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadConfig } from "../src/config/config";
import { systemClock } from "../src/domain/clock";
import { CosmosOutbox } from "../src/delivery/cosmos-outbox";
import { openStore } from "../src/storage/store";
import type { RawSample } from "./soak-health-worker";

const ROOT = path.join(__dirname, "..");

const ownRssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

/** The processes `pid` started (`npm start` forks the embedded store: src/storage/store-process.ts). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    if (list) out.push(...list.split(/\s+/).map(Number));
  }
  return out;
}

/** RSS of the process and its children (the bot and its store process), MB. */
export const rssMb = (pid: number): number => ownRssMb(pid) + childrenOf(pid).reduce((sum, c) => sum + rssMb(c), 0);
/** RSS of the children alone (the store process), MB. */
export const childRssMb = (pid: number): number => childrenOf(pid).reduce((sum, c) => sum + rssMb(c), 0);
export const pct = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Sample {
  readonly ms: number;
  readonly phase: string;
  readonly duringSnapshot: boolean;
  /** The bot's own event-loop delay, p99 and max of its last 5 s window (from the /healthz body). */
  readonly loopP99Ms?: number;
  readonly loopMaxMs?: number;
}

/**
 * /healthz every `gapMs` until stopped, timed in a client process of its own (bench/soak-health-worker.ts) so
 * that the load this process drives does not delay the timing; each sample carries the phase it arrived in.
 */
export class HealthSampler {
  readonly samples: Sample[] = [];
  phase = "idle";
  private readonly worker: ChildProcess;
  private readonly done: Promise<void>;

  constructor(url: string, dataDir: string, gapMs = 20) {
    this.worker = fork(path.join(__dirname, "soak-health-worker.js"), [], { env: { ...process.env, SOAK_DATA_DIR: dataDir, SOAK_GAP_MS: String(gapMs) }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.worker.send({ url });
    this.done = new Promise((resolve, reject) => {
      this.worker.on("message", (m: RawSample | "stopped") => {
        if (m === "stopped") resolve();
        else this.samples.push({ ...m, phase: this.phase });
      });
      this.worker.once("error", reject);
      this.worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the /healthz sampler exited with ${code}`))));
    });
  }

  retarget(url: string): void {
    this.worker.send({ url });
  }

  of(phase: string | RegExp, onlySnapshot = false): number[] {
    return this.matching(phase, onlySnapshot).map((s) => s.ms);
  }

  /** The bot's own event-loop delay in those samples: the p99s of its 5 s windows. */
  loopOf(phase: string | RegExp, onlySnapshot = false): number[] {
    return this.matching(phase, onlySnapshot).flatMap((s) => (s.loopP99Ms === undefined ? [] : [s.loopP99Ms]));
  }

  private matching(phase: string | RegExp, onlySnapshot: boolean): Sample[] {
    return this.samples.filter((s) => (typeof phase === "string" ? s.phase === phase : phase.test(s.phase)) && (!onlySnapshot || s.duringSnapshot));
  }

  async stop(): Promise<void> {
    this.worker.send({ stop: true });
    await this.done;
  }
}

/** What the store has written to DATA_DIR: journal bytes and the snapshot's identity. */
export function diskState(dataDir: string): { journalBytes: number; snapshot: string } {
  let journalBytes = 0;
  let snapshot = "";
  for (const f of fs.readdirSync(dataDir)) {
    const st = fs.statSync(path.join(dataDir, f));
    if (/^journal-\d+\.log$/.test(f)) journalBytes += st.size;
    if (f === "snapshot.ndjson") snapshot = `${st.ino}:${st.mtimeMs}:${st.size}`;
  }
  return { journalBytes, snapshot };
}

/** `samverkan route <question>` as a user runs it (bin/samverkan.js), attached to the running bot's store. */
export async function cliRouteMs(dataDir: string, question: string): Promise<number> {
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const p = spawn(process.execPath, [path.join(ROOT, "..", "bin", "samverkan.js"), "route", question], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    p.once("exit", resolve);
  });
  // A failing CLI is reported (NaN), not allowed to throw away a long run's other figures.
  if (code !== 0) process.stderr.write(`samverkan route exited with ${code}\n`);
  return code === 0 ? performance.now() - t0 : NaN;
}

/** Until the running bot's outbox has nothing pending or being sent (asked through the CLI's attachment). */
export async function outboxDrained(dataDir: string, timeoutMs = 180_000): Promise<number> {
  const store = await openStore(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { owner: "cli" });
  const t0 = performance.now();
  try {
    const outbox = new CosmosOutbox(store.container("outbox"), systemClock);
    while ((await outbox.openCount()) > 0 && performance.now() - t0 < timeoutMs) await sleep(500);
  } finally {
    await store.close();
  }
  return performance.now() - t0;
}

/*
 * Starting processes for bench:soak and timing them from outside, as an operator would: from spawn until
 * /healthz answers 200 (polled every 10 ms on a port chosen beforehand), and until the first routing
 * question gets its answer over /api/messages. The baselines in the same run are processes that do less:
 * a bare node HTTP server (what any process start and an HTTP answer cost on this machine) and a process
 * that only loads the bot's modules before it listens (what loading the code costs, without the store).
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import type { FakeConnector } from "../tests/support/fake-connector";
import { activity, post, repliesTo } from "../tests/support/harness";
import { npmStartNodeFlags } from "./start-flags";

export interface Child {
  proc: ChildProcess;
  url: string;
  /** ms from spawn until /healthz answered 200. */
  healthyMs: number;
}

const ROOT = path.join(__dirname, "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Polls /healthz until it answers 200; rejects if the process exits first. */
async function healthy(proc: ChildProcess, url: string): Promise<void> {
  let exited: number | null | undefined;
  proc.once("exit", (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`the process exited (${exited}) before /healthz answered 200`);
    try {
      const res = await fetch(`${url}/healthz`);
      await res.text();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
}

async function spawnTimed(args: string[], env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await healthy(proc, url);
  return { proc, url, healthyMs: performance.now() - t0 };
}

let botMain = path.join(ROOT, "bundle", "main.js");
/** Another build's bundle to start instead (`--bundle <dir>`: a before/after in one sitting), and its modules-only baseline. */
export function useBundle(dir: string): void {
  botMain = path.resolve(dir, "main.js");
}

/** The bot as `npm start` runs it (the bundle, dist/bundle/main.js: scripts/bundle.js) on DATA_DIR. */
export const startBot = (dataDir: string, env: Record<string, string> = {}, main = botMain, flags: string[] = []) =>
  spawnTimed([...npmStartNodeFlags(path.dirname(ROOT)), ...flags, main], { DATA_DIR: dataDir, ...env });

const BARE = `require("node:http").createServer((q, s) => { s.setHeader("content-type", "application/json"); s.end('{"status":"ok"}'); }).listen(Number(process.env.PORT), "127.0.0.1");`;

/** Baseline: a bare node HTTP server answering /healthz. */
export const startBare = () => spawnTimed(["-e", BARE], {});

/** Baseline: a process that loads the bot's code as `npm start` does (the bundle: server, composition, cards) and then listens bare. */
export const startModulesOnly = () => {
  const bundle = (f: string) => JSON.stringify(path.join(path.dirname(botMain), f));
  return spawnTimed(["-e", `require(${bundle("compile-cache.js")}); require(${bundle("bot.js")}).loadServer().then(() => { ${BARE} });`], {});
};

/**
 * Sends a routing question until the bot answers it (503 "not ready" while it starts); ms from `t0`
 * (the spawn) until the answer was posted back to the connector.
 */
export async function firstAnswerMs(url: string, connector: FakeConnector, question: string, t0: number): Promise<number> {
  for (;;) {
    const a = activity(connector, { text: question, locale: "sv-SE", userId: "29:restart-probe", aadObjectId: "aad-restart-probe" });
    const r = await post({ url }, a).catch(() => ({ status: 0, body: undefined }));
    if (r.status === 200 && repliesTo(connector, String(a.id)).length > 0) return performance.now() - t0;
    if (r.status !== 503 && r.status !== 0) throw new Error(`routing question after restart: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    await sleep(10);
  }
}

/** CPU time (user + system) a process and its children have used so far, ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    // the fields after the command name, which is in parentheses and may hold spaces
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const own = (Number(f[11]) + Number(f[12])) * 10;
    const children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    return own + children.reduce((sum, c) => sum + cpuMs(c), 0);
  } catch {
    return NaN;
  }
}

/**
 * kill -9, then the bot again on the same DATA_DIR: until /healthz is 200 and until a routing answer;
 * with the CPU time the new bot and its store process used until that answer (what the start costs
 * whatever else the machine runs: on a loaded machine the wall-clock figure mostly measures the others).
 */
export async function restartAfterKill9(bot: Child, dataDir: string, connector: FakeConnector, question: string, env: Record<string, string> = {}): Promise<{ bot: Child; healthyMs: number; answerMs: number; cpuMs: number }> {
  const exited = new Promise((r) => bot.proc.once("exit", r));
  bot.proc.kill("SIGKILL");
  await exited;
  const t0 = performance.now();
  const next = await startBot(dataDir, env);
  const answerMs = await firstAnswerMs(next.url, connector, question, t0);
  return { bot: next, healthyMs: next.healthyMs, answerMs, cpuMs: cpuMs(next.proc.pid!) };
}

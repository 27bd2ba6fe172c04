/*
 * Where a restart goes (issue #19, goal 5: restart ≤ 2 s after 10,000 questions and 1,000 approvals): the
 * bot as `npm start` runs it (dist/bundle/main.js, with its store process), kill -9, started again on a copy
 * of the same DATA_DIR, N times; each start writes its phases (src/runtime/start-timeline.ts) and this prints
 * each phase's median offset from spawn, for the bot and its store process, with /healthz 200, the first
 * routing answer and the CPU both processes used by then. Baseline in the same run: a bare node HTTP server.
 *   npm run bench:start-phases [-- --data DIR --starts 5 --bundle dist/bundle]
 * Without --data (or with a --data folder that does not exist yet) it first loads a bot over HTTP as
 * bench:soak does (--questions 10000 --approvals 1000) and keeps that DATA_DIR at --data for later runs.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startFakeConnector, type FakeConnector } from "../tests/support/fake-connector";
import { cpuMs, firstAnswerMs, startBare, startBot } from "./soak-start";
import { approvals, questions, ROUTE_QUESTION, warmUp } from "./soak-load";
import { outboxDrained, pct, sleep } from "./soak-support";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function copyDir(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-start-"));
  for (const f of fs.readdirSync(from)) if (f !== "store.lock") fs.copyFileSync(path.join(from, f), path.join(to, f));
  return to;
}

/** A DATA_DIR after the load bench:soak drives (kept at `dir`). */
async function loaded(dir: string, connector: FakeConnector): Promise<void> {
  const nq = Number(arg("questions") ?? 10_000);
  const na = Number(arg("approvals") ?? 1_000);
  fs.mkdirSync(dir, { recursive: true });
  let bot = await startBot(dir);
  const me = () => bot;
  await warmUp(dir, me, connector);
  const deadline = Date.now() + 30 * 60_000;
  const [q, a] = await Promise.all([questions(me, connector, nq, deadline), approvals(dir, me, connector, na, deadline)]);
  console.log(`loaded ${dir}: ${q} questions, ${a} approvals`);
  // as bench:soak's restart after the load: the posts the load queued have been sent (a start does not send them)
  await outboxDrained(dir);
  await sleep(3_000);
  const exited = new Promise((r) => bot.proc.once("exit", r));
  bot.proc.kill("SIGKILL"); // as bench:soak's restart: what kill -9 leaves
  await exited;
  bot = undefined as never;
}

interface Start {
  phases: Map<string, number>;
  healthyMs: number;
  answerMs: number;
  cpuMs: number;
}

async function oneStart(data: string, connector: FakeConnector, main: string): Promise<Start> {
  const dir = copyDir(data);
  const timeline = path.join(dir, "..", `${path.basename(dir)}.timeline`);
  const t0Epoch = performance.timeOrigin + performance.now();
  const t0 = performance.now();
  const bot = await startBot(dir, { SAMVERKAN_START_TIMELINE: timeline }, main);
  const answerMs = await firstAnswerMs(bot.url, connector, ROUTE_QUESTION, t0);
  const cpu = cpuMs(bot.proc.pid!);
  const exited = new Promise((r) => bot.proc.once("exit", r));
  bot.proc.kill("SIGKILL");
  await exited;
  const phases = new Map<string, number>();
  // a build without the timeline (an older one, to compare with) writes none
  const lines = fs.existsSync(timeline) ? fs.readFileSync(timeline, "utf8").trim().split("\n") : [];
  for (const line of lines) {
    const m = /^(\S+) (\d+) (.+) ([\d.]+) \d+$/.exec(line);
    if (m && !phases.has(`${m[1]}: ${m[3]}`)) phases.set(`${m[1]}: ${m[3]}`, Number(m[4]) - t0Epoch);
  }
  // the router's build cache, as a restart on the same DATA_DIR finds it (written by the first start of a build)
  for (const f of fs.readdirSync(dir)) if (f.startsWith("router-")) fs.copyFileSync(path.join(dir, f), path.join(data, f));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(timeline, { force: true });
  return { phases, healthyMs: bot.healthyMs, answerMs, cpuMs: cpu };
}

async function main() {
  const data = arg("data") ?? path.join(os.tmpdir(), "samverkan-bench-start-loaded");
  const starts = Number(arg("starts") ?? 5);
  // another build's bundle to compare with (e.g. main's, built into dist/bundle-main by its scripts/bundle.js)
  const main = path.resolve(arg("bundle") ?? path.join(__dirname, "..", "bundle"), "main.js");
  const connector = await startFakeConnector();
  if (!fs.existsSync(data) || fs.readdirSync(data).length === 0) await loaded(data, connector);
  // a first start of this build writes its compile cache and the router's build cache, as a bot's first start does
  await oneStart(data, connector, main);
  const bare: number[] = [];
  const runs: Start[] = [];
  for (let i = 0; i < starts; i++) {
    const b = await startBare();
    bare.push(b.healthyMs);
    b.proc.kill("SIGKILL");
    runs.push(await oneStart(data, connector, main));
  }
  await connector.close();
  const names = [...new Set(runs.flatMap((r) => [...r.phases.keys()]))].sort((a, b) => pct(runs.map((r) => r.phases.get(a) ?? NaN), 50) - pct(runs.map((r) => r.phases.get(b) ?? NaN), 50));
  const med = (xs: number[]) => pct(xs, 50).toFixed(0).padStart(7);
  const bytes = fs.readdirSync(data).reduce((n, f) => n + fs.statSync(path.join(data, f)).size, 0);
  console.log(`\nbench:start-phases — ${starts} restarts on a copy of ${data} (${(bytes / 1024 / 1024).toFixed(1)} MB); ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 16)}Z`);
  console.log(`ms from spawn (median; min–max)`);
  for (const name of names) {
    const xs = runs.map((r) => r.phases.get(name) ?? NaN).filter((x) => !Number.isNaN(x));
    console.log(`${name.padEnd(44)}${med(xs)}   ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`);
  }
  console.log(`${"/healthz 200 (from outside)".padEnd(44)}${med(runs.map((r) => r.healthyMs))}`);
  console.log(`${"first routing answer".padEnd(44)}${med(runs.map((r) => r.answerMs))}   ${runs.map((r) => r.answerMs.toFixed(0)).join(" ")}`);
  console.log(`${"CPU by then (bot + store process)".padEnd(44)}${med(runs.map((r) => r.cpuMs))}`);
  console.log(`${"baseline: bare node server, /healthz 200".padEnd(44)}${med(bare)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

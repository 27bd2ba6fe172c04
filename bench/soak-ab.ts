/*
 * bench:soak's load on several builds in one sitting, in alternating blocks (issue #19, goal 5): every build
 * runs as `npm start` runs it (its bundle, npm start's node flags, its store process), all started and warmed
 * up first, then block by block — A B C, C B A, A B C, … — each build takes the same block of the soak's load
 * (bench/soak-load.ts: questions 8 at once and approvals) while the others idle. So each build sees the
 * machine's other load in the same stretches, and a difference between builds is the builds'.
 * Per build and process (the bot, its store process), over its blocks: /healthz p50/p99 (timed from a client
 * process of its own), the bot's event-loop delay p99 of 5 s windows (its /healthz body), CPU ms per
 * question, and the garbage collections (bench/soak-stall-probe.ts: count, p99 and total pause by kind) and
 * event-loop stalls > 15 ms with how much of them was the process's own CPU.
 *   npm run bench:soak-ab -- --build new=dist/bundle --build old=dist/bundle-main
 *     [--rounds 4 --questions 500 --approvals 50 --env new:NAME=VALUE --flags old:"--max-semi-space-size=16"]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startFakeConnector } from "../tests/support/fake-connector";
import { HealthSampler, pct, sleep } from "./soak-support";
import { startBot, type Child } from "./soak-start";
import { approvals, APPROVERS, questions, warmUp } from "./soak-load";

const many = (name: string) => process.argv.flatMap((a, i) => (a === `--${name}` ? [process.argv[i + 1]!] : []));
const num = (name: string, fallback: number) => Number(many(name)[0] ?? fallback);

/** The CPU time (user + system) of one process alone, ms (/proc/<pid>/stat, ticks of 10 ms). */
function ownCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
}
const childOf = (pid: number) => Number(fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0]);
const usNow = () => Number(process.hrtime.bigint() / 1000n);

interface Build {
  name: string;
  dir: string;
  probeDir: string;
  dataDir: string;
  bot: Child;
  storePid: number;
  windows: [number, number][];
  cpu: { bot: number; store: number };
  questions: number;
}

const perBuild = (kind: "env" | "flags", name: string) => many(kind).filter((v) => v.startsWith(`${name}:`)).map((v) => v.slice(name.length + 1));

async function start(spec: string, probeRoot: string): Promise<Build> {
  const [name, dir] = spec.split("=") as [string, string];
  const probeDir = path.join(probeRoot, name);
  fs.mkdirSync(probeDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `samverkan-bench-soak-ab-${name}-`));
  const env = Object.fromEntries(perBuild("env", name).map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]));
  const flags = perBuild("flags", name).flatMap((f) => f.split(" ").filter(Boolean));
  const bot = await startBot(dataDir, { STALL_PROBE_DIR: probeDir, ...env }, path.resolve(dir, "main.js"), ["--require", path.join(__dirname, "soak-stall-probe.js"), ...flags]);
  return { name, dir, probeDir, dataDir, bot, storePid: childOf(bot.proc.pid!), windows: [], cpu: { bot: 0, store: 0 }, questions: 0 };
}

async function block(b: Build, health: HealthSampler, connector: Awaited<ReturnType<typeof startFakeConnector>>, nq: number, na: number, round: number): Promise<void> {
  health.retarget(b.bot.url);
  await sleep(1_000); // the sampler's connection moves over; the build's own idle seconds are not its block
  health.phase = b.name;
  const c0 = { bot: ownCpuMs(b.bot.proc.pid!), store: ownCpuMs(b.storePid) };
  const t0 = usNow();
  const far = Date.now() + 3_600_000;
  const [q] = await Promise.all([questions(() => b.bot, connector, nq, far, 8), approvals(b.dataDir, () => b.bot, connector, na, far, 1 + round * Math.ceil(na / APPROVERS))]);
  b.windows.push([t0, usNow()]);
  b.cpu.bot += ownCpuMs(b.bot.proc.pid!) - c0.bot;
  b.cpu.store += ownCpuMs(b.storePid) - c0.store;
  b.questions += q;
  health.phase = "between";
}

interface Probe {
  stalls: [number, number, number][];
  gcs: { kind: number; ms: number; at: number }[];
  heap?: [number, number, number][];
}

/** V8's GC kinds (perf_hooks constants.NODE_PERFORMANCE_GC_*). */
const GC_KIND: Record<number, string> = { 1: "minor", 4: "major", 8: "incremental", 16: "weakcb" };

function probeReport(label: string, file: string, windows: [number, number][], perQ: number): void {
  if (!fs.existsSync(file)) return console.log(`  ${label}: no probe file`);
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as Probe;
  const inside = (at: number) => windows.some(([a, b]) => at >= a && at <= b);
  const gcs = p.gcs.filter((g) => inside(g.at));
  const stalls = p.stalls.filter(([a]) => inside(a));
  const kinds = [...new Set(gcs.map((g) => g.kind))].sort();
  const gcText = kinds
    .map((k) => {
      const ms = gcs.filter((g) => g.kind === k).map((g) => g.ms);
      return `${GC_KIND[k] ?? k} ${ms.length} (${((ms.length / perQ) * 1000).toFixed(0)}/1k q), p50 ${pct(ms, 50).toFixed(1)} p99 ${pct(ms, 99).toFixed(1)} max ${Math.max(...ms).toFixed(1)}, sum ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms`;
    })
    .join("; ");
  const cpu = stalls.map(([, , c]) => c);
  const lens = stalls.map(([a, b]) => (b - a) / 1000);
  console.log(`  ${label} gc: ${gcText}`);
  const heap = (p.heap ?? []).filter(([at]) => inside(at));
  const newMb = heap.map(([, n]) => n);
  const oldMb = heap.map(([, , o]) => o);
  if (heap.length) console.log(`  ${label} heap during the blocks: new space p50 ${pct(newMb, 50).toFixed(1)} / max ${Math.max(...newMb).toFixed(1)} MB, old space used p50 ${pct(oldMb, 50).toFixed(0)} / max ${Math.max(...oldMb).toFixed(0)} MB`);
  console.log(`  ${label} stalls > 15 ms: ${stalls.length}, p50 ${pct(lens, 50).toFixed(1)} p99 ${pct(lens, 99).toFixed(1)} ms; own CPU in them p50 ${pct(cpu, 50).toFixed(1)} ms, with ≥ 15 ms own CPU ${cpu.filter((c) => c >= 15).length}`);
}

async function main(): Promise<void> {
  const specs = many("build");
  if (specs.length === 0) throw new Error("--build name=<bundle dir>, at least one");
  const rounds = num("rounds", 4);
  const nq = num("questions", 500);
  const na = num("approvals", 50);
  const probeRoot = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-soak-ab-probe-"));
  const connector = await startFakeConnector();
  const health = new HealthSampler("http://127.0.0.1:9", probeRoot);
  const builds: Build[] = [];
  for (const s of specs) builds.push(await start(s, probeRoot));
  for (const b of builds) await warmUp(b.dataDir, () => b.bot, connector);
  const t0 = Date.now();
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) await block(b, health, connector, nq, na, r);
    console.log(`round ${r + 1}/${rounds} done, ${((Date.now() - t0) / 1000).toFixed(0)} s, load ${os.loadavg()[0]!.toFixed(1)}`);
  }
  await health.stop();
  for (const b of builds) {
    const exited = new Promise((r) => b.bot.proc.once("exit", r));
    b.bot.proc.kill("SIGTERM");
    await exited;
  }
  await sleep(2_000); // the store processes end after their bots and write their probe files
  await connector.close();
  console.log(`\nbench:soak-ab — ${rounds} rounds of ${nq} questions + ${na} approvals per build, blocks alternating; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 16)}Z`);
  for (const b of builds) {
    const h = health.of(b.name);
    const loop = health.loopOf(b.name);
    console.log(`${b.name} (${b.dir}): /healthz p50 ${pct(h, 50).toFixed(1)} p99 ${pct(h, 99).toFixed(1)} ms (${h.length}); bot loop delay p99 of 5 s windows median ${pct(loop, 50).toFixed(1)} / p90 ${pct(loop, 90).toFixed(1)} ms; CPU per question bot ${(b.cpu.bot / b.questions).toFixed(2)} ms, store ${(b.cpu.store / b.questions).toFixed(2)} ms; block wall ${(b.windows.reduce((s, [a, z]) => s + z - a, 0) / 1e6).toFixed(0)} s`);
    probeReport("bot", path.join(b.probeDir, `stalls-${b.bot.proc.pid}.json`), b.windows, b.questions);
    probeReport("store", path.join(b.probeDir, `stalls-${b.storePid}.json`), b.windows, b.questions);
    fs.rmSync(b.dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

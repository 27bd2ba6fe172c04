/*
 * Where /healthz waits during bench:soak's load (issue #19, goal 5): the bot as `npm start` runs it, with
 * --cpu-prof in both its processes (the bot and the store process), under a part of the soak's load
 * (questions 8 at once and approvals, bench/soak-load.ts), /healthz timed meanwhile from a separate process
 * (bench/soak-health-worker.ts), then a clean stop (SIGTERM: the profiles are written on exit). Prints per
 * process the longest synchronous spans (runs of profile samples with no idle sample between them: how long
 * the event loop could not answer anything) with what ran in them, and the /healthz and event-loop figures.
 *   npm run build && node dist/bench/soak-profile.js [--questions 2000 --approvals 200 --bundle <dir> --keep <dir> --node-flags "<more flags>"]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startFakeConnector } from "../tests/support/fake-connector";
import { HealthSampler, pct } from "./soak-support";
import { startBot, useBundle } from "./soak-start";
import { approvals, questions, warmUp } from "./soak-load";
import { inWindows, longSpans, taskSpans, type CpuProfile, type CpuProfileTimed } from "./cpu-spans";

const arg = (name: string, fallback: string | undefined) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

async function main(): Promise<void> {
  const bundle = arg("bundle", undefined);
  if (bundle) useBundle(bundle);
  const nq = Number(arg("questions", "2000"));
  const na = Number(arg("approvals", "200"));
  const profDir = arg("keep", undefined) ?? fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-soak-prof-"));
  fs.mkdirSync(profDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-soak-prof-"));
  const connector = await startFakeConnector();
  const health = new HealthSampler("http://127.0.0.1:9", dataDir);
  let bot = await startBot(dataDir, { STALL_PROBE_DIR: profDir }, undefined, ["--cpu-prof", `--cpu-prof-dir=${profDir}`, "--require", path.join(__dirname, "soak-stall-probe.js"), ...(arg("node-flags", "") ?? "").split(" ").filter(Boolean)]);
  health.retarget(bot.url);
  const me = () => bot;
  await warmUp(dataDir, me, connector);
  health.phase = "load";
  const t0 = performance.now();
  const t0Us = Number(process.hrtime.bigint() / 1000n);
  const deadline = Date.now() + 30 * 60_000;
  const [q, a] = await Promise.all([questions(me, connector, nq, deadline, 8), approvals(dataDir, me, connector, na, deadline)]);
  const loadMs = performance.now() - t0;
  health.phase = "after";
  await health.stop();
  const exited = new Promise((r) => bot.proc.once("exit", r));
  bot.proc.kill("SIGTERM");
  await exited;
  await connector.close();
  // the store process ends after the bot: wait for its profile
  for (let i = 0; i < 100 && fs.readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile")).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  const h = health.of("load");
  const loop = health.loopOf("load");
  console.log(`${bundle ?? "dist/bundle"}: ${q} questions, ${a} approvals in ${(loadMs / 1000).toFixed(0)} s; load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`/healthz during the load p50 / p99 / max ${pct(h, 50).toFixed(1)} / ${pct(h, 99).toFixed(1)} / ${Math.max(...h).toFixed(1)} ms (${h.length}); the bot's loop delay p99 of 5 s windows: median ${pct(loop, 50)} ms, max ${Math.max(...loop)} ms`);
  for (const f of fs.readdirSync(profDir).filter((x) => x.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(fs.readFileSync(path.join(profDir, f), "utf8")) as CpuProfile;
    const r = longSpans(profile, 12);
    console.log(`\n${f}: busy ${(r.busyMs / 1000).toFixed(1)} s of ${(r.wallMs / 1000).toFixed(1)} s; spans ≥ 20 ms: ${r.over20}, ≥ 50 ms: ${r.over50}; span p99 ${r.p99.toFixed(1)} ms`);
    for (const s of r.top.slice(0, 4)) console.log(`  ${s.ms.toFixed(1).padStart(7)} ms  ${s.what}`);
    const tasks = taskSpans(profile).slice(Math.floor(taskSpans(profile).length * 0.1)); // the start is not the load
    const ms = tasks.map((t) => t.ms);
    console.log(`  tasks (approx.): ${tasks.length}, p99 ${pct(ms, 99).toFixed(1)} ms, ≥ 10 ms: ${ms.filter((x) => x >= 10).length}, ≥ 20 ms: ${ms.filter((x) => x >= 20).length}`);
    const byEntry = new Map<string, { n: number; ms: number; max: number }>();
    for (const t of tasks.filter((x) => x.ms >= 10)) {
      const e = byEntry.get(t.entry) ?? { n: 0, ms: 0, max: 0 };
      byEntry.set(t.entry, { n: e.n + 1, ms: e.ms + t.ms, max: Math.max(e.max, t.ms) });
    }
    for (const [entry, e] of [...byEntry].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) console.log(`    ≥ 10 ms under ${entry}: ${e.n}, max ${e.max.toFixed(1)} ms`);
  }
  stallReport(profDir, t0Us);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Per process: the stalls during the load (timer > 15 ms late), the GC pauses, and what the profile ran inside the stalls. */
function stallReport(profDir: string, fromUs: number): void {
  for (const f of fs.readdirSync(profDir).filter((x) => x.endsWith(".cpuprofile"))) {
    const pid = /\.(\d+)\.0\.\d+\.cpuprofile$/.exec(f)?.[1];
    const probe = path.join(profDir, `stalls-${pid}.json`);
    if (!fs.existsSync(probe)) continue;
    const { stalls, gcs } = JSON.parse(fs.readFileSync(probe, "utf8")) as { stalls: [number, number, number][]; gcs: { kind: number; ms: number; at: number }[] };
    const during = stalls.filter(([a]) => a >= fromUs);
    const lens = during.map(([a, b]) => (b - a) / 1000);
    const cpu = during.map(([, , c]) => c);
    const g = gcs.filter((x) => x.at >= fromUs);
    const gcKinds = new Map<number, number[]>();
    for (const x of g) gcKinds.set(x.kind, [...(gcKinds.get(x.kind) ?? []), x.ms]);
    console.log(`\npid ${pid}: stalls > 15 ms during the load: ${during.length}, p50 ${pct(lens, 50).toFixed(1)} / p90 ${pct(lens, 90).toFixed(1)} / max ${Math.max(0, ...lens).toFixed(1)} ms; CPU of the process in them p50 ${pct(cpu, 50).toFixed(1)} / p90 ${pct(cpu, 90).toFixed(1)} ms, stalls with ≥ 15 ms CPU: ${cpu.filter((c) => c >= 15).length}, ≥ 30 ms: ${cpu.filter((c) => c >= 30).length}`);
    for (const [kind, ms] of gcKinds) console.log(`  gc kind ${kind}: ${ms.length}, p50 ${pct(ms, 50).toFixed(1)} / p99 ${pct(ms, 99).toFixed(1)} / max ${Math.max(...ms).toFixed(1)} ms, in all ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
    const r = inWindows(JSON.parse(fs.readFileSync(path.join(profDir, f), "utf8")) as CpuProfileTimed, during.filter(([, , c]) => c >= 15).map(([a, b]) => [a, b] as [number, number]));
    console.log(`  inside the stalls with ≥ 15 ms CPU: ${r.samplesMs.toFixed(0)} ms of busy samples`);
    console.log(`  self: ${r.self.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(", ")}`);
    console.log(`  ours (incl.): ${r.ours.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(", ")}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/*
 * Data that grows (issue #19, goal 5): the bot as a separate process (dist/bundle/main.js, as `npm start`
 * runs it) on the embedded store, fresh, after 10,000 routing questions and 1,000 approvals over HTTP
 * (bench/soak-load.ts), and after the expiry sweeper ran (the bot restarted with SAMVERKAN_NOW 400 days
 * on, past every retention), in the same run, against baselines in the same run: a bare node HTTP server
 * (process start, /healthz) and a process that only loads the bot's code.
 * "Restart" is kill -9, then a new process on the same DATA_DIR, timed from spawn: until /healthz answers
 * 200 (node start, module loading, the store's open — snapshot load and journal replay —, composition,
 * the catalog and its router index, background jobs started) and until a routing question's answer has
 * been posted back (that plus the first turn).
 * Printed besides: RSS, the store's open alone, /healthz p50/p99 idle, during the load, during snapshot
 * writes and right after a restart, what an idle bot writes to DATA_DIR in 10 s, a `samverkan route` call.
 * Goals: RSS ≤ 1.5× fresh, restart ≤ 2 s, /healthz p99 ≤ 20 ms.
 *   npm run bench:soak [-- --questions 10000 --approvals 1000 --concurrency 8 --max-minutes 30 --bundle dist/bundle]
 * (--bundle: another build's bundle, e.g. main's copied to dist/bundle-main, for a before/after in one sitting)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../src/config/config";
import { openStore } from "../src/storage/store";
import { startFakeConnector, type FakeConnector } from "../tests/support/fake-connector";
import { childRssMb, cliRouteMs, diskState, HealthSampler, outboxDrained, pct, rssMb, sleep } from "./soak-support";
import { restartAfterKill9, startBare, startBot, startModulesOnly, useBundle, type Child } from "./soak-start";
import { approvals, questions, ROUTE_QUESTION, warmUp } from "./soak-load";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
interface Figures {
  /** The bot and its store process together (npm start forks the embedded store). */
  rss: number;
  /** Of it, the store process. */
  rssStore: number;
  /** After the 10 s idle (V8 gives memory back only after a while idle). */
  rssIdle: number;
  idle: number[];
  idleWrites: { journalBytes: number; snapshots: number };
  routeMs: number;
  storeOpenMs: number;
  restartMs: number;
  answerMs: number;
  restartCpuMs: number;
  afterRestart: number[];
  rssAfterRestart: number;
  snapshotBytes: number;
}

/** Opening a copy of DATA_DIR as kill -9 left it: loading the snapshot and replaying the journal, alone. */
async function storeOpenMs(dataDir: string): Promise<number> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-soak-copy-"));
  for (const f of fs.readdirSync(dataDir)) if (f !== "store.lock") fs.copyFileSync(path.join(dataDir, f), path.join(copy, f));
  const t0 = performance.now();
  const store = await openStore(loadConfig({ DATA_DIR: copy, LOG_LEVEL: "silent" }), { owner: "bot", sweepMs: 0 });
  const ms = performance.now() - t0;
  await store.close();
  fs.rmSync(copy, { recursive: true, force: true });
  return ms;
}

/** Settles, then RSS, 10 s idle (health and what reaches the disk), a CLI route call, kill -9 and restart. */
async function measure(bot: Child, dataDir: string, health: HealthSampler, connector: FakeConnector, label: string): Promise<{ bot: Child; f: Figures }> {
  const drainMs = await outboxDrained(dataDir);
  console.log(`${label}: the outbox drained in ${(drainMs / 1000).toFixed(0)} s`);
  await sleep(3_000);
  const rss = rssMb(bot.proc.pid!);
  const rssStore = childRssMb(bot.proc.pid!);
  health.phase = `${label} idle`;
  const d0 = diskState(dataDir);
  await sleep(10_000);
  const d1 = diskState(dataDir);
  const rssIdle = rssMb(bot.proc.pid!);
  const idleWrites = { journalBytes: d1.journalBytes - d0.journalBytes, snapshots: d0.snapshot === d1.snapshot ? 0 : 1 };
  health.phase = `${label} cli`;
  const routeMs = await cliRouteMs(dataDir, ROUTE_QUESTION);
  const storeOpen = await storeOpenMs(dataDir);
  health.phase = `${label} restart`;
  const restart = await restartAfterKill9(bot, dataDir, connector, ROUTE_QUESTION);
  const next = restart.bot;
  health.retarget(next.url);
  // Right after start the replayed journal is folded into a snapshot in the background.
  health.phase = `${label} after restart`;
  await sleep(5_000);
  health.phase = "between";
  const snapshot = path.join(dataDir, "snapshot.ndjson");
  return {
    bot: next,
    f: {
      rss,
      rssStore,
      rssIdle,
      idle: health.of(`${label} idle`),
      idleWrites,
      routeMs,
      storeOpenMs: storeOpen,
      restartMs: restart.healthyMs,
      answerMs: restart.answerMs,
      restartCpuMs: restart.cpuMs,
      afterRestart: health.of(`${label} after restart`),
      rssAfterRestart: rssMb(next.proc.pid!),
      snapshotBytes: fs.existsSync(snapshot) ? fs.statSync(snapshot).size : 0,
    },
  };
}

interface Baseline {
  bareStartMs: number;
  modulesStartMs: number;
  health: number[];
}

const median = (xs: number[]) => pct(xs, 50);

/** The baselines: a bare node HTTP server (start, /healthz for 10 s) and a process that only loads the bot's code (3 starts each). */
async function baseline(health: HealthSampler): Promise<Baseline> {
  const bare: number[] = [];
  const modules: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = await startBare();
    bare.push(b.healthyMs);
    if (i === 0) {
      health.retarget(b.url);
      health.phase = "baseline idle";
      await sleep(10_000);
      health.phase = "between";
    }
    b.proc.kill("SIGKILL");
    const m = await startModulesOnly();
    modules.push(m.healthyMs);
    m.proc.kill("SIGKILL");
  }
  return { bareStartMs: median(bare), modulesStartMs: median(modules), health: health.of("baseline idle") };
}

/**
 * After the sweeper ran: the bot restarted with its clock 400 days on (SAMVERKAN_NOW), past every
 * retention, so that questions' reports and sent outbox items expire; RSS once the sweep is done, then
 * kill -9 and a restart on the swept store.
 */
async function afterSweep(bot: Child, dataDir: string, health: HealthSampler, connector: FakeConnector): Promise<{ bot: Child; rss: number; restartMs: number; answerMs: number; restartCpuMs: number; snapshotBytes: number }> {
  const env = { SAMVERKAN_NOW: new Date(Date.now() + 400 * 86_400_000).toISOString() };
  const first = await restartAfterKill9(bot, dataDir, connector, ROUTE_QUESTION, env);
  health.retarget(first.bot.url);
  health.phase = "sweep";
  await sleep(20_000); // the first sweep runs a few seconds after start; its deletions are then folded into a snapshot
  const rss = rssMb(first.bot.proc.pid!);
  const snapshot = path.join(dataDir, "snapshot.ndjson");
  const snapshotBytes = fs.existsSync(snapshot) ? fs.statSync(snapshot).size : 0;
  health.phase = "between";
  const second = await restartAfterKill9(first.bot, dataDir, connector, ROUTE_QUESTION, env);
  health.retarget(second.bot.url);
  return { bot: second.bot, rss, restartMs: second.healthyMs, answerMs: second.answerMs, restartCpuMs: second.cpuMs, snapshotBytes };
}

async function main() {
  const nQuestions = arg("questions", 10_000);
  const nApprovals = arg("approvals", 1_000);
  const concurrency = arg("concurrency", 8);
  const maxMinutes = arg("max-minutes", 30);
  const bundleAt = process.argv.indexOf("--bundle");
  if (bundleAt >= 0) useBundle(process.argv[bundleAt + 1]!);
  console.log(`the bot: ${bundleAt >= 0 ? process.argv[bundleAt + 1] : "dist/bundle"}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-soak-"));
  const connector = await startFakeConnector();
  const health = new HealthSampler("http://127.0.0.1:9", dataDir);
  const base = await baseline(health);
  console.log(`baseline: bare node start ${base.bareStartMs.toFixed(0)} ms, the bot's modules loaded ${base.modulesStartMs.toFixed(0)} ms`);
  let bot = await startBot(dataDir);
  health.retarget(bot.url);
  const me = () => bot;
  await warmUp(dataDir, me, connector);
  const fresh = await measure(bot, dataDir, health, connector, "fresh");
  bot = fresh.bot;
  console.log(`fresh: RSS ${fresh.f.rss.toFixed(0)} MB, restart ${fresh.f.restartMs.toFixed(0)} ms, route ${fresh.f.routeMs.toFixed(0)} ms`);

  const t0 = performance.now();
  const deadline = Date.now() + maxMinutes * 60_000;
  health.phase = "load";
  // the highest RSS while the load runs (the figure after it is read once the bot has been idle 3 s)
  let peak = { rss: 0, store: 0 };
  const peakTimer = setInterval(() => {
    const pid = bot.proc.pid!;
    const rss = rssMb(pid);
    if (rss > peak.rss) peak = { rss, store: childRssMb(pid) };
  }, 500);
  const [q, a] = await Promise.all([questions(me, connector, nQuestions, deadline, concurrency), approvals(dataDir, me, connector, nApprovals, deadline)]).finally(() => clearInterval(peakTimer));
  const loadS = (performance.now() - t0) / 1000;
  console.log(`loaded: ${q} questions, ${a} approvals in ${loadS.toFixed(0)} s`);
  const loaded = await measure(bot, dataDir, health, connector, "loaded");
  const swept = await afterSweep(loaded.bot, dataDir, health, connector);
  await health.stop();
  swept.bot.proc.kill("SIGTERM");
  await connector.close();
  report(base, fresh.f, loaded.f, swept, health, { q, a, loadS, nQuestions, nApprovals, concurrency, peak });
}

function report(
  base: Baseline,
  a: Figures,
  b: Figures,
  c: { rss: number; restartMs: number; answerMs: number; restartCpuMs: number; snapshotBytes: number },
  health: HealthSampler,
  run: { q: number; a: number; loadS: number; nQuestions: number; nApprovals: number; concurrency: number; peak: { rss: number; store: number } },
): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const p = (xs: number[]) => (xs.length === 0 ? "no samples" : `${pct(xs, 50).toFixed(1)} / ${pct(xs, 99).toFixed(1)} (${xs.length})`);
  const x = (y: number, z: number) => `${(y / z).toFixed(2)}×`;
  const row = (name: string, ...cols: string[]) => console.log(`${name.padEnd(46)}${cols.map((col) => col.padStart(19)).join("")}`);
  const reached = run.q >= run.nQuestions && run.a >= run.nApprovals ? "" : ` — NOT REACHED (goal ${run.nQuestions} / ${run.nApprovals}: stopped by --max-minutes)`;
  console.log(`\nbench:soak — ${run.q} questions (${run.concurrency} at once, +${Math.floor(run.q / 20)} "Fel grupp?"), ${run.a} approvals over HTTP in ${run.loadS.toFixed(0)} s${reached}; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 16)}Z`);
  row("figure", "baseline", "fresh", "after load", "after expiry", "load/fresh");
  row("RSS (bot + store process)", "", `${a.rss.toFixed(0)} MB`, `${b.rss.toFixed(0)} MB`, `${c.rss.toFixed(0)} MB`, x(b.rss, a.rss));
  row("  of it the bot process", "", `${(a.rss - a.rssStore).toFixed(0)} MB`, `${(b.rss - b.rssStore).toFixed(0)} MB`, "", x(b.rss - b.rssStore, a.rss - a.rssStore));
  row("  of it the store process", "", `${a.rssStore.toFixed(0)} MB`, `${b.rssStore.toFixed(0)} MB`, "", x(b.rssStore, a.rssStore));
  row("RSS at its highest during the load (bot + store)", "", "", `${run.peak.rss.toFixed(0)} MB`, "", x(run.peak.rss, a.rss));
  row("  of it the store process", "", "", `${run.peak.store.toFixed(0)} MB`, "", x(run.peak.store, a.rssStore));
  row("RSS 10 s later, idle", "", `${a.rssIdle.toFixed(0)} MB`, `${b.rssIdle.toFixed(0)} MB`, "", x(b.rssIdle, a.rssIdle));
  row("RSS after a restart", "", `${a.rssAfterRestart.toFixed(0)} MB`, `${b.rssAfterRestart.toFixed(0)} MB`, "", x(b.rssAfterRestart, a.rssAfterRestart));
  row("restart after kill -9: until a routing answer", "", ms(a.answerMs), ms(b.answerMs), ms(c.answerMs), x(b.answerMs, a.answerMs));
  row("  CPU used by then (bot + store process)", "", ms(a.restartCpuMs), ms(b.restartCpuMs), ms(c.restartCpuMs), x(b.restartCpuMs, a.restartCpuMs));
  row("  of it: until /healthz 200", ms(base.bareStartMs), ms(a.restartMs), ms(b.restartMs), ms(c.restartMs), x(b.restartMs, a.restartMs));
  row("  of it: the bot's modules loaded", ms(base.modulesStartMs), "", "", "");
  row("  of it: store open (snapshot + journal)", "", ms(a.storeOpenMs), ms(b.storeOpenMs), "", x(b.storeOpenMs, a.storeOpenMs));
  row("samverkan route (a process, attached)", "", ms(a.routeMs), ms(b.routeMs), "", x(b.routeMs, a.routeMs));
  row("/healthz p50 / p99 ms (n), idle", p(base.health), p(a.idle), p(b.idle));
  row("/healthz during the load", "", "", p(health.of("load")));
  row("  the bot's event-loop delay p99 of 5 s windows", "", "", p(health.loopOf("load")));
  row("/healthz while a snapshot is written", "", "", p(health.of(/./, true)));
  row("  the bot's event-loop delay p99 of 5 s windows", "", "", p(health.loopOf(/./, true)));
  row("/healthz 5 s after restart", "", p(a.afterRestart), p(b.afterRestart));
  row("/healthz while the sweep runs (20 s)", "", "", "", p(health.of("sweep")));
  row("idle 10 s: journal bytes / snapshots", "", `${a.idleWrites.journalBytes} / ${a.idleWrites.snapshots}`, `${b.idleWrites.journalBytes} / ${b.idleWrites.snapshots}`);
  row("snapshot size", "", `${(a.snapshotBytes / 1024).toFixed(0)} KB`, `${(b.snapshotBytes / 1024 / 1024).toFixed(1)} MB`, `${(c.snapshotBytes / 1024 / 1024).toFixed(1)} MB`);
  console.log("baseline: a bare node HTTP server (start, /healthz), a process that only loads the bot's code (median of 3 starts).");
  console.log("RSS is read 3 s after the load's posts were sent, bot + store process (what the bot uses: npm start forks the store); at its highest: sampled every 0.5 s during the load.");
  console.log("goals: RSS ≤ 1.5× fresh, restart ≤ 2 s (kill -9 until the first routing answer is posted), /healthz p99 ≤ 20 ms (also while a snapshot is written), idle writes 0");
  console.log("/healthz is timed from a client process of its own (the load is driven from this one); the bot's event-loop delay comes from its /healthz body (bot/loop-delay.ts).");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/*
 * Data that grows (issue #19, goal 5): the bot as a separate process on the embedded store, fresh and
 * after 10,000 routing questions and 1,000 approvals, in the same run. The questions are real turns
 * over HTTP (8 at once, 300 users in 5 tenants, every 20th followed by a "Fel grupp?" report through its
 * card action); the approvals are real card clicks (minutes.approve) by 10 approvers on minutes posted
 * to a home channel, 4 minutes at a time (meetings and minutes are prepared through the services, as the
 * CLI does). Printed, fresh against loaded: RSS, restart after kill -9 (module load + snapshot + journal
 * replay), the store's open alone, /healthz p50/p99 idle, during the load, during snapshot writes and
 * after a restart (while the replayed journal is folded into a snapshot), what an idle bot writes to
 * DATA_DIR in 10 s, and a `samverkan route` call as a user runs it.
 * Goals: RSS ≤ 1.5× fresh, restart ≤ 2 s, /healthz p99 ≤ 20 ms.
 *   npm run bench:soak [-- --questions 10000 --approvals 1000 --max-minutes 30]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { fixedClock, systemClock } from "../src/domain/clock";
import { openStore } from "../src/storage/store";
import { compose } from "../src/compose";
import { cardRenderers } from "../cards/renderers";
import type { Actor } from "../src/domain/actor";
import { startFakeConnector, type FakeConnector } from "../tests/support/fake-connector";
import { activity, post } from "../tests/support/harness";
import { cliRouteMs, diskState, HealthSampler, kill9, outboxDrained, pct, rssMb, sleep, startBot, type Child } from "./soak-support";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:soak@thread.tacv2";
const APPROVERS = 10;
const ROUTE_QUESTION = "Vem ansvarar för samordning av utskrivning från slutenvården i Västmanland?";
const TOPICS = ["utskrivning från slutenvården", "kompetensförsörjning", "läkemedelsförsörjning", "psykiatri för barn och unga", "ambulanssjukvård", "digitala vårdtjänster", "hjälpmedel", "missbruksvård", "primärvårdens uppdrag", "vårdhygien", "cancervård", "tandvård för äldre"];
const PLACES = ["", " i Västmanland", " i regionen", " i sjukvårdsregionen", " för kommunerna"];
const MINUTES = `# Protokoll
Närvarande: Sara Sekreterare

## 1. Mötets öppnande
Ordföranden öppnade mötet.

## 2. Gemensam rutin för utskrivning
Gruppen diskuterade rutinen för utskrivning från slutenvården och hur den ska följas upp under året.
Beslut: Rutinen antas.
`;
const approver = (k: number) => ({ userId: `29:adj-${k}`, aadObjectId: `aad-adj-${k}`, userName: `Justerare ${k}`, tenantId: "tenant-1" });

interface Figures {
  rss: number;
  idle: number[];
  idleWrites: { journalBytes: number; snapshots: number };
  routeMs: number;
  storeOpenMs: number;
  restartMs: number;
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
async function measure(bot: Child, dataDir: string, health: HealthSampler, label: string): Promise<{ bot: Child; f: Figures }> {
  const drainMs = await outboxDrained(dataDir);
  console.log(`${label}: the outbox drained in ${(drainMs / 1000).toFixed(0)} s`);
  await sleep(3_000);
  const rss = rssMb(bot.proc.pid!);
  health.phase = `${label} idle`;
  const d0 = diskState(dataDir);
  await sleep(10_000);
  const d1 = diskState(dataDir);
  const idleWrites = { journalBytes: d1.journalBytes - d0.journalBytes, snapshots: d0.snapshot === d1.snapshot ? 0 : 1 };
  health.phase = `${label} cli`;
  const routeMs = await cliRouteMs(dataDir, ROUTE_QUESTION);
  const storeOpen = await storeOpenMs(dataDir);
  health.phase = `${label} restart`;
  await kill9(bot);
  const next = await startBot(dataDir);
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
      idle: health.of(`${label} idle`),
      idleWrites,
      routeMs,
      storeOpenMs: storeOpen,
      restartMs: next.startedMs,
      afterRestart: health.of(`${label} after restart`),
      rssAfterRestart: rssMb(next.proc.pid!),
      snapshotBytes: fs.existsSync(snapshot) ? fs.statSync(snapshot).size : 0,
    },
  };
}

async function questions(bot: () => Child, connector: FakeConnector, n: number, deadline: number): Promise<number> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < n && Date.now() < deadline; i = next++) {
        const who = { userId: `29:user-${i % 300}`, aadObjectId: `aad-user-${i % 300}`, userName: `Användare ${i % 300}`, tenantId: `tenant-${i % 5}`, locale: "sv-SE" };
        const text = `Vem ansvarar för ${TOPICS[i % TOPICS.length]}${PLACES[(i >> 3) % PLACES.length]}? (${i})`;
        const r = await post(bot(), activity(connector, { text, ...who }));
        if (r.status >= 300) throw new Error(`question ${i}: ${r.status}`);
        if (i % 20 === 19) {
          const data = { question: text, status: "owner", ownerId: GROUP, candidateIds: GROUP, correctGroupId: GROUP, lang: "sv", comment: "Fel grupp enligt mig" };
          const f = await post(bot(), activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, value: { action: { type: "Action.Execute", verb: "routing.feedback", data }, trigger: "manual" } }));
          if (f.status >= 300) throw new Error(`feedback ${i}: ${f.status}`);
        }
        done++;
        if (done % 500 === 0) connector.reset(); // the fake connector keeps what it receives
      }
    }),
  );
  return done;
}

async function approvals(dataDir: string, bot: () => Child, connector: FakeConnector, n: number, deadline: number): Promise<number> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const store = await openStore(config, { owner: "cli" });
  const s = compose({ config, clock: systemClock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  // Approval is asked for after a meeting is held, and meetings are planned ahead: plan them a year back.
  const planner = compose({ config, clock: fixedClock(new Date(Date.now() - 365 * 86_400_000)), store, logger: pino({ level: "silent" }) }, cardRenderers);
  const admin: Actor = { userId: "cli:bench", name: "bench", isAdmin: true };
  let done = 0;
  try {
    for (let k = 0; k < APPROVERS; k++) await s.agenda.assignRole(admin, GROUP, "adjuster", { aadObjectId: approver(k).aadObjectId, name: approver(k).userName, tenantId: "tenant-1" } as never);
    const rounds = Math.ceil(n / APPROVERS);
    let nextRound = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let m = nextRound++; m < rounds && Date.now() < deadline; m = nextRound++) {
          const at = new Date(Date.now() - (m + 2) * 86_400_000).toISOString().slice(0, 11) + "13:00";
          const meeting = await planner.agenda.createMeeting(admin, GROUP, { at });
          if (!meeting.ok) throw new Error(`meeting: ${JSON.stringify(meeting)}`);
          const loaded = await s.minutes.load(admin, meeting.meeting.id, MINUTES, { via: "cli" });
          if (!loaded.ok) throw new Error(`minutes: ${JSON.stringify(loaded)}`);
          const requested = await s.minutes.request(admin, GROUP, loaded.minutes.id, "cli");
          if (!requested.ok) throw new Error(`request: ${JSON.stringify(requested)}`);
          for (let k = 0; k < APPROVERS && m * APPROVERS + k < n; k++) {
            const data = { groupId: GROUP, minutesId: loaded.minutes.id, version: loaded.minutes.version };
            const r = await post(bot(), activity(connector, { type: "invoke", name: "adaptiveCard/action", ...approver(k), locale: "sv-SE", value: { action: { type: "Action.Execute", verb: "minutes.approve", data }, trigger: "manual" } }));
            if (r.status >= 300 || !/godkän|approv/i.test(JSON.stringify(r.body))) throw new Error(`approval ${m}/${k}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
            done++;
          }
        }
      }),
    );
  } finally {
    await store.close();
  }
  return done;
}

async function main() {
  const nQuestions = arg("questions", 10_000);
  const nApprovals = arg("approvals", 1_000);
  const maxMinutes = arg("max-minutes", 30);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-soak-"));
  const connector = await startFakeConnector();
  let bot = await startBot(dataDir);
  const health = new HealthSampler(bot.url, dataDir);
  const me = () => bot;
  // Warm-up, part of "fresh": the home channel, every approver known to the bot, 20 questions, one approval round.
  const channel = { conversationType: "channel" as const, conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:soak-team@thread.tacv2" } }, locale: "sv-SE", aadObjectId: "aad-admin" };
  await post(bot, activity(connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", ...channel }));
  for (let k = 0; k < APPROVERS; k++) await post(bot, activity(connector, { text: "hjälp", ...approver(k) }));
  const far = Date.now() + 3_600_000;
  await questions(me, connector, 20, far);
  await approvals(dataDir, me, connector, APPROVERS, far);
  const fresh = await measure(bot, dataDir, health, "fresh");
  bot = fresh.bot;
  console.log(`fresh: RSS ${fresh.f.rss.toFixed(0)} MB, restart ${fresh.f.restartMs.toFixed(0)} ms, route ${fresh.f.routeMs.toFixed(0)} ms`);

  const t0 = performance.now();
  const deadline = Date.now() + maxMinutes * 60_000;
  health.phase = "load";
  const [q, a] = await Promise.all([questions(me, connector, nQuestions, deadline), approvals(dataDir, me, connector, nApprovals, deadline)]);
  const loadS = (performance.now() - t0) / 1000;
  console.log(`loaded: ${q} questions, ${a} approvals in ${loadS.toFixed(0)} s`);
  const loaded = await measure(bot, dataDir, health, "loaded");
  bot = loaded.bot;
  await health.stop();
  bot.proc.kill("SIGTERM");
  await connector.close();
  report(fresh.f, loaded.f, health, { q, a, loadS, nQuestions, nApprovals });
}

function report(a: Figures, b: Figures, health: HealthSampler, run: { q: number; a: number; loadS: number; nQuestions: number; nApprovals: number }): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const p = (xs: number[]) => (xs.length === 0 ? "no samples" : `${pct(xs, 50).toFixed(1)} / ${pct(xs, 99).toFixed(1)} (${xs.length})`);
  const row = (name: string, x: string, y: string, ratio = "") => console.log(`${name.padEnd(44)} ${x.padStart(20)} ${y.padStart(20)} ${ratio.padStart(8)}`);
  const reached = run.q >= run.nQuestions && run.a >= run.nApprovals ? "" : ` — NOT REACHED (goal ${run.nQuestions} / ${run.nApprovals}: stopped by --max-minutes)`;
  console.log(`\nbench:soak — ${run.q} questions (+${Math.floor(run.q / 20)} "Fel grupp?"), ${run.a} approvals over HTTP in ${run.loadS.toFixed(0)} s${reached}; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 10)}`);
  row("figure", "fresh", "after load", "ratio");
  row("RSS", `${a.rss.toFixed(0)} MB`, `${b.rss.toFixed(0)} MB`, `${(b.rss / a.rss).toFixed(2)}×`);
  row("RSS after a restart", `${a.rssAfterRestart.toFixed(0)} MB`, `${b.rssAfterRestart.toFixed(0)} MB`, `${(b.rssAfterRestart / a.rssAfterRestart).toFixed(2)}×`);
  row("restart after kill -9 (spawn until listening)", ms(a.restartMs), ms(b.restartMs), `${(b.restartMs / a.restartMs).toFixed(2)}×`);
  row("  of it: store open (snapshot + journal)", ms(a.storeOpenMs), ms(b.storeOpenMs), `${(b.storeOpenMs / a.storeOpenMs).toFixed(2)}×`);
  row("samverkan route (a process, attached)", ms(a.routeMs), ms(b.routeMs), `${(b.routeMs / a.routeMs).toFixed(2)}×`);
  row("/healthz p50 / p99 ms (n), idle", p(a.idle), p(b.idle));
  row("/healthz during the load", "", p(health.of("load")));
  row("/healthz while a snapshot is written", "", p(health.samples.filter((s) => s.duringSnapshot).map((s) => s.ms)));
  row("/healthz 5 s after restart (journal folded)", p(a.afterRestart), p(b.afterRestart));
  row("idle 10 s: journal bytes / snapshots written", `${a.idleWrites.journalBytes} / ${a.idleWrites.snapshots}`, `${b.idleWrites.journalBytes} / ${b.idleWrites.snapshots}`);
  row("snapshot size", `${(a.snapshotBytes / 1024).toFixed(0)} KB`, `${(b.snapshotBytes / 1024 / 1024).toFixed(1)} MB`);
  console.log("goals: RSS ≤ 1.5× fresh, restart ≤ 2 s, /healthz p99 ≤ 20 ms (also while a snapshot is written), idle writes 0");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/*
 * Data that grows (issue #19, goal 5): the bot as a separate process on the embedded store, fresh and
 * after 10,000 routing questions and 1,000 approvals, in the same run. Prints RSS, restart time after
 * kill -9 (snapshot + journal replay), and /healthz p50/p99 idle and in the seconds after that restart,
 * while the replayed journal is folded into a new snapshot. Goals: RSS ≤ 1.5× fresh, restart ≤ 2 s,
 * /healthz p99 ≤ 20 ms. The load is written through the same services a turn and a click use (attached
 * to the running bot's store, as the CLI does), not through HTTP turns: this measures storage, not routing.
 *   npm run bench:soak [-- --questions 10000 --approvals 1000]
 */
import { spawn, type ChildProcess } from "node:child_process";
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

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const APPROVERS = 10;
const MINUTES = `# Protokoll
Närvarande: Sara Sekreterare

## 1. Mötets öppnande
Ordföranden öppnade mötet.

## 2. Gemensam rutin för utskrivning
Gruppen diskuterade rutinen för utskrivning från slutenvården och hur den ska följas upp under året.
Beslut: Rutinen antas.
`;

interface Child {
  proc: ChildProcess;
  url: string;
  startedMs: number;
}

/** bot/main as a child: the compiled file under dist/, or the TypeScript source through ts-register. */
async function startBot(dataDir: string): Promise<Child> {
  const compiled = path.join(__dirname, "..", "bot", "main.js");
  const args = fs.existsSync(compiled)
    ? [compiled]
    : ["-r", path.join(__dirname, "..", "tests", "durability", "ts-register.js"), path.join(__dirname, "..", "bot", "main.ts")];
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { env: { ...process.env, PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listens on (http:\/\/[^\s]+)\/api\/messages/.exec(out);
      if (m) resolve(m[1]!);
    });
    proc.once("exit", (code) => reject(new Error(`the bot exited (${code})`)));
  });
  return { proc, url, startedMs: performance.now() - t0 };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** /healthz latencies, one request every `gapMs` for `ms`. */
async function healthz(url: string, ms: number, gapMs = 10): Promise<number[]> {
  const lat: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t = performance.now();
    const res = await fetch(`${url}/healthz`);
    await res.text();
    lat.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return lat;
}

async function kill9AndRestart(bot: Child, dataDir: string): Promise<{ bot: Child; restartMs: number; afterRestart: number[] }> {
  const exited = new Promise((r) => bot.proc.once("exit", r));
  bot.proc.kill("SIGKILL");
  await exited;
  const next = await startBot(dataDir);
  // Right after start the replayed journal is folded into a snapshot in the background.
  const afterRestart = await healthz(next.url, 3_000);
  return { bot: next, restartMs: next.startedMs, afterRestart };
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

interface Figures {
  storeOpenMs: number;
  rss: number;
  idle: number[];
  restartMs: number;
  afterRestart: number[];
  rssAfterRestart: number;
  snapshotBytes: number;
}

async function measure(bot: Child, dataDir: string): Promise<{ bot: Child; f: Figures }> {
  await new Promise((r) => setTimeout(r, 2_000));
  const rss = rssMb(bot.proc.pid!);
  const idle = await healthz(bot.url, 3_000);
  const storeOpen = await storeOpenMs(dataDir);
  const r = await kill9AndRestart(bot, dataDir);
  const snapshot = path.join(dataDir, "snapshot.ndjson");
  return {
    bot: r.bot,
    f: { storeOpenMs: storeOpen, rss, idle, restartMs: r.restartMs, afterRestart: r.afterRestart, rssAfterRestart: rssMb(r.bot.proc.pid!), snapshotBytes: fs.existsSync(snapshot) ? fs.statSync(snapshot).size : 0 },
  };
}

async function load(dataDir: string, questions: number, approvals: number): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const store = await openStore(config, { owner: "cli" });
  const s = compose({ config, clock: systemClock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  // Approval is asked for after a meeting is held, and meetings are planned ahead: plan them a year back.
  const planner = compose({ config, clock: fixedClock(new Date(Date.now() - 365 * 86_400_000)), store, logger: pino({ level: "silent" }) }, cardRenderers);
  const admin: Actor = { userId: "cli:bench", name: "bench", isAdmin: true };
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let i = next++; i < questions; i = next++) {
          // routing questions are no longer stored; a "Fel grupp?" report is what each would write at most
          await s.feedback.record({
            tenantId: `tenant-${i % 5}`,
            userId: `user-${i % 300}`,
            question: `Vem ansvarar för fråga nummer ${i} om samverkan kring utskrivning och uppföljning i länet?`,
            lang: "sv",
            answer: { status: "owner", ownerId: GROUP, candidateIds: [GROUP] },
            correctGroupId: GROUP,
          });
        }
      }),
    );
    const people = Array.from({ length: APPROVERS }, (_, k) => ({ aadObjectId: `aad-adj-${k}`, name: `Justerare ${k}`, tenantId: "tenant-1" }));
    for (const p of people) await s.agenda.assignRole(admin, GROUP, "adjuster", p as never);
    const rounds = Math.ceil(approvals / APPROVERS);
    for (let m = 0; m < rounds; m++) {
      const at = new Date(Date.now() - (m + 2) * 86_400_000).toISOString().slice(0, 11) + "13:00";
      const meeting = await planner.agenda.createMeeting(admin, GROUP, { at });
      if (!meeting.ok) throw new Error(`meeting: ${JSON.stringify(meeting)}`);
      const loaded = await s.minutes.load(admin, meeting.meeting.id, MINUTES, { via: "cli" });
      if (!loaded.ok) throw new Error(`minutes: ${JSON.stringify(loaded)}`);
      const requested = await s.minutes.request(admin, GROUP, loaded.minutes.id, "cli");
      if (!requested.ok) throw new Error(`request: ${JSON.stringify(requested)}`);
      await Promise.all(
        people.map((p) =>
          s.minutes.approve({ userId: p.aadObjectId, aadObjectId: p.aadObjectId, name: p.name, tenantId: "tenant-1", isAdmin: false } as Actor, GROUP, loaded.minutes.id, loaded.minutes.version, "teams"),
        ),
      );
    }
  } finally {
    await store.close();
  }
}

async function main() {
  const questions = arg("questions", 10_000);
  const approvals = arg("approvals", 1_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-soak-"));
  let bot = await startBot(dataDir);
  const fresh = await measure(bot, dataDir);
  bot = fresh.bot;
  console.log(`fresh: ${JSON.stringify({ ...fresh.f, idle: undefined, afterRestart: undefined, idleP99: pct(fresh.f.idle, 99), afterRestartP99: pct(fresh.f.afterRestart, 99) })}`);
  const t0 = performance.now();
  await load(dataDir, questions, approvals);
  const loadS = (performance.now() - t0) / 1000;
  console.log(`loaded in ${loadS.toFixed(0)} s`);
  // Let the outbox settle (the approval requests queue posts that cannot be delivered here).
  await new Promise((r) => setTimeout(r, 5_000));
  const loaded = await measure(bot, dataDir);
  bot = loaded.bot;
  bot.proc.kill("SIGTERM");

  const a = fresh.f;
  const b = loaded.f;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const row = (name: string, x: string, y: string, ratio = "") => console.log(`${name.padEnd(40)} ${x.padStart(12)} ${y.padStart(14)} ${ratio.padStart(8)}`);
  console.log(`bench:soak — ${questions} questions, ${approvals} approvals (written in ${loadS.toFixed(0)} s), ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`);
  row("figure", "fresh", "after load", "ratio");
  row("RSS", `${a.rss.toFixed(0)} MB`, `${b.rss.toFixed(0)} MB`, `${(b.rss / a.rss).toFixed(2)}×`);
  row("RSS after a restart", `${a.rssAfterRestart.toFixed(0)} MB`, `${b.rssAfterRestart.toFixed(0)} MB`, `${(b.rssAfterRestart / a.rssAfterRestart).toFixed(2)}×`);
  row("store open after kill -9 (snapshot+journal)", ms(a.storeOpenMs), ms(b.storeOpenMs), `${(b.storeOpenMs / a.storeOpenMs).toFixed(2)}×`);
  row("restart after kill -9 (until listening)", ms(a.restartMs), ms(b.restartMs), `${(b.restartMs / a.restartMs).toFixed(2)}×`);
  row("/healthz p50 / p99, idle", `${pct(a.idle, 50).toFixed(1)} / ${pct(a.idle, 99).toFixed(1)}`, `${pct(b.idle, 50).toFixed(1)} / ${pct(b.idle, 99).toFixed(1)}`);
  row("/healthz p50 / p99, 3 s after restart", `${pct(a.afterRestart, 50).toFixed(1)} / ${pct(a.afterRestart, 99).toFixed(1)}`, `${pct(b.afterRestart, 50).toFixed(1)} / ${pct(b.afterRestart, 99).toFixed(1)}`);
  row("snapshot size", `${(a.snapshotBytes / 1024).toFixed(0)} KB`, `${(b.snapshotBytes / 1024 / 1024).toFixed(1)} MB`);
  console.log("goals: RSS ≤ 1.5× fresh, restart ≤ 2 s, /healthz p99 ≤ 20 ms (also while the snapshot is written)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

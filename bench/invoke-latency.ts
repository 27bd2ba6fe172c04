/*
 * Approval invoke latency over HTTP: Action.Execute "minutes.approve" against the real Samverkan server
 * (embedded store, outbox, card rendering), beside a bare botbuilder bot that answers every invoke with a
 * constant message in the same run (the baseline), both against the same fake Bot Connector. Then the
 * Cosmos operations of one approval and of the last approval, in the click and after it (counted at
 * the HTTP client, on a quiet store: the delivery worker's outbox poll is counted apart).
 * Teams allows about 5 s for an invoke; handlers only enqueue, never wait for sends.
 *   npm run bench:invoke-latency [-- --approvers 40 --minutes 10]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import { loadConfig } from "../src/config/config";
import { startServer } from "../bot/server";
import { startFakeConnector } from "../tests/support/fake-connector";
import { activity } from "../tests/support/harness";
import type { Actor } from "../src/agenda/schema";
import type { Minutes } from "../src/minutes/schema";
import { countCosmos, type Op } from "./http-op-count";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function startBaselineBot(): Promise<{ url: string; stop: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const app = express();
  app.post("/api/messages", express.json(), (req, res) => {
    void adapter.process(req, res, async (context: TurnContext) => {
      if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "ok" } } });
      }
    });
  });
  const server = await new Promise<import("node:http").Server>((r) => {
    const s = app.listen(0, "127.0.0.1", () => r(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => new Promise((r) => server.close(() => r())) };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Figures {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

async function measure(url: string, bodies: readonly unknown[], concurrency: number): Promise<{ all: Figures; times: number[] }> {
  const times: number[] = new Array(bodies.length);
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const i = next++;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bodies[i]) });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`status ${res.status}: ${text.slice(0, 200)}`);
      times[i] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { all: figures(times), times };
}

const figures = (times: number[]): Figures => {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p99: pct(s, 99), max: s[s.length - 1] ?? 0 };
};

async function main(): Promise<void> {
  const approvers = arg("approvers", 40);
  const perRun = arg("minutes", 10);
  const connector = await startFakeConnector();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-invoke-"));
  const samverkan = await startServer(loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { logger: pino({ level: "silent" }) });
  const baseline = await startBaselineBot();
  const services = samverkan.services()!;
  const admin: Actor = { userId: "bench-admin", name: "Bench", isAdmin: true };
  const group = "vgr:samordningsrad-bild-och-funktionsmedicin";
  const people = Array.from({ length: approvers }, (_, i) => ({ userId: `29:bench-${i}`, aadObjectId: `aad-bench-${i}`, userName: `Justerare ${i}` }));

  // Setup through the services (not timed): a home channel, the approvers, minutes awaiting approval.
  for (const p of people) await services.agenda.assignRole(admin, group, "adjuster", { aadObjectId: p.aadObjectId, tenantId: "tenant-1", name: p.userName });
  await services.minutes.setSettings(admin, group, { approverRoles: ["adjuster"] });
  await services.agenda.bindChannel(admin, group, { tenantId: "tenant-1", teamId: "19:team", channelId: "19:bench@thread.tacv2", conversationId: "19:bench@thread.tacv2" });
  const text = Array.from({ length: 12 }, (_, i) => `## ${i + 1}. Ärende ${i + 1}\n${"Diskussion om samverkan. ".repeat(30)}\nBeslut: Beslut i ärende ${i + 1}.\n- Åtgärd: Följ upp; ansvarig: Sara; senast: 2031-01-15`).join("\n\n");
  // Approval is asked for once a meeting has been held, and meetings cannot be planned in the past:
  // every meeting is planned for the coming minute, and the bench waits until it has begun.
  const tz = services.config.timeZone;
  const local = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d).replace(" ", "T");
  const loaded: string[] = [];
  const at = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000);
  for (let i = 0; i < 1 + 2 * perRun + 3; i++) {
    const meeting = await services.agenda.createMeeting(admin, group, { at: local(at) });
    if (!meeting.ok) throw new Error(`meeting: ${meeting.code}`);
    const m = await services.minutes.load(admin, meeting.meeting.id, text.replace("Ärende 1", `Ärende 1 (${i})`));
    if (!m.ok) throw new Error(`load: ${m.code}`);
    loaded.push(m.minutes.id);
  }
  await new Promise((r) => setTimeout(r, Math.max(0, at.getTime() - Date.now() + 1_000)));
  const makeMinutes = async (n: number): Promise<Minutes[]> => {
    const out: Minutes[] = [];
    for (const id of loaded.splice(0, n)) {
      const req = await services.minutes.request(admin, group, id);
      if (!req.ok) throw new Error(`request: ${req.code}`);
      out.push(req.minutes);
    }
    await services.minutes.settled();
    return out;
  };
  const invoke = (verb: string, data: Record<string, unknown>, p: (typeof people)[number]) =>
    activity(connector, { type: "invoke", name: "adaptiveCard/action", ...p, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } });
  // Every approver approves every minutes document: the last approval of each is the transition.
  const approvals = (list: Minutes[]) => list.flatMap((m) => people.map((p) => invoke("minutes.approve", { groupId: group, minutesId: m.id, version: m.version }, p)));

  /**
   * Cosmos operations of single approvals on a quiet store (nothing else in flight): one approval in
   * the middle and the last one, each in the click (request to response) and after it (until the card
   * fan-out and the delivery are done). The delivery worker's own outbox poll is left out.
   */
  const countOps = async () => {
    const counter = countCosmos(services.store.endpoint);
    // Not the approval's: the delivery worker's poll for due posts, and this bench's own look at the outbox.
    const poll = (op: Op) => op.container === "outbox" && (op.kind === "query" || op.kind === "plan") && /c\.state = 'pending' AND c\.dueAt|c\.state = @s/.test(op.query);
    const quiet = async () => {
      await services.minutes.settled();
      await drained();
      await new Promise((r) => setTimeout(r, 1_500));
      await services.minutes.settled();
      await drained();
    };
    const rows: string[] = [];
    const fmt = (c: ReturnType<typeof counter.since>) => `${String(c.total).padStart(3)} (read ${c.read}, create ${c.create}, replace ${c.replace}, query ${c.query} + plan ${c.plan})`;
    const where = (from: number, to: number) => {
      const by: Record<string, number> = {};
      for (const op of counter.ops.slice(from, to)) if (op.kind !== "other" && !poll(op)) by[op.container] = (by[op.container] ?? 0) + 1;
      return Object.entries(by).map(([k, v]) => `${k} ${v}`).join(", ");
    };
    for (const m of await makeMinutes(3)) {
      for (const [k, p] of people.entries()) {
        const which = k === Math.floor(people.length / 2) ? "one approval" : k === people.length - 1 ? "last approval" : undefined;
        if (which) await quiet();
        const from = counter.ops.length;
        const res = await fetch(`${samverkan.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(invoke("minutes.approve", { groupId: group, minutesId: m.id, version: m.version }, p)) });
        await res.text();
        const click = counter.since(from, poll);
        if (!which) continue;
        const mid = counter.ops.length;
        await quiet();
        rows.push(`${which.padEnd(14)} in the click ${fmt(click)} [${where(from, mid)}]   after it ${fmt(counter.since(mid, poll))} [${where(mid, counter.ops.length)}]`);
      }
      if (rows.length >= 6) break;
    }
    counter.stop();
    console.log(`Cosmos operations per approval (${approvers} approvers; HTTP requests to the store, query plans counted apart)`);
    for (const r of rows) console.log(r);
  };

  const drained = async () => {
    for (let i = 0; i < 600; i++) {
      const open = (await services.delivery.outbox.list("pending")).length + (await services.delivery.outbox.list("sending")).length;
      if (open === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  // Warm-up (JIT, connection pools): not counted.
  const warm = await makeMinutes(1);
  await measure(samverkan.url, approvals(warm), 4);
  await measure(baseline.url, approvals(warm), 4);

  console.log(`approval invokes over HTTP (Action.Execute minutes.approve), ${approvers} approvers × ${perRun} minutes per mode (ms)`);
  console.log("mode               samverkan p50 / p99 / max        baseline p50 / p99      transitions p50 / max   refresh p50 / p99");
  for (const concurrency of [1, 8]) {
    const list = await makeMinutes(perRun);
    // The approval cards of the requests go out first (not timed): the figures are the invokes' own.
    await drained();
    const bodies = approvals(list);
    const base = await measure(baseline.url, bodies, concurrency);
    const ours = await measure(samverkan.url, bodies, concurrency);
    // The transition (the last approver of each document): enqueues the final post, distribution, card updates.
    const lastIdx = list.map((_, k) => k * approvers + approvers - 1);
    const transitions = figures(lastIdx.map((i) => ours.times[i]!));
    const refresh = await measure(samverkan.url, list.flatMap((m) => people.slice(0, 10).map((p) => invoke("minutes.refresh", { groupId: group, minutesId: m.id }, p))), concurrency);
    const states = await Promise.all(list.map((m) => services.minutes.get(group, m.id)));
    if (states.some((m) => m?.status !== "approved")) throw new Error("not every minutes document was approved");
    console.log(
      `${(concurrency === 1 ? "sequential" : `${concurrency}-way concurrent`).padEnd(18)} ${ours.all.p50.toFixed(1).padStart(7)} / ${ours.all.p99.toFixed(1).padStart(7)} / ${ours.all.max.toFixed(1).padStart(7)}    ${base.all.p50.toFixed(2).padStart(7)} / ${base.all.p99.toFixed(2).padStart(7)}    ${transitions.p50.toFixed(1).padStart(8)} / ${transitions.max.toFixed(1).padStart(7)}    ${refresh.all.p50.toFixed(1).padStart(6)} / ${refresh.all.p99.toFixed(1).padStart(6)}`,
    );
  }
  console.log("Teams allows about 5000 ms for an invoke.");
  await countOps();
  await samverkan.stop();
  await baseline.stop();
  await connector.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

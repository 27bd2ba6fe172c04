/*
 * Approval invoke latency over HTTP: Action.Execute "minutes.approve" against the real Samverkan server
 * (embedded store, outbox, card rendering), beside a bare botbuilder bot that answers every invoke with a
 * constant message in the same run (the baseline), both against the same fake Bot Connector.
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
  let made = 0;
  const makeMinutes = async (n: number): Promise<Minutes[]> => {
    const out: Minutes[] = [];
    for (let i = 0; i < n; i++) {
      const day = made++;
      const meeting = await services.agenda.createMeeting(admin, group, { at: `${2031 + Math.floor(day / 28)}-03-${String(1 + (day % 28)).padStart(2, "0")}T10:00` });
      if (!meeting.ok) throw new Error(`meeting: ${meeting.code}`);
      const loaded = await services.minutes.load(admin, meeting.meeting.id, text);
      if (!loaded.ok) throw new Error(`load: ${loaded.code}`);
      const req = await services.minutes.request(admin, group, loaded.minutes.id);
      if (!req.ok) throw new Error(`request: ${req.code}`);
      out.push(req.minutes);
    }
    return out;
  };
  const invoke = (verb: string, data: Record<string, unknown>, p: (typeof people)[number]) =>
    activity(connector, { type: "invoke", name: "adaptiveCard/action", ...p, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } });
  // Every approver approves every minutes document: the last approval of each is the transition.
  const approvals = (list: Minutes[]) => list.flatMap((m) => people.map((p) => invoke("minutes.approve", { groupId: group, minutesId: m.id, version: m.version }, p)));

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
  await samverkan.stop();
  await baseline.stop();
  await connector.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/*
 * Cosmos operations per agenda turn, counted at the embedded store's HTTP server: point reads, writes,
 * queries and query plans (the SDK's extra POST before a query), metadata apart. The bot runs in this
 * process without its delivery worker, so only the turn's own operations are counted (the worker's sends
 * come after the turn). Until `bench:cosmos-ops` covers the agenda, this is the count for issue 19.
 *   npm run bench:agenda-ops
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { fixedClock } from "../src/domain/clock";
import { openStore } from "../src/storage/store";
import { compose } from "../src/compose";
import { cardRenderers } from "../cards/renderers";
import { createAdapter } from "../bot/server";
import { createBot } from "../bot/app";
import { FEATURES } from "../bot/wiring";
import { ensureSampleCatalog } from "../src/catalog/ingest";
import { startFakeConnector } from "../tests/support/fake-connector";
import { activity } from "../tests/support/harness";
import type { Actor } from "../src/agenda/schema";

const ops = { reads: 0, writes: 0, queries: 0, queryPlans: 0, metadata: 0 };
type Ops = typeof ops;
const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
(http.Server.prototype as unknown as { emit: typeof emit }).emit = function (this: http.Server, event: string, ...args: unknown[]) {
  if (event === "request") {
    const req = args[0] as http.IncomingMessage;
    const url = req.url ?? "";
    if (url.startsWith("/dbs/")) {
      const h = (name: string) => String(req.headers[name] ?? "").toLowerCase();
      if (h("x-ms-cosmos-is-query-plan-request") === "true") ops.queryPlans++;
      else if (h("x-ms-documentdb-isquery") === "true" || h("content-type").includes("query+json")) ops.queries++;
      else if (req.method === "GET" && /\/docs\/[^/]+$/.test(url)) ops.reads++;
      else if (req.method === "GET") ops.metadata++;
      else ops.writes++;
    }
  }
  return emit.call(this, event, ...args);
};
const counted = async <T>(fn: () => Promise<T>): Promise<{ value: T; ops: Ops }> => {
  const before = { ...ops };
  const value = await fn();
  const after = { ...ops };
  return { value, ops: { reads: after.reads - before.reads, writes: after.writes - before.writes, queries: after.queries - before.queries, queryPlans: after.queryPlans - before.queryPlans, metadata: after.metadata - before.metadata } };
};
const line = (name: string, o: Ops) =>
  `${name.padEnd(44)} ${String(o.reads + o.writes + o.queries).padStart(3)} ops  (reads ${o.reads}, writes ${o.writes}, queries ${o.queries}, query plans ${o.queryPlans}, metadata ${o.metadata})`;

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-agenda-ops-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ADMIN_IDS: "aad-admin", PORT: "0" });
  const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));
  const store = await openStore(config, { owner: "bot" });
  const services = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  await ensureSampleCatalog(services);
  const connector = await startFakeConnector();
  const adapter = createAdapter(config);
  const bot = createBot(adapter, services, FEATURES);
  const app = express();
  app.post("/api/messages", express.json({ limit: "256kb" }), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context).then(() => undefined));
  });
  const server = await new Promise<http.Server>((r) => {
    const s = app.listen(0, "127.0.0.1", () => r(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = async (body: unknown) => {
    const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json().catch(() => undefined)) as any };
  };

  const admin: Actor = { userId: "aad-admin", name: "Admin", isAdmin: true };
  await services.agenda.assignRole(admin, GROUP, "secretary", { aadObjectId: "aad-sec", teamsId: "29:sec", tenantId: "tenant-1", name: "Sara" });
  await services.agenda.bindChannel(admin, GROUP, { tenantId: "tenant-1", teamId: "19:team", channelId: "19:chan@thread.tacv2", conversationId: "19:chan@thread.tacv2" });
  await services.agenda.createMeeting(admin, GROUP, { at: "2027-01-12T13:00", place: "Västerås" });
  await services.agenda.createMeeting(admin, GROUP, { at: "2027-02-09T13:00", place: "Västerås" });

  const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna", locale: "sv-SE" };
  const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara", locale: "sv-SE" };
  const invoke = (verb: string, data: Record<string, unknown>, who: typeof anna) =>
    activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } });
  // Warm-up: the conversation reference and settings of both people, and the catalog in memory.
  await send(activity(connector, { text: "hjälp", ...anna }));
  await send(activity(connector, { text: "hjälp", ...sara }));

  const rows: [string, Ops][] = [];
  const question = "Vem ansvarar för rutiner kring utskrivningsklara patienter i Västmanland?";
  rows.push(["routing question turn (whole turn)", (await counted(() => send(activity(connector, { text: question, ...anna })))).ops]);
  rows.push(["agenda.nextMeeting(group) alone", (await counted(() => services.agenda.nextMeeting(GROUP))).ops]);
  const submit = (title: string) => invoke("agenda.submit", { groupId: GROUP, title, description: "Rutiner för utskrivning från slutenvård i Västmanland", kind: "beslut", links: "", raiseAtMeeting: "false", force: "true", lang: "sv" }, anna);
  rows.push(["item submit from the form (whole turn)", (await counted(() => send(submit("Utskrivning 1")))).ops]);
  rows.push(["item submit from the form, again", (await counted(() => send(submit("Utskrivning 2")))).ops]);
  const item = (await services.agenda.listItems(GROUP)).find((i) => i.title === "Utskrivning 2")!;
  rows.push(["triage click: accept (whole turn)", (await counted(() => send(invoke("agenda.triage", { groupId: GROUP, itemId: item.id, revision: 1, action: "accept", lang: "sv" }, sara)))).ops]);
  rows.push(["items submit use case alone (CLI path)", (await counted(() => services.agenda.submitItem({ userId: "aad-bo", aadObjectId: "aad-bo", tenantId: "tenant-1", name: "Bo", isAdmin: false }, GROUP, { title: "Från CLI", description: "d", kind: "information" }))).ops]);

  for (const [name, o] of rows) console.log(line(name, o));
  console.log("(ops = point reads + writes + queries; a query plan is the SDK's extra request before a query)");
  server.close();
  await connector.close();
  await store.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

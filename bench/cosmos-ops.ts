/*
 * Cosmos operations per turn kind (issue #19, goal 7): the real server talks to the embedded store
 * through a counting proxy, as it would to a Cosmos account (COSMOS_ENDPOINT + key). For each kind —
 * routing question, item submit, approval, last approval, digest — it prints point reads, writes,
 * single-partition queries, cross-partition queries and query plans, in the turn (until the HTTP answer)
 * and after it (until the outbox is idle: card fan-out, posts). Background traffic of an idle bot (the
 * outbox poll, lease and catalog checks) is measured first and printed per second. It reports; it fails
 * nothing.
 *   npm run bench:cosmos-ops [-- --repeat 3]
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { openStore } from "../src/storage/store";
import { startServer } from "../bot/server";
import { CosmosOutbox } from "../src/delivery/cosmos-outbox";
import type { Outbox } from "../src/delivery/ports";
import { systemClock } from "../src/domain/clock";
import { runCli } from "../bot/cli/main";
import { startFakeConnector } from "../tests/support/fake-connector";
import { activity, post, say } from "../tests/support/harness";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:ops@thread.tacv2";
const NOW = "2026-11-23T12:00:00Z";
const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare" };
const CARL = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl Ordförande" };
const BERTIL = { userId: "29:adj", aadObjectId: "aad-adj", userName: "Bertil Justerare" };
const ANNA = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna" };
const MINUTES = `# Protokoll
Närvarande: Carl Ordförande, Bertil Justerare, Sara Sekreterare
Justerare: Bertil Justerare

## 1. Mötets öppnande
Ordföranden öppnade mötet.
`;

const KINDS = ["read", "write", "query", "cross-partition query", "query plan", "metadata"] as const;
type Kind = (typeof KINDS)[number];
type Counts = Record<Kind, number>;
const zero = (): Counts => ({ read: 0, write: 0, query: 0, "cross-partition query": 0, "query plan": 0, metadata: 0 });

/** What one request to the Cosmos REST API is, from its method, path and headers. */
function classify(req: http.IncomingMessage): Kind {
  const url = (req.url ?? "").split("?")[0]!;
  const h = req.headers;
  const onDocs = /\/docs(\/[^/]+)?\/?$/.test(url);
  if (!onDocs) return "metadata";
  if (req.method === "GET") return /\/docs\/[^/]+\/?$/.test(url) ? "read" : "cross-partition query";
  const isQuery = String(h["content-type"] ?? "").startsWith("application/query+json") || String(h["x-ms-documentdb-isquery"] ?? "").toLowerCase() === "true";
  if (req.method === "POST" && isQuery) {
    if (String(h["x-ms-cosmos-is-query-plan-request"] ?? "").toLowerCase() === "true") return "query plan";
    return h["x-ms-documentdb-partitionkey"] ? "query" : "cross-partition query";
  }
  return "write";
}

async function startProxy(target: string): Promise<{ url: string; counts: () => Counts; reset: () => void; close: () => Promise<void> }> {
  let counts = zero();
  const agent = new http.Agent({ keepAlive: true });
  const t = new URL(target);
  const server = http.createServer((req, res) => {
    counts[classify(req)]++;
    const up = http.request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on("error", () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts: () => ({ ...counts }),
    reset: () => void (counts = zero()),
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

const minus = (a: Counts, b: Counts): Counts => Object.fromEntries(KINDS.map((k) => [k, a[k] - b[k]])) as Counts;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

async function main() {
  const repeat = arg("repeat", 3);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-ops-"));
  const store = await openStore(loadConfig({ DATA_DIR: dataDir }), { owner: "bot" });
  const proxy = await startProxy(store.endpoint);
  const direct = new CosmosOutbox(store.container("outbox"), systemClock);
  const connector = await startFakeConnector();
  const env = { PORT: "0", COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: KEY, SAMVERKAN_NOW: NOW, ADMIN_IDS: "aad-admin", LOG_LEVEL: "silent", TIME_ZONE: "Europe/Stockholm" };
  const bot = await startServer(loadConfig(env), { logger: pino({ level: "silent" }), drainMs: 100 });
  const cli = async (args: string[], now = NOW) => {
    const out: string[] = [];
    const err: string[] = [];
    if ((await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, { COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: KEY, SAMVERKAN_NOW: now })) !== 0) throw new Error(`${args.join(" ")}: ${err.join("\n")}`);
    return out.join("\n");
  };
  const invoke = (verb: string, data: Record<string, unknown>, who: typeof ANNA) =>
    post(bot, activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale: "en-US", value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));

  // Setup (not counted): roles, a meeting, the home channel and its digest subscription.
  for (const [role, who] of [["secretary", SARA], ["chair", CARL], ["adjuster", BERTIL]] as const) {
    await cli(["roles", "set", GROUP, role, who.aadObjectId, "--name", who.userName, "--tenant", "tenant-1"]);
  }
  await cli(["meetings", "add", GROUP, "--at", "2027-02-09T13:00"]);
  for (const who of [CARL, BERTIL, SARA, ANNA]) await say(bot, connector, { text: "hjälp", ...who });
  const inChannel = (text: string) => say(bot, connector, { text, conversationType: "channel", conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:t@thread.tacv2" } }, ...CARL, locale: "sv-SE" });
  await inChannel("koppla kanalen till samverkansgruppen i Västmanland");
  await inChannel("veckobrev på måndag 08:00");
  await waitIdle(direct);

  // Background of an idle bot.
  proxy.reset();
  const idleMs = 10_000;
  const idleBefore = store.durability()!;
  await new Promise((r) => setTimeout(r, idleMs));
  const idle = proxy.counts();
  const idleAfter = store.durability()!;

  const results = new Map<string, { turn: Counts[]; after: Counts[] }>();
  const measure = async (name: string, turn: () => Promise<unknown>) => {
    await waitIdle(direct);
    proxy.reset();
    await turn();
    const inTurn = proxy.counts();
    await waitIdle(direct);
    const after = minus(proxy.counts(), inTurn);
    const r = results.get(name) ?? { turn: [], after: [] };
    r.turn.push(inTurn);
    r.after.push(after);
    results.set(name, r);
  };

  // A scheduler slot of an idle bot: the digest job when nothing is due (Monday 07:00, the digest is at 08:00) is not claimed.
  await measure("digest slot, nothing due", () => bot.services()!.delivery.scheduler.runDue(new Date(Date.UTC(2027, 2, 8, 6, 0)), ["digest"]));
  // The hourly minutes job and the kallelse job with nothing due: reads only, the slot is not claimed (0 writes).
  await measure("minutes-reminders + kallelse slots, nothing due", () => bot.services()!.delivery.scheduler.runDue(new Date(), ["minutes-reminders", "kallelse"]));
  for (let i = 0; i < repeat; i++) {
    await measure("routing question", () => say(bot, connector, { text: `Vilken grupp ansvarar för samordning av utskrivning från slutenvården i Västmanland? (${i})`, ...ANNA, locale: "sv-SE" }));
    await measure("item submit", () => invoke("agenda.submit", { groupId: GROUP, title: `Ärende ${i}`, description: "Text", kind: "information", force: "true" }, ANNA));
    // Approval is asked for once the meeting was held: planned ahead, held before NOW.
    const meeting = JSON.parse(await cli(["meetings", "add", GROUP, "--at", `2026-11-${String(10 + i).padStart(2, "0")}T13:00`, "--json"], "2026-10-01T12:00:00Z"));
    const file = path.join(dataDir, `m${i}.md`);
    fs.writeFileSync(file, MINUTES);
    const minutes = JSON.parse(await cli(["minutes", "load", meeting.id, file, "--as", SARA.aadObjectId, "--json"]));
    await cli(["minutes", "request", minutes.id, "--as", SARA.aadObjectId]);
    const ref = { groupId: GROUP, minutesId: minutes.id, version: minutes.version };
    await measure("approval", () => invoke("minutes.approve", ref, CARL));
    await measure("last approval", () => invoke("minutes.approve", ref, BERTIL));
    await measure("digest (one channel)", () => bot.services()!.delivery.scheduler.runDue(new Date(Date.UTC(2027, 2, 8 + 7 * i, 7, 0)), ["digest"]));
  }

  const cols = KINDS.map((k) => k.replace("cross-partition query", "x-part q").replace("query plan", "q plan"));
  const line = (label: string, c: Counts) => `${label.padEnd(34)}${KINDS.map((k, j) => String(c[k]).padStart(Math.max(7, cols[j]!.length + 2))).join("")}${String(KINDS.reduce((a, k) => a + c[k], 0)).padStart(7)}`;
  const med = (xs: Counts[]): Counts => Object.fromEntries(KINDS.map((k) => [k, median(xs.map((x) => x[k]))])) as Counts;
  console.log(`bench:cosmos-ops — Cosmos requests per turn kind through a counting proxy, median of ${repeat}, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`${"".padEnd(34)}${cols.map((c) => c.padStart(Math.max(7, c.length + 2))).join("")}${"total".padStart(7)}`);
  const perSecond = Object.fromEntries(KINDS.map((k) => [k, Math.round((idle[k] / idleMs) * 1000 * 10) / 10])) as Counts;
  console.log(line("idle bot, per second", perSecond));
  console.log(
    `idle bot, ${idleMs / 1000} s: ${idleAfter.journalled - idleBefore.journalled} store writes (journal records), ${idleAfter.snapshots - idleBefore.snapshots} snapshots written, ` +
      `${idle["cross-partition query"]} cross-partition queries`,
  );
  for (const [name, r] of results) {
    console.log(line(`${name}: in the turn`, med(r.turn)));
    console.log(line(`${name}: after (until idle)`, med(r.after)));
  }
  console.log("(after = fan-out and posts until the outbox is idle; it includes the idle background for that time)");
  await bot.stop();
  await connector.close();
  await proxy.close();
  await store.close();
}

/** Until nothing is pending or being sent in the outbox (asked past the proxy, so it is not counted). */
async function waitIdle(outbox: Outbox): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await outbox.openCount()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

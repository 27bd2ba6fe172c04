/*
 * Weekly digest: compose digests for 1,000 subscribed channels from a seeded store (each channel the home
 * channel of one group with meetings, items awaiting triage and roles; the governance calendar from the
 * sample mandates), counting the Cosmos requests per channel; then send them through the delivery service
 * (outbox + worker + TeamsSender) against a fake Bot Connector that enforces Teams' limits (7/s and 60/30 s
 * per conversation, 30/s per app) with 429 + Retry-After, plus random 429s. Prints the time against the
 * rate-limit floor and the lost and duplicate counts (both must be 0). Baseline in the same run: one
 * Cosmos query per channel (the channel's home-channel bindings), the least a digest can cost.
 *   npm run bench:digest [-- --channels 1000 --per-store 100 --random429 0.03]
 */
import * as fs from "node:fs";
import { startLimitedConnector } from "./limited-connector";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../src/config/config";
import { fixedClock } from "../src/domain/clock";
import { openStore } from "../src/storage/store";
import { CosmosConversationRepository } from "../src/conversations/cosmos-conversation-repository";
import { CosmosCatalogRepository } from "../src/catalog/cosmos-catalog-repository";
import { CosmosSubscriptionStore } from "../src/digest/cosmos-subscriptions";
import { CurrentCatalog } from "../src/catalog/current-catalog";
import { ensureSampleCatalog } from "../src/catalog/ingest";
import type { Catalog, GroupRecord } from "../src/catalog/schema";
import { AgendaService } from "../src/agenda/agenda-service";
import { CosmosAgendaRepository } from "../src/agenda/cosmos-agenda-repository";
import type { Actor } from "../src/agenda/schema";
import { buildDelivery } from "../src/delivery";
import { DigestService } from "../src/digest/digest-service";
import { digestJob } from "../src/digest/job";
import { MinutesService } from "../src/minutes/minutes-service";
import { CosmosMinutesStore } from "../src/minutes/cosmos-minutes-store";
import { CosmosDeliveryQueries } from "../src/minutes/cosmos-delivery-queries";
import { minutesDigestSource } from "../src/minutes/digest-source";
import { messages } from "../src/i18n";
import { renderDigestCard } from "../cards/digest";
import { createAdapter } from "../bot/server";
import { TeamsSender } from "../bot/teams-sender";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Counts the requests the in-process Cosmos emulator serves: queries, point reads, writes (metadata apart). */
const cosmos = { queries: 0, reads: 0, writes: 0, metadata: 0 };
const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
(http.Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean }).emit = function (this: http.Server, event: string, ...args: unknown[]) {
  if (event === "request") {
    const req = args[0] as http.IncomingMessage;
    const url = req.url ?? "";
    if (url.startsWith("/dbs/")) {
      const isQuery = String(req.headers["x-ms-documentdb-isquery"] ?? "").toLowerCase() === "true" || String(req.headers["content-type"] ?? "").includes("query+json");
      if (isQuery) cosmos.queries++;
      else if (req.method === "GET" && /\/docs\/[^/]+$/.test(url)) cosmos.reads++;
      else if (req.method === "GET") cosmos.metadata++;
      else cosmos.writes++;
    }
  }
  return emit.call(this, event, ...args);
};
const snapshot = () => ({ ...cosmos });
const delta = (a: typeof cosmos, b: typeof cosmos) => ({ queries: b.queries - a.queries, reads: b.reads - a.reads, writes: b.writes - a.writes, metadata: b.metadata - a.metadata });

async function inBatches<T>(items: readonly T[], size: number, fn: (t: T, i: number) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((t, k) => fn(t, i + k)));
}

type ShardResult = Awaited<ReturnType<typeof shard>>;

async function shard(channels: number, random429: number, globalPerSecond: number) {
  const tz = "Europe/Stockholm";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-digest-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", TIME_ZONE: tz });
  const store = await openStore(config, { owner: "bot" });
  const connector = await startLimitedConnector(random429);
  const seedClock = fixedClock(new Date("2027-02-01T09:00:00Z"));
  const at = new Date("2027-02-08T07:00:00Z"); // Monday 08:00 in Stockholm, ISO week 2027-W06
  const clock = { now: () => new Date(now) };
  let now = seedClock.now().getTime();

  // The sample mandates, cloned into one group per channel (the catalog lives in memory in production too).
  const catalogRepo = new CosmosCatalogRepository(store.container("catalog"), seedClock);
  await ensureSampleCatalog({ catalog: catalogRepo, clock: seedClock, config });
  const sample = await new CurrentCatalog(catalogRepo).get();
  const templates = sample.entries.filter((e) => e.entryType === "group");
  const groups: GroupRecord[] = Array.from({ length: channels }, (_, i) => ({ ...templates[i % templates.length]!, id: `bench:g${i}`, name: `Benchgrupp ${i}` }));
  const catalog: Catalog = {
    ...sample,
    entries: [...sample.entries, ...groups],
    quality: [...sample.quality, ...groups.map((g, i) => ({ ...(sample.quality.find((q) => q.entryId === templates[i % templates.length]!.id) ?? { documentId: "", fileName: "", issues: [] }), entryId: g.id }))],
  };

  const conversations = new CosmosConversationRepository(store.container("conversations"), seedClock);
  const agenda = new AgendaService(new CosmosAgendaRepository(store.container("work")), clock, { timeZone: tz });
  // Minutes awaiting approval and follow-ups through the real port (minutes queries per group; none seeded).
  const delivery = buildDelivery({ config, clock, store, conversations, globalPerSecond });
  const minutes = new MinutesService({ store: new CosmosMinutesStore(store.container("work")), clock, timeZone: tz, agenda, outbox: delivery.outbox, delivery: new CosmosDeliveryQueries(store.container("outbox")), catalog: { get: async () => catalog } });
  const digest = new DigestService({ agenda, catalog: { get: async () => catalog }, subscriptions: new CosmosSubscriptionStore(store.container("conversations")), clock, minutes: minutesDigestSource(minutes, tz) }, { timeZone: tz });
  const admin: Actor = { userId: "bench-admin", name: "Bench", isAdmin: true };
  const channelIds = groups.map((_, i) => `19:digest-bench-${i}@thread.tacv2`);

  // Seed: reference, binding, two roles, two meetings, two items and the subscription per channel.
  const s0 = performance.now();
  await inBatches(groups, 25, async (g, i) => {
    const conversationId = channelIds[i]!;
    await conversations.remember({ tenantId: "bench", conversationId, kind: "channel", reference: { serviceUrl: connector.url, channelId: "msteams", conversation: { id: conversationId }, bot: { id: "28:bench" } } });
    await agenda.bindChannel(admin, g.id, { tenantId: "bench", teamId: "team", channelId: conversationId, conversationId });
    await agenda.assignRole(admin, g.id, "chair", { aadObjectId: `chair-${i}`, name: `Ordförande ${i}` });
    await agenda.assignRole(admin, g.id, "member", { aadObjectId: `member-${i}`, name: `Ledamot ${i}`, region: "Uppsala" });
    await agenda.createMeeting(admin, g.id, { at: "2027-02-10T13:00", place: "Västerås" });
    await agenda.createMeeting(admin, g.id, { at: "2027-02-24T13:00" });
    await agenda.submitItem(admin, g.id, { title: `Ärende A ${i}`, description: "x", kind: "beslut" });
    await agenda.submitItem(admin, g.id, { title: `Ärende B ${i}`, description: "y", kind: "information" });
    const r = await digest.subscribe(admin, { tenantId: "bench", conversationId });
    if (!r.ok) throw new Error(`subscribe ${i}: ${r.code}`);
    if ((i + 1) % 100 === 0) process.stderr.write(`seeded ${i + 1} channels, ${Math.round(performance.now() - s0)} ms\n`);
  });
  const seedMs = performance.now() - s0;
  now = at.getTime();

  // Baseline: the least a digest costs, one query per channel (its home-channel bindings).
  const b0 = performance.now();
  for (const id of channelIds) await agenda.groupsOfChannel(id);
  const baselineMs = performance.now() - b0;

  // Compose and enqueue: the scheduler runs the digest job for the week (every channel composed, card rendered,
  // enqueued as digest:<channel>:<isoWeek>), timed and counted before the worker starts.
  const job = digestJob(digest, delivery.outbox, (d, lang) => ({ attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: renderDigestCard(d, messages(lang)) }] }));
  delivery.scheduler.register(job);
  const c0 = snapshot();
  const t0 = performance.now();
  const run = await delivery.scheduler.runDue(at, [job.name]);
  const composeMs = performance.now() - t0;
  const composed = delta(c0, snapshot());
  process.stderr.write(`composed and queued ${run[0]?.enqueued.length} digests, ${Math.round(composeMs)} ms\n`);
  const items = await delivery.outbox.list("pending");
  const cardBytes = items.map((r) => Buffer.byteLength(JSON.stringify(r.payload), "utf8"));
  // The job runs again (another instance, another slot): nothing new is queued, nothing composed again.
  const r0 = performance.now();
  const rerun = await delivery.scheduler.runDue(new Date(at.getTime() + 5 * 60_000), [job.name]);
  const rerunMs = performance.now() - r0;

  // Send: the worker through TeamsSender against the rate-limited connector.
  const sender = new TeamsSender(createAdapter(config), "");
  const worker = delivery.worker(sender, { pollMs: 250, baseBackoffMs: 500, maxInFlight: 64 });
  const e0 = performance.now();
  worker.start();
  await worker.idle(10 * 60_000);
  const totalMs = performance.now() - e0;
  await worker.stop();

  let lost = 0;
  let duplicates = 0;
  for (const id of channelIds) {
    const n = connector.byConversation.get(id) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicates += n - 1;
  }
  const floorMs = ((channels - globalPerSecond) / globalPerSecond) * 1000;
  const out = {
    channels,
    random429Rate: random429,
    seedMs: Math.round(seedMs),
    baseline: { msPerChannel: +(baselineMs / channels).toFixed(2), queriesPerChannel: 1 },
    compose: {
      totalMs: Math.round(composeMs),
      msPerChannel: +(composeMs / channels).toFixed(2),
      queriesPerChannel: +(composed.queries / channels).toFixed(2),
      pointReadsPerChannel: +(composed.reads / channels).toFixed(2),
      writesPerChannel: +(composed.writes / channels).toFixed(2),
      cardBytes: { max: Math.max(...cardBytes), mean: Math.round(cardBytes.reduce((a, b) => a + b, 0) / Math.max(1, cardBytes.length)) },
    },
    rerun: { queued: rerun[0]?.enqueued.length ?? 0, ms: Math.round(rerunMs) },
    send: {
      enqueued: run[0]?.enqueued.length ?? 0,
      totalMs: Math.round(totalMs),
      floorMs: Math.round(floorMs),
      overFloor: +(totalMs / Math.max(1, floorMs)).toFixed(2),
      throttled: connector.throttled,
      worker: worker.stats,
    },
    lost,
    duplicates,
    failed: (await delivery.outbox.list("failed")).length,
  };
  await connector.close();
  await store.close();
  return { out, composeMs, totalMs, baselineMs, composed, cardBytes, throttled: { ...connector.throttled } };
}

/**
 * The local emulator answers every query by scanning the whole container (Azure Cosmos DB serves
 * partition-key queries from its index), so one store of 1,000 seeded channels measures the emulator,
 * not the digest: seeding alone took 14 minutes and composing did not finish in an hour. The channels are
 * therefore split over stores of at most --per-store channels (default 100), run one after another; the
 * figures add up over the stores, and the rate-limit floor is that of all channels at 30 posts/s.
 */
async function main() {
  const channels = arg("channels", 1000);
  const perStore = arg("per-store", 100);
  const random429 = arg("random429", 0.03);
  const globalPerSecond = 30;
  const results: ShardResult[] = [];
  for (let done = 0; done < channels; done += perStore) {
    const n = Math.min(perStore, channels - done);
    process.stderr.write(`store ${results.length + 1}: ${n} channels\n`);
    results.push(await shard(n, random429, globalPerSecond));
  }
  const sum = (f: (r: ShardResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const composeMs = sum((r) => r.composeMs);
  const totalMs = sum((r) => r.totalMs);
  const baselineMs = sum((r) => r.baselineMs);
  const cardBytes = results.flatMap((r) => r.cardBytes);
  const floorMs = ((channels - globalPerSecond) / globalPerSecond) * 1000;
  const lost = sum((r) => r.out.lost);
  const duplicates = sum((r) => r.out.duplicates);
  const rerunQueued = sum((r) => r.out.rerun.queued);
  const out = {
    channels,
    stores: results.length,
    random429Rate: random429,
    seedMs: sum((r) => r.out.seedMs),
    baseline: { msPerChannel: +(baselineMs / channels).toFixed(2), queriesPerChannel: 1 },
    compose: {
      totalMs: Math.round(composeMs),
      msPerChannel: +(composeMs / channels).toFixed(2),
      queriesPerChannel: +(sum((r) => r.composed.queries) / channels).toFixed(2),
      pointReadsPerChannel: +(sum((r) => r.composed.reads) / channels).toFixed(2),
      writesPerChannel: +(sum((r) => r.composed.writes) / channels).toFixed(2),
      cardBytes: { max: Math.max(...cardBytes), mean: Math.round(cardBytes.reduce((a, b) => a + b, 0) / Math.max(1, cardBytes.length)) },
    },
    rerun: { queued: rerunQueued },
    send: {
      enqueued: sum((r) => r.out.send.enqueued),
      totalMs: Math.round(totalMs),
      floorMs: Math.round(floorMs),
      overFloor: +(totalMs / Math.max(1, floorMs)).toFixed(2),
      throttled: { limit: sum((r) => r.throttled.limit), random: sum((r) => r.throttled.random) },
      failed: sum((r) => r.out.failed),
    },
    lost,
    duplicates,
  };
  console.log(JSON.stringify(out, null, 2));
  console.log(
    `\ncompose + enqueue: ${channels} channels (${out.stores} stores) in ${(composeMs / 1000).toFixed(1)} s (${out.compose.msPerChannel} ms per channel; Cosmos per channel: ${out.compose.queriesPerChannel} queries, ` +
      `${out.compose.pointReadsPerChannel} point reads, ${out.compose.writesPerChannel} writes; baseline 1 query ${out.baseline.msPerChannel} ms); card max ${out.compose.cardBytes.max} B` +
      `\nre-run of the job: ${out.rerun.queued} queued` +
      `\nsend: ${out.send.enqueued} digests in ${(totalMs / 1000).toFixed(1)} s; rate-limit floor ${(floorMs / 1000).toFixed(1)} s (×${out.send.overFloor}); ` +
      `429s: ${out.send.throttled.limit} from limits, ${out.send.throttled.random} random; lost ${lost}, duplicates ${duplicates}`,
  );
  if (lost > 0 || duplicates > 0 || rerunQueued > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

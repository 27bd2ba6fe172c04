/*
 * Proactive delivery: 1,000 channel posts through the outbox and the delivery worker (real embedded
 * store, TeamsSender on CloudAdapter) against a fake Bot Connector that enforces Teams' limits
 * (7/s and 60/30 s per conversation, 30/s per app) by answering 429 with Retry-After, and throws in
 * random 429s besides. Prints total time against the rate-limit floor, and lost and duplicate counts
 * (both must be 0). Baseline in the same run: the same sender posting directly, without outbox or limits.
 *   npm run bench:delivery [-- --posts 1000 --channels 50 --random429 0.03]
 */
import * as fs from "node:fs";
import { startLimitedConnector } from "./limited-connector";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../src/config/config";
import { systemClock } from "../src/domain/clock";
import { openStore } from "../src/storage/store";
import { CosmosConversationRepository } from "../src/conversations/cosmos-conversation-repository";
import { buildDelivery } from "../src/delivery";
import { createAdapter } from "../bot/server";
import { TeamsSender } from "../bot/teams-sender";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main() {
  const posts = arg("posts", 1000);
  const channels = arg("channels", 50);
  const random429 = arg("random429", 0.03);
  const globalPerSecond = 30;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-delivery-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const store = await openStore(config, { owner: "bot" });
  const connector = await startLimitedConnector(random429);
  const conversations = new CosmosConversationRepository(store.container("conversations"), systemClock);
  const channelIds = Array.from({ length: channels }, (_, i) => `19:bench${i}@thread.tacv2`);
  for (const id of channelIds) {
    await conversations.remember({
      tenantId: "bench",
      conversationId: id,
      kind: "channel",
      reference: { serviceUrl: connector.url, channelId: "msteams", conversation: { id }, bot: { id: "28:bench" } },
    });
  }
  const sender = new TeamsSender(createAdapter(config), "");

  // Baseline: the sender alone, sequential, no store and no limits.
  connector.enforce = false;
  const baseN = 200;
  const b0 = performance.now();
  for (let i = 0; i < baseN; i++) {
    const id = channelIds[i % channels]!;
    const r = await sender.send({ op: "post", reference: { serviceUrl: connector.url, channelId: "msteams", conversation: { id } }, activity: { text: `baseline-${i}` } });
    if (!r.ok) throw new Error(`baseline send failed: ${r.code}`);
  }
  const baseMs = performance.now() - b0;
  connector.byText.clear();
  connector.enforce = true;
  await new Promise((r) => setTimeout(r, 1100)); // let the baseline leave the windows

  const delivery = buildDelivery({ config, clock: systemClock, store, conversations, globalPerSecond });
  const worker = delivery.worker(sender, { pollMs: 250, baseBackoffMs: 500, maxInFlight: 64 });
  const t0 = performance.now();
  worker.start();
  const perChannel = new Map<string, number>();
  for (let i = 0; i < posts; i++) {
    const conversationId = channelIds[i % channels]!;
    perChannel.set(conversationId, (perChannel.get(conversationId) ?? 0) + 1);
    const r = await delivery.outbox.enqueue({
      id: `bench-${i}`,
      target: { kind: "channel", tenantId: "bench", conversationId },
      payload: { text: `post-${i}` },
    });
    if (!r.ok || !r.created) throw new Error(`enqueue ${i} failed`);
  }
  const enqueueMs = performance.now() - t0;
  await worker.idle(10 * 60_000);
  const totalMs = performance.now() - t0;
  await worker.stop();

  let lost = 0;
  let duplicates = 0;
  for (let i = 0; i < posts; i++) {
    const n = connector.byText.get(`post-${i}`) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicates += n - 1;
  }
  const failed = (await delivery.outbox.list("failed")).length;
  const maxPerChannel = Math.max(...perChannel.values());
  const floorMs = Math.max(
    ((posts - globalPerSecond) / globalPerSecond) * 1000,
    ((maxPerChannel - 7) / 7) * 1000,
    Math.floor((maxPerChannel - 1) / 60) * 30_000,
  );
  const out = {
    posts,
    channels,
    random429Rate: random429,
    baseline: { sends: baseN, msPerSend: +(baseMs / baseN).toFixed(2), sendsPerSecond: +((baseN * 1000) / baseMs).toFixed(1) },
    enqueueMs: Math.round(enqueueMs),
    totalMs: Math.round(totalMs),
    floorMs: Math.round(floorMs),
    overFloor: +(totalMs / Math.max(1, floorMs)).toFixed(2),
    achievedPerSecond: +((posts * 1000) / totalMs).toFixed(1),
    throttled: connector.throttled,
    worker: worker.stats,
    lost,
    duplicates,
    failed,
  };
  console.log(JSON.stringify(out, null, 2));
  console.log(
    `\n${posts} posts to ${channels} channels in ${(totalMs / 1000).toFixed(1)} s; rate-limit floor ${(floorMs / 1000).toFixed(1)} s ` +
      `(×${out.overFloor}); 429s: ${connector.throttled.limit} from limits, ${connector.throttled.random} random; lost ${lost}, duplicates ${duplicates}` +
      `\nbaseline: the sender alone ${out.baseline.msPerSend} ms/send (${out.baseline.sendsPerSecond}/s without limits)`,
  );
  await connector.close();
  await store.close();
  if (lost > 0 || duplicates > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

import { loadConfig } from "../../src/config/config";
import { systemClock } from "../../src/domain/clock";
import { CosmosOutbox } from "../../src/delivery/cosmos-outbox";
import { openStore } from "../../src/storage/store";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { tempDir } from "../support/harness";
import { killAndRestart, prepareChildBot, sleep, startChildBot, type ChildBot, type PreparedBot } from "./child";

/**
 * Nothing sent twice (issue #16): proactive posts go out through the child bot's outbox worker; kill -9
 * at a random instant while they are being sent (or after), restart on the same DATA_DIR, and count per
 * post how often the connector received it (each send carries channelData.clientActivityId). Only a post
 * in flight at the kill may repeat: at most one per conversation. Nothing may be lost.
 */

// The next bot is prepared while the current one works (see child.ts): a restart costs opening DATA_DIR.
// The bound allows for a machine loaded far past its cores (a start costs ~3.5 s of CPU, mostly node_modules).
jest.setTimeout(420_000);

const TRIALS = 10;
const CONVERSATIONS = ["19:send-a@thread.tacv2", "19:send-b@thread.tacv2", "19:send-c@thread.tacv2"];
const PER_CONVERSATION = 4;

describe("kill -9 during and after proactive sends, restart on the same DATA_DIR", () => {
  let connector: FakeConnector;
  let bot: ChildBot | undefined;
  let next: PreparedBot | undefined;
  const dataDir = tempDir("samverkan-kill-sends-");
  const env = { DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm" };

  beforeAll(async () => {
    connector = await startFakeConnector();
    bot = await startChildBot(env);
    next = prepareChildBot(env);
  });
  afterAll(async () => {
    next?.discard();
    await bot?.kill9();
    await connector?.close();
  });

  /** Enqueues through the running bot's store, as a feature in another process would. */
  async function enqueue(ids: { id: string; conversationId: string }[]): Promise<void> {
    const store = await openStore(loadConfig({ DATA_DIR: dataDir }), { owner: "cli" });
    try {
      const outbox = new CosmosOutbox(store.container("outbox"), systemClock);
      for (const { id, conversationId } of ids) {
        const r = await outbox.enqueue({
          id,
          target: { kind: "channel", tenantId: "tenant-1", conversationId, reference: { serviceUrl: connector.url, channelId: "msteams", conversation: { id: conversationId } } },
          payload: { text: id },
        });
        expect(r.ok).toBe(true);
      }
    } finally {
      await store.close();
    }
  }
  const deliveries = (prefix: string) => {
    const n = new Map<string, number>();
    for (const c of connector.sent()) {
      const id = String(c.body?.channelData?.clientActivityId ?? "").split("#")[0]!;
      if (id.startsWith(prefix)) n.set(id, (n.get(id) ?? 0) + 1);
    }
    return n;
  };

  it(`repeats at most the posts in flight and loses none in ${TRIALS} kill -9 trials`, async () => {
    let posts = 0;
    let repeats = 0;
    let lost = 0;
    let worstPerConversation = 0;
    const killedAfter: number[] = [];
    const restarts: number[] = [];
    const t0 = Date.now();
    for (let trial = 0; trial < TRIALS; trial++) {
      const prefix = `t${trial}-`;
      const ids = CONVERSATIONS.flatMap((conversationId, c) => Array.from({ length: PER_CONVERSATION }, (_, k) => ({ id: `${prefix}${c}-${k}`, conversationId })));
      await enqueue(ids);
      posts += ids.length;
      // Anywhere from before the first send to well after the last one.
      const delay = Math.floor(Math.random() * 2500);
      await sleep(delay);
      killedAfter.push(deliveries(prefix).size);
      ({ bot, next } = await killAndRestart(bot!, next!, env));
      restarts.push(bot.startMs);

      const deadline = Date.now() + 30_000;
      while (deliveries(prefix).size < ids.length && Date.now() < deadline) await sleep(100);
      await sleep(1_500); // anything sent twice would arrive by now
      const seen = deliveries(prefix);
      lost += ids.filter(({ id }) => !seen.has(id)).length;
      for (const [c] of CONVERSATIONS.entries()) {
        const extra = [...seen].filter(([id, n]) => id.startsWith(`${prefix}${c}-`) && n > 1).reduce((a, [, n]) => a + n - 1, 0);
        repeats += extra;
        worstPerConversation = Math.max(worstPerConversation, extra);
      }
    }
    // eslint-disable-next-line no-console
    console.log(
      `kill -9 during/after proactive sends: ${TRIALS} trials, ${posts} posts, lost ${lost}, sent twice ${repeats} ` +
        `(at most ${worstPerConversation} per conversation and trial); posts delivered before the kill: ${killedAfter.join(", ")} of ${CONVERSATIONS.length * PER_CONVERSATION}; ` +
        `restart ${Math.min(...restarts)}–${Math.max(...restarts)} ms; ${((Date.now() - t0) / 1000).toFixed(0)} s in all`,
    );
    expect(lost).toBe(0);
    expect(worstPerConversation).toBeLessThanOrEqual(1);
  });
});

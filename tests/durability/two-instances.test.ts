import { loadConfig } from "../../src/config/config";
import { systemClock } from "../../src/domain/clock";
import { CosmosOutbox } from "../../src/delivery/cosmos-outbox";
import { readLock } from "../../src/storage/embedded";
import { openStore } from "../../src/storage/store";
import { cliAgainst } from "../support/cli";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { say, tempDir } from "../support/harness";
import { sleep, startChildBot, type ChildBot } from "./child";

/**
 * Two instances on one store (issue #16): bot A owns the embedded store, bot B uses it through its
 * endpoint as it would a Cosmos account. Both run the delivery worker; two schedulers race for each
 * digest slot. Per run: every post is sent once, the slot runs once (one digest), and a card updated
 * three times ends with the last update.
 */

jest.setTimeout(600_000); // five runs of two child bots: 23 s unloaded, over 300 s at load 18

const RUNS = 5;
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:two@thread.tacv2";
const CONVERSATIONS = ["19:two-a@thread.tacv2", "19:two-b@thread.tacv2", "19:two-c@thread.tacv2", "19:two-d@thread.tacv2"];
const DUMMY_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
const CHAIR = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl" };

describe("two bot instances on one store", () => {
  let connector: FakeConnector;
  let a: ChildBot | undefined;
  let b: ChildBot | undefined;
  const dataDir = tempDir("samverkan-two-");
  let endpoint = "";

  beforeAll(async () => {
    connector = await startFakeConnector();
    a = await startChildBot({ DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm" });
    endpoint = readLock(dataDir)!.endpoint!;
    b = await startChildBot({ DATA_DIR: tempDir("samverkan-two-b-"), COSMOS_ENDPOINT: endpoint, COSMOS_KEY: DUMMY_KEY, TIME_ZONE: "Europe/Stockholm" });
  });
  afterAll(async () => {
    await b?.kill9();
    await a?.kill9();
    await connector?.close();
  });

  const cliA = cliAgainst(() => ({ DATA_DIR: dataDir }));
  const cliB = cliAgainst(() => ({ COSMOS_ENDPOINT: endpoint, COSMOS_KEY: DUMMY_KEY }));
  const byClientId = () => {
    const n = new Map<string, number>();
    for (const c of connector.sent()) {
      const id = String(c.body?.channelData?.clientActivityId ?? "").split("#")[0]!;
      if (id) n.set(id, (n.get(id) ?? 0) + 1);
    }
    return n;
  };
  const target = (conversationId: string) => ({
    kind: "channel" as const,
    tenantId: "tenant-1",
    conversationId,
    reference: { serviceUrl: connector.url, channelId: "msteams", conversation: { id: conversationId } },
  });

  it(`sends each post once, runs each slot once and loses no card update in ${RUNS} runs`, async () => {
    await cliA(["roles", "set", GROUP, "chair", CHAIR.aadObjectId, "--name", CHAIR.userName, "--tenant", "tenant-1"]);
    const inChannel = (bot: ChildBot, text: string) =>
      say(bot, connector, { text, conversationType: "channel", conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:team-two@thread.tacv2" } }, ...CHAIR, locale: "sv-SE" });
    // The binding through one instance, the subscription through the other.
    expect(JSON.stringify(await inChannel(a!, "koppla kanalen till samverkansgruppen i Västmanland"))).toMatch(/hemkanal/);
    expect(JSON.stringify(await inChannel(b!, "veckobrev på måndag 08:00"))).toMatch(/varje måndag kl\. 08:00/);

    const store = await openStore(loadConfig({ COSMOS_ENDPOINT: endpoint, COSMOS_KEY: DUMMY_KEY }), { owner: "cli" });
    const outbox = new CosmosOutbox(store.container("outbox"), systemClock);
    outbox.coalesceMs = 50;
    let posts = 0;
    let duplicatePosts = 0;
    let duplicateSlots = 0;
    let lostUpdates = 0;
    const notes: string[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        // Monday 08:00 in Stockholm (summer time) of a week without holidays: both schedulers race for the slot.
        const at = new Date(Date.UTC(2027, 8, 6 + 7 * run, 6, 0)).toISOString();
        const [ra, rb] = await Promise.all([cliA(["scheduler", "run", "--job", "digest", "--at", at, "--json"]), cliB(["scheduler", "run", "--job", "digest", "--at", at, "--json"])]);
        const runs = [JSON.parse(ra), JSON.parse(rb)].flatMap((r) => r.runs as { status: string; enqueued: string[] }[]);
        const digestIds = runs.flatMap((r) => r.enqueued);
        if (runs.filter((r) => r.status === "ran").length !== 1 || digestIds.length !== 1) {
          duplicateSlots++;
          notes.push(`run ${run}: ${JSON.stringify(runs.map((r) => [r.status, r.enqueued.length]))}`);
        }

        const ids = CONVERSATIONS.flatMap((c, k) => Array.from({ length: 5 }, (_, i) => ({ id: `two${run}-${k}-${i}`, target: target(c) })));
        for (const x of ids) await outbox.enqueue({ ...x, payload: { text: x.id } });
        const card = `two${run}-card`;
        await outbox.enqueue({ id: card, target: target(CONVERSATIONS[run % 4]!), payload: { text: `${card} v0` } });
        posts += ids.length + 2;
        const deadline = Date.now() + 60_000;
        const expected = [...ids.map((x) => x.id), card, ...digestIds];
        while (expected.some((id) => !byClientId().has(id)) && Date.now() < deadline) await sleep(100);
        for (const v of [1, 2, 3]) await outbox.update({ of: card, payload: { text: `${card} v${v}` } });
        // The update lands once both workers have settled it: the last PUT carries the last version.
        const updated = () => connector.calls.filter((c) => c.method === "PUT" && String(c.body?.text ?? "").startsWith(card)).at(-1)?.body?.text;
        while (updated() !== `${card} v3` && Date.now() < deadline) await sleep(100);
        if (updated() !== `${card} v3`) lostUpdates++;
        await sleep(1_500);
        const seen = byClientId();
        for (const id of expected) duplicatePosts += Math.max(0, (seen.get(id) ?? 0) - 1);
        const digests = [...seen].filter(([id]) => id.startsWith("digest:") && id.endsWith(`W${36 + run}`));
        if (digests.length !== 1 || digests[0]![1] !== 1) {
          duplicateSlots++;
          notes.push(`run ${run}: digest posts ${JSON.stringify(digests)}`);
        }
      }
    } finally {
      await store.close();
    }
    // eslint-disable-next-line no-console
    console.log(`two instances: ${RUNS} runs, ${posts} posts: ${duplicatePosts} duplicate posts, ${duplicateSlots} duplicate or missing slots, ${lostUpdates} lost card updates${notes.length ? `; ${notes.join("; ")}` : ""}`);
    expect({ duplicatePosts, duplicateSlots, lostUpdates }).toEqual({ duplicatePosts: 0, duplicateSlots: 0, lostUpdates: 0 });
  });
});

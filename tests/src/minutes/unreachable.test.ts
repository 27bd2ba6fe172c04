import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { compose } from "../../../src/compose";
import { cardRenderers } from "../../../cards/renderers";
import { ensureSampleCatalog } from "../../../src/catalog/ingest";
import { createAdapter } from "../../../bot/server";
import { TeamsSender } from "../../../bot/teams-sender";
import { minutesCard } from "../../../cards/minutes-view";
import { messages } from "../../../src/i18n";
import { minutesPostIds } from "../../../src/minutes/minutes-service";
import type { DeliveryWorker } from "../../../src/delivery/worker";
import { startFakeConnector, type FakeConnector } from "../../support/fake-connector";
import type { Actor } from "../../../src/agenda/schema";

/**
 * An approver the bot cannot reach 1:1: creating the 1:1 answers 403, so the card goes to the home channel
 * as an @mention and the approver is shown as not reached (cards, CLI, digest). The real delivery worker
 * and TeamsSender against the fake Bot Connector.
 */
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:home@thread.tacv2";
const admin: Actor = { userId: "aad-admin", name: "Admin", isAdmin: true };
/** The meeting is planned on the 19th for the 20th; approval is asked for on the 23rd. */
let now = Date.parse("2026-11-19T12:00:00Z");

describe("an unreachable approver", () => {
  let store: Store;
  let services: Services;
  let fake: FakeConnector;
  let worker: DeliveryWorker;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-minutes-403-"));
    const config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm" });
    store = await openStore(config, { owner: "bot" });
    fake = await startFakeConnector();
    services = compose({ config, clock: { now: () => new Date(now) }, store, logger: pino({ level: "silent" }) }, cardRenderers);
    await ensureSampleCatalog(services);
    await services.conversations.remember({
      tenantId: "t1",
      conversationId: CHANNEL,
      kind: "channel",
      reference: { serviceUrl: fake.url, channelId: "msteams", conversation: { id: CHANNEL }, bot: { id: "28:bot" } },
    });
    await services.agenda.assignRole(admin, GROUP, "chair", { aadObjectId: "aad-chair", tenantId: "t1", name: "Carl" });
    await services.agenda.assignRole(admin, GROUP, "adjuster", { aadObjectId: "aad-unreach", tenantId: "t1", name: "Ulla Utom" });
    await services.minutes.setSettings(admin, GROUP, { approverRoles: ["adjuster"] });
    await services.agenda.bindChannel(admin, GROUP, { tenantId: "t1", teamId: "19:team", channelId: CHANNEL, conversationId: CHANNEL });
    // As in the running bot, where the Application's error handler sits on the adapter and swallows
    // errors: the sender must still see the connector's 403.
    const adapter = createAdapter(config);
    adapter.onTurnError = async () => undefined;
    worker = services.delivery.worker(new TeamsSender(adapter, ""), { pollMs: 50, baseBackoffMs: 30, maxBackoffMs: 300 });
  });
  afterAll(async () => {
    await services?.minutes.settled();
    await worker?.stop();
    await fake?.close();
    await store?.close();
  });

  it("is @mentioned with the card in the home channel and shown as not reached", async () => {
    const meeting = await services.agenda.createMeeting(admin, GROUP, { at: "2026-11-20T13:00" });
    if (!meeting.ok) throw new Error(meeting.code);
    now = Date.parse("2026-11-23T12:00:00Z");
    const loaded = await services.minutes.load(admin, meeting.meeting.id, "Justerare: Ulla Utom\n## 1. Remiss\nBeslut: Remissen besvaras.");
    if (!loaded.ok) throw new Error(loaded.code);
    const req = await services.minutes.request(admin, GROUP, loaded.minutes.id);
    if (!req.ok) throw new Error(req.code);
    await services.minutes.settled();
    // The channel card is held back once (429) so that the only POST the 403 can hit is creating Ulla's 1:1.
    fake.failNext({ status: 429, times: 1, retryAfterSeconds: 0, conversationId: CHANNEL });
    fake.failNext({ status: 403, times: 1, method: "POST" });
    worker.start();
    await worker.idle();

    expect(fake.calls.find((c) => c.path === "/v3/conversations")).toMatchObject({ status: 403 });
    const mention = fake.sent().find((c) => c.conversationId === CHANNEL && /<at>Ulla Utom<\/at>/.test(c.body.text ?? ""));
    expect(mention?.body.entities).toEqual([{ type: "mention", text: "<at>Ulla Utom</at>", mentioned: { id: "aad-unreach", name: "Ulla Utom" } }]);
    // The mention carries the approver's card: she can approve from the channel.
    expect(JSON.stringify(mention?.body.attachments[0].content)).toMatch(/"verb":"minutes.approve"/);
    // The channel's own status card went out too.
    expect(fake.sent().filter((c) => c.conversationId === CHANNEL && !/<at>/.test(c.body.text ?? ""))).toHaveLength(1);

    const m = (await services.minutes.get(GROUP, loaded.minutes.id))!;
    expect(await services.minutes.notReached(m)).toEqual(["aad-unreach"]);
    expect(await services.delivery.outbox.get(minutesPostIds.approver(m, 1, "aad-unreach"))).toMatchObject({ state: "failed", notReached: true });
    const card = JSON.stringify(minutesCard(await services.minutes.view(m), { kind: "reader" }, messages("en"), { timeZone: "Europe/Stockholm" }));
    expect(card).toMatch(/Not reached 1:1: Ulla Utom/);
    expect(card).toMatch(/"title":"Ulla Utom","value":"not reached 1:1/);
    const { minutesDigestSource } = await import("../../../src/minutes/digest-source");
    expect((await minutesDigestSource(services.minutes).awaitingApproval(GROUP, new Date("2026-11-23T12:00:00Z")))[0]).toMatchObject({ notReached: ["Ulla Utom"], pending: ["Ulla Utom"] });
  }, 120_000);
});

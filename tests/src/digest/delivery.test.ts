import { messages } from "../../../src/i18n";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig, type Config } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { compose } from "../../../src/compose";
import { cardRenderers } from "../../../cards/renderers";
import { ensureSampleCatalog } from "../../../src/catalog/ingest";
import type { DeliveryWorker } from "../../../src/delivery";
import type { Actor } from "../../../src/agenda/schema";
import { createAdapter } from "../../../bot/server";
import { TeamsSender } from "../../../bot/teams-sender";
import { startFakeConnector, type FakeConnector } from "../../support/fake-connector";


const TZ = "Europe/Stockholm";
const TENANT = "tenant-1";
const G = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:digest-delivery@thread.tacv2";
const admin: Actor = { userId: "aad-admin", isAdmin: true, name: "Admin" };

/**
 * The digest job through the real delivery path: scheduler → outbox (digest:<channel>:<isoWeek>) → worker →
 * TeamsSender on a CloudAdapter → the fake Bot Connector, which injects 429, 500 and 403. A restart is a
 * new process over the same DATA_DIR (store closed and reopened, new services, new worker).
 */
describe("digest delivery: one digest per channel and ISO week under 429/500 and a restart; 403 pauses", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-digest-delivery-"));
  const clock = { at: new Date("2027-02-01T09:00:00Z"), now() { return new Date(this.at.getTime()); } };
  let config: Config;
  let connector: FakeConnector;
  let store: Store;
  let services: Services;
  let worker: DeliveryWorker;

  async function start() {
    store = await openStore(config, { owner: "bot" });
    services = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
    worker = services.delivery.worker(new TeamsSender(createAdapter(config), ""), { pollMs: 50, baseBackoffMs: 50, maxBackoffMs: 400 });
    worker.start();
  }
  async function stop() {
    await worker.stop();
    await store.close();
  }
  const posts = (week: string) => connector.sent().filter((c) => c.conversationId?.startsWith(CHANNEL) && JSON.stringify(c.body).includes(messages("sv").digest.title(week)));
  async function until(cond: () => boolean | Promise<boolean>, ms = 20_000) {
    const end = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    connector = await startFakeConnector();
    config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: TZ, LOG_LEVEL: "silent" });
    await start();
    await ensureSampleCatalog(services);
    await services.conversations.remember({
      tenantId: TENANT,
      conversationId: CHANNEL,
      kind: "channel",
      reference: { serviceUrl: connector.url, channelId: "msteams", conversation: { id: CHANNEL }, bot: { id: "28:bot" } },
    });
    expect((await services.agenda.bindChannel(admin, G, { tenantId: TENANT, teamId: "team", channelId: CHANNEL, conversationId: CHANNEL })).ok).toBe(true);
    expect((await services.agenda.createMeeting(admin, G, { at: "2027-02-10T13:00", place: "Västerås" })).ok).toBe(true);
    expect((await services.digest.subscribe(admin, { tenantId: TENANT, conversationId: CHANNEL })).ok).toBe(true);
  });
  afterAll(async () => {
    await stop();
    await connector.close();
  });

  it("429 (Retry-After) and 500 are retried; the week's digest is posted once, and running the job again adds nothing", async () => {
    clock.at = new Date("2027-02-08T07:00:00Z");
    connector.failNext({ status: 429, times: 2, retryAfterSeconds: 1, conversationId: CHANNEL });
    connector.failNext({ status: 500, times: 1, conversationId: CHANNEL });
    const run = await services.delivery.scheduler.runDue(clock.at, ["digest"]);
    expect(run[0]).toMatchObject({ status: "ran", enqueued: [`digest:${CHANNEL}:2027-W06`] });
    for (const minute of ["07:05", "07:10", "09:00"]) {
      const again = await services.delivery.scheduler.runDue(new Date(`2027-02-08T${minute}:00Z`), ["digest"]);
      expect(again[0]!.enqueued).toEqual([]);
    }
    await until(() => posts("2027-W06").length >= 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(posts("2027-W06")).toHaveLength(1);
    expect(connector.calls.filter((c) => c.conversationId?.startsWith(CHANNEL) && c.status >= 429)).toHaveLength(3);
    expect((await services.delivery.outbox.get(`digest:${CHANNEL}:2027-W06`))?.state).toBe("sent");
  });

  it("a restart while the next week's digest is throttled: the new process sends it once and queues nothing new", async () => {
    clock.at = new Date("2027-02-15T07:00:00Z");
    connector.failNext({ status: 429, times: 1, retryAfterSeconds: 2, conversationId: CHANNEL });
    const run = await services.delivery.scheduler.runDue(clock.at, ["digest"]);
    expect(run[0]!.enqueued).toEqual([`digest:${CHANNEL}:2027-W07`]);
    await until(() => connector.calls.some((c) => c.conversationId?.startsWith(CHANNEL) && c.status === 429 && JSON.stringify(c.body).includes("2027-W07")));
    await stop();
    await start();
    clock.at = new Date("2027-02-15T07:15:00Z");
    const rerun = await services.delivery.scheduler.runDue(clock.at, ["digest"]);
    expect(rerun[0]).toMatchObject({ status: "ran", enqueued: [] });
    await until(() => posts("2027-W07").length >= 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(posts("2027-W07")).toHaveLength(1);
    expect(posts("2027-W06")).toHaveLength(1);
  });

  it("403 in the channel (bot removed) pauses the subscription: no digest the weeks after", async () => {
    clock.at = new Date("2027-02-22T07:00:00Z");
    connector.failNext({ status: 403, times: 1, conversationId: CHANNEL });
    await services.delivery.scheduler.runDue(clock.at, ["digest"]);
    const channel = { tenantId: TENANT, conversationId: CHANNEL };
    await until(async () => (await services.digest.subscription(channel))?.status === "paused");
    expect(posts("2027-W08")).toHaveLength(0);
    clock.at = new Date("2027-03-01T07:00:00Z");
    const next = await services.delivery.scheduler.runDue(clock.at, ["digest"]);
    expect(next[0]!.enqueued).toEqual([]);
  });
});

import { say, startBot } from "../../support/harness";
import { startFakeConnector } from "../../support/fake-connector";

/** Issue #19, "idle is idle": a running bot with nothing to do writes nothing — no document, no snapshot. */
describe("an idle bot", () => {
  it("makes no store write and writes no snapshot while nothing happens", async () => {
    const connector = await startFakeConnector();
    const bot = await startBot();
    try {
      await say(bot, connector, "hjälp");
      const store = bot.services()!.store;
      // Let the turn's writes and the start-up work settle.
      await new Promise((r) => setTimeout(r, 1_500));
      const before = store.durability()!;
      await new Promise((r) => setTimeout(r, 3_500));
      const after = store.durability()!;
      expect(after.journalled).toBe(before.journalled);
      expect(after.snapshots).toBe(before.snapshots);
      // The hourly minutes job and the kallelse job find nothing due: their slots are not claimed (no lease write).
      const runs = await bot.services()!.delivery.scheduler.runDue(new Date(), ["minutes-reminders", "kallelse"]);
      expect(runs).toEqual([expect.objectContaining({ job: "kallelse", status: "ran", reason: "NOTHING_DUE" }), expect.objectContaining({ job: "minutes-reminders", status: "ran", reason: "NOTHING_DUE" })]);
      expect(store.durability()!.journalled).toBe(after.journalled);
    } finally {
      await bot.stop();
      await connector.close();
    }
  });

  it("writes nothing for a digest slot with nothing due (the slot is not claimed), and claims one that has work", async () => {
    const connector = await startFakeConnector();
    const bot = await startBot({ TIME_ZONE: "Europe/Stockholm" });
    try {
      const channel = { conversationType: "channel" as const, conversationId: "19:idle@thread.tacv2", channelData: { channel: { id: "19:idle@thread.tacv2" }, team: { id: "19:t@thread.tacv2" } }, locale: "sv-SE" };
      await say(bot, connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", ...channel });
      await say(bot, connector, { text: "veckobrev på måndag 08:00", ...channel });
      const { store, delivery } = bot.services()!;
      await new Promise((r) => setTimeout(r, 1_000));
      const before = store.durability()!.journalled;
      // Monday 07:00 in Stockholm, before the 08:00 send time (last week's digest is not carried over): nothing due.
      const [idle] = await delivery.scheduler.runDue(new Date("2027-03-08T06:00:00Z"), ["digest"]);
      expect(idle).toMatchObject({ status: "ran", reason: "NOTHING_DUE", enqueued: [] });
      expect(store.durability()!.journalled).toBe(before);
      // Monday 08:05: the digest is due; the slot is claimed and the digest queued.
      const [due] = await delivery.scheduler.runDue(new Date("2027-03-08T07:05:00Z"), ["digest"]);
      expect(due).toMatchObject({ status: "ran", enqueued: [expect.stringMatching(/^digest:/)] });
      expect(store.durability()!.journalled).toBeGreaterThan(before);
    } finally {
      await bot.stop();
      await connector.close();
    }
  });
});

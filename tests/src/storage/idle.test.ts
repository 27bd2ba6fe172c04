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
    } finally {
      await bot.stop();
      await connector.close();
    }
  });
});

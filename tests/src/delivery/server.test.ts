import { runCli } from "../../../bot/cli/main";
import { startFakeConnector } from "../../support/fake-connector";
import { activity, post, startBot } from "../../support/harness";


describe("delivery in the running bot", () => {
  it("a post enqueued by a feature reaches the channel once; the CLI attaches and sees it sent", async () => {
    const fake = await startFakeConnector();
    const bot = await startBot();
    try {
      // A message in the channel stores its conversation reference.
      const res = await post(bot, activity(fake, { conversationType: "channel", text: "hello" }));
      expect(res.status).toBeLessThan(300);
      const delivery = bot.services()!.delivery;
      const req = {
        id: "meeting-1:kallelse",
        target: { kind: "channel" as const, tenantId: "tenant-1", conversationId: "19:channel-1@thread.tacv2" },
        payload: { text: "Kallelse till möte 1" },
      };
      expect(await delivery.outbox.enqueue(req)).toMatchObject({ ok: true, created: true });
      expect(await delivery.outbox.enqueue(req)).toMatchObject({ ok: true, created: false });
      // The post it means, by content: the reply to "hello" (or anything else the bot sends) is not it.
      const sent = await fake.waitFor((c) => c.body?.text === "Kallelse till möte 1");
      expect(sent).toMatchObject({ conversationId: "19:channel-1@thread.tacv2" });
      for (let i = 0; i < 20 && (await delivery.outbox.get(req.id))?.state !== "sent"; i++) await new Promise((r) => setTimeout(r, 50));
      const out: string[] = [];
      const io = { out: (s: string) => out.push(s), err: () => undefined };
      expect(await runCli(["scheduler", "outbox", "--json"], io, { DATA_DIR: bot.dataDir })).toBe(0);
      expect(JSON.parse(out.join("\n"))).toEqual([expect.objectContaining({ id: "meeting-1:kallelse", state: "sent" })]);
    } finally {
      await bot.stop();
      await fake.close();
    }
    expect(fake.sent().filter((c) => c.body?.text === "Kallelse till möte 1")).toHaveLength(1);
  });
});

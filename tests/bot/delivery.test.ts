import { say } from "../support/harness";
import { useBot } from "../support/use-bot";

/**
 * Proactive posts from the running bot, where the Application's error handler sits on the adapter: a
 * refusal from the connector must reach the delivery worker as a failure (retry on 429, deactivate on
 * 403), never be swallowed and counted as sent.
 */
describe("proactive delivery in the running bot", () => {
  const ctx = useBot();
  const CHANNEL = "19:delivery-channel@thread.tacv2";

  async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v) || Date.now() > until) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("retries a post refused with 429 and posts it once", async () => {
    await say(ctx.bot, ctx.connector, { text: "hjälp", conversationType: "channel", conversationId: CHANNEL });
    const services = ctx.bot.services()!;
    const before = ctx.connector.sent().length;
    ctx.connector.failNext({ status: 429, times: 1, retryAfterSeconds: 1, conversationId: CHANNEL });
    await services.delivery.outbox.enqueue({ id: "bot-429", target: { kind: "channel", tenantId: "tenant-1", conversationId: CHANNEL }, payload: { text: "Throttled once" } });
    const item = await waitFor(() => services.delivery.outbox.get("bot-429"), (i) => i?.state === "sent" || i?.state === "failed");
    expect(item).toMatchObject({ state: "sent" });
    expect(item!.attempts).toBeGreaterThanOrEqual(2);
    const posts = ctx.connector.sent().slice(before).filter((c) => JSON.stringify(c.body).includes("Throttled once"));
    expect(posts).toHaveLength(1);
    expect(ctx.connector.calls.some((c) => c.status === 429 && c.conversationId === CHANNEL)).toBe(true);
  });

  it("a channel post refused with 403 fails as 'bot removed' and deactivates the conversation", async () => {
    const services = ctx.bot.services()!;
    ctx.connector.failNext({ status: 403, times: 1, conversationId: CHANNEL });
    await services.delivery.outbox.enqueue({ id: "bot-403", target: { kind: "channel", tenantId: "tenant-1", conversationId: CHANNEL }, payload: { text: "Removed" } });
    const item = await waitFor(() => services.delivery.outbox.get("bot-403"), (i) => i?.state === "sent" || i?.state === "failed");
    expect(item).toMatchObject({ state: "failed" });
    expect(JSON.stringify(item)).toContain("BOT_REMOVED");
    expect((await services.conversations.get("tenant-1", CHANNEL))?.active).toBe(false);
  });
});

import { startFakeConnector, type FakeConnector } from "./fake-connector";
import { startBot } from "./harness";

// Kept apart from harness.ts: it uses jest's globals, and bench/ (built without jest types) imports harness.ts.
/**
 * One bot and one fake connector for a whole describe block, started in beforeAll and stopped in afterAll.
 * Read `ctx.bot` / `ctx.connector` inside tests (they are set once beforeAll ran).
 */
export function useBot(env: Record<string, string> = {}): { bot: Awaited<ReturnType<typeof startBot>>; connector: FakeConnector } {
  const ctx = {} as { bot: Awaited<ReturnType<typeof startBot>>; connector: FakeConnector };
  beforeAll(async () => {
    ctx.connector = await startFakeConnector();
    ctx.bot = await startBot(env);
  });
  afterAll(async () => {
    await ctx.bot?.stop();
    await ctx.connector?.close();
  });
  return ctx;
}

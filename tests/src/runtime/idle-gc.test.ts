import { fullCollection, startIdleGc } from "../../../src/runtime/idle-gc";
import { startBot, activity, post } from "../../support/harness";
import { startFakeConnector } from "../../support/fake-connector";

const MB = 1024 * 1024;

/** An idle collector on a hand-moved clock and heap (checkMs 0: the test calls check()). */
function rig(start: { committed: number }) {
  const s = { t: 0, turns: 0, committed: start.committed, collected: [] as number[] };
  const gc = startIdleGc({
    activity: () => s.turns,
    idleMs: 2_000,
    checkMs: 0,
    minGrowthBytes: 32 * MB,
    committed: () => s.committed,
    now: () => s.t,
    collect: () => {
      s.collected.push(s.committed);
      s.committed = 120 * MB;
    },
  });
  const idleFor = (ms: number) => {
    for (let waited = 0; waited < ms; waited += 500) {
      s.t += 500;
      gc.check();
    }
  };
  return { s, gc, idleFor };
}

describe("idle garbage collection", () => {
  it("collects once the turns have stopped for 2 s after the committed heap grew, and not again until it grows again", () => {
    const { s, gc, idleFor } = rig({ committed: 110 * MB });
    s.turns = 5000;
    s.committed = 250 * MB; // the old generation's pages after a burst (what V8 keeps once it has collected)
    gc.check();
    idleFor(1_500);
    expect(s.collected).toEqual([]);
    idleFor(1_000);
    expect(s.collected).toEqual([250 * MB]);
    idleFor(60_000);
    expect(gc.collections).toBe(1);
    s.turns++;
    s.committed = 160 * MB; // grown by 40 MB over what the last collection left
    gc.check();
    idleFor(2_500);
    expect(s.collected).toEqual([250 * MB, 160 * MB]);
    gc.stop();
  });

  it("never collects while turns keep coming, whatever the heap", () => {
    const { s, gc } = rig({ committed: 110 * MB });
    s.committed = 400 * MB;
    for (let i = 0; i < 200; i++) {
      s.turns++;
      s.t += 500;
      gc.check();
    }
    expect(gc.collections).toBe(0);
    gc.stop();
  });

  it("does nothing when the committed heap has not grown by the threshold", () => {
    const { s, gc, idleFor } = rig({ committed: 110 * MB });
    s.turns = 10;
    s.committed = 130 * MB;
    gc.check();
    idleFor(30_000);
    expect(gc.collections).toBe(0);
    gc.stop();
  });

  it("V8's full collection is reachable without --expose-gc and frees garbage", async () => {
    const collect = fullCollection();
    const ref = new WeakRef(Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` })));
    await new Promise<void>((r) => setImmediate(r)); // a WeakRef's target is kept until the job that made it ends
    collect();
    expect(ref.deref()).toBeUndefined();
  });

  it("the bot counts the turns it begins (what bot/main.ts's idle collection watches)", async () => {
    const connector = await startFakeConnector();
    const bot = await startBot();
    try {
      const before = bot.turnsBegun();
      const r = await post(bot, activity(connector, { text: "hjälp" }));
      expect(r.status).toBe(200);
      expect(bot.turnsBegun()).toBe(before + 1);
    } finally {
      await bot.stop();
      await connector.close();
    }
  });
});


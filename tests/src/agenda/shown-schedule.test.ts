import { loadConfig } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import { CosmosAgendaRepository } from "../../../src/agenda/cosmos-agenda-repository";
import { tempDir } from "../../support/harness";

/**
 * The shown copy of a group's schedule (the routing card's next meeting, `schedule(groupId, maxAgeMs)`):
 * one read at a time per group, read again beside the turns once past half its age, never older than
 * maxAgeMs; a plain `schedule(groupId)` always reads.
 */
describe("the shown schedule", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(loadConfig({ DATA_DIR: tempDir() }), { owner: "bot" });
  }, 120_000);
  afterAll(() => store?.close(), 60_000);

  const put = (groupId: string, mark: string) => store.container("work").items.upsert({ id: "schedule", type: "schedule", groupId, mark, meetings: [], roles: [], complete: true });
  const mark = (s: unknown) => (s as { mark?: string } | undefined)?.mark;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("reads once for turns that ask at the same time", async () => {
    await put("g-one", "v1");
    const repo = new CosmosAgendaRepository(store.container("work"));
    const all = await Promise.all(Array.from({ length: 8 }, () => repo.schedule("g-one", 2_000)));
    expect(mark(all[0])).toBe("v1");
    for (const s of all) expect(s).toBe(all[0]); // one read: the very same copy
    expect(await repo.schedule("g-one")).not.toBe(all[0]); // without a max age: a read of its own
  });

  it("refreshes a copy past half its age beside the turn: another instance's change is seen before the copy expires", async () => {
    await put("g-two", "v1");
    const repo = new CosmosAgendaRepository(store.container("work"));
    const read = Date.now();
    expect(mark(await repo.schedule("g-two", 4_000))).toBe("v1");
    await put("g-two", "v2"); // another instance
    expect(mark(await repo.schedule("g-two", 4_000))).toBe("v1"); // young: the copy
    await sleep(2_100);
    expect(mark(await repo.schedule("g-two", 4_000))).toBe("v1"); // past half its age: the copy, and a read begins
    let seen: string | undefined;
    while (seen !== "v2" && Date.now() - read < 3_800) {
      await sleep(20);
      seen = mark(await repo.schedule("g-two", 4_000));
    }
    expect(seen).toBe("v2"); // before the first copy's 4 s were up: no turn waited for that read
  });
});

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../../src/config/config";
import { fixedClock, systemClock } from "../../../src/domain/clock";
import { openStore, type Store } from "../../../src/storage/store";
import { CosmosOutbox } from "../../../src/delivery/cosmos-outbox";
import { cosmosLeases } from "../../../src/delivery/cosmos-leases";
import { Scheduler, type JobContext, type ScheduledJob } from "../../../src/delivery/scheduler";
import { scheduledDay } from "../../../src/domain/working-days";


let store: Store;
beforeEach(async () => {
  store = await openStore(loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-sched-")) }), { owner: "bot" });
});
afterEach(async () => {
  await store.close();
});

/** A digest-like job: every channel gets one post per ISO week, on the first working day of the week. */
function digestJob(calls: JobContext[]): ScheduledJob {
  return {
    name: "digest",
    schedule: "0 8 * * 1-5",
    async due(ctx) {
      calls.push(ctx);
      await new Promise((r) => setTimeout(r, 30));
      if (scheduledDay(ctx.isoWeek.monday) !== ctx.localDate) return [];
      return ["19:a@thread.tacv2", "19:b@thread.tacv2"].map((c) => ({
        id: `${c.replace(/[^a-z0-9]/gi, "")}:${ctx.isoWeek.key}:digest`,
        target: { kind: "channel" as const, tenantId: "t", conversationId: c },
        payload: { text: `digest ${ctx.isoWeek.key}` },
      }));
    },
  };
}

const scheduler = (owner: string, clock = systemClock) =>
  new Scheduler({ leases: cosmosLeases(store.container("leases")), outbox: new CosmosOutbox(store.container("outbox"), clock), timeZone: "Europe/Stockholm", clock, owner });

describe("scheduler", () => {
  it("runs a job once per instant across two instances and enqueues once", async () => {
    const calls: JobContext[] = [];
    const a = scheduler("a");
    const b = scheduler("b");
    a.register(digestJob(calls));
    b.register(digestJob(calls));
    // Monday 2026-04-06 is annandag påsk: the digest moves to Tuesday.
    const monday = new Date("2026-04-06T06:00:00Z");
    const [ra, rb] = await Promise.all([a.runDue(monday), b.runDue(monday)]);
    expect([ra[0]!.status, rb[0]!.status].sort()).toEqual(["ran", "skipped"]);
    expect(calls).toHaveLength(1);
    expect(ra[0]!.enqueued.length + rb[0]!.enqueued.length).toBe(0);

    const tuesday = new Date("2026-04-07T06:00:00Z");
    const [r1] = await a.runDue(tuesday);
    expect(r1).toMatchObject({ status: "ran", enqueued: ["19athreadtacv2:2026-W15:digest", "19bthreadtacv2:2026-W15:digest"] });
    const [again] = await b.runDue(tuesday);
    expect(again).toMatchObject({ status: "skipped", reason: "ALREADY_RAN" });
    // A later minute runs the query again, but the outbox ids make it a no-op.
    const [later] = await b.runDue(new Date("2026-04-07T06:05:00Z"));
    expect(later).toMatchObject({ status: "ran", enqueued: [], alreadyQueued: ["19athreadtacv2:2026-W15:digest", "19bthreadtacv2:2026-W15:digest"] });
    expect(calls.map((c) => c.localDate)).toEqual(["2026-04-06", "2026-04-07", "2026-04-07"]);
  });

  it("croner on every instance, executed once per slot thanks to the lease", async () => {
    const calls: JobContext[] = [];
    const job: ScheduledJob = { name: "tick", schedule: "* * * * * *", due: async (ctx) => (calls.push(ctx), []) };
    const clock = fixedClock(new Date("2026-06-19T08:00:00Z"));
    const a = scheduler("a", clock);
    const b = scheduler("b", clock);
    a.register(job);
    b.register(job);
    a.start();
    b.start();
    await new Promise((r) => setTimeout(r, 2_500));
    await a.stop();
    await b.stop();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.localDate).toBe("2026-06-19");
    expect(a.jobs()[0]).toMatchObject({ name: "tick", schedule: "* * * * * *" });
    expect((await a.lastRuns()).find((l) => l.id === "job:tick")?.lastSlot).toBe("2026-06-19T08:00:00.000Z");
  });

  it("refuses a bad cron pattern", () => {
    expect(() => scheduler("x").register({ name: "bad", schedule: "not a cron", due: async () => [] })).toThrow();
  });
});

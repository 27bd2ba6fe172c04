import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../../src/config/config";
import { systemClock } from "../../../src/domain/clock";
import { openStore, type Store } from "../../../src/storage/store";
import { CosmosOutbox } from "../../../src/delivery/cosmos-outbox";
import { cosmosLeases } from "../../../src/delivery/cosmos-leases";
import { Scheduler, type ScheduledJob } from "../../../src/delivery/scheduler";

/**
 * A crashed scheduler claim (issue #16): a lease left by an instance that died between claiming a slot
 * and queuing its work. The job runs for that slot once the lease expires (another instance), or at once
 * (the same instance restarted), and queues its post once.
 */


let store: Store;
beforeEach(async () => {
  store = await openStore(loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-sched-crash-")) }), { owner: "bot" });
});
afterEach(async () => {
  await store.close();
});

const SLOT_AT = "2027-09-06T06:00:00.000Z";
/** A job that never fires by its schedule during the test: only a takeover can run it. */
function job(runs: string[]): ScheduledJob {
  return {
    name: "weekly",
    schedule: "0 8 1 1 *",
    async due(ctx) {
      runs.push(ctx.at.toISOString());
      return [{ id: `weekly:${ctx.isoWeek.key}`, target: { kind: "channel" as const, tenantId: "t", conversationId: "19:c@thread.tacv2" }, payload: { text: "weekly" } }];
    },
  };
}
const scheduler = (o: { owner?: string; instance?: string; leaseMs: number }) =>
  new Scheduler({ leases: cosmosLeases(store.container("leases")), outbox: new CosmosOutbox(store.container("outbox"), systemClock), timeZone: "Europe/Stockholm", clock: systemClock, ...o });

/** The lease document a crash leaves: claimed, never completed. */
async function crashedClaim(holder: string, untilMs: number): Promise<void> {
  await store.container("leases").items.upsert({ id: "job:weekly", type: "lease", holder, until: new Date(untilMs).toISOString(), slot: SLOT_AT, at: SLOT_AT });
}
const waitFor = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe("a scheduler claim left by a crash", () => {
  it("is taken over by another instance when its lease expires, not before, and its work is queued once", async () => {
    const leaseMs = 1_500;
    const expires = Date.now() + leaseMs;
    await crashedClaim("dead-instance/123", expires);
    const runs: string[] = [];
    const other = scheduler({ owner: "survivor", leaseMs });
    other.register(job(runs));
    other.start();
    await waitFor(() => runs.length > 0, 10_000);
    const delayAfterExpiry = Date.now() - expires;
    await other.stop();
    expect(runs).toEqual([SLOT_AT]);
    expect(delayAfterExpiry).toBeGreaterThanOrEqual(0);
    // eslint-disable-next-line no-console
    console.log(`crashed claim (lease ${leaseMs} ms) taken over ${delayAfterExpiry} ms after it expired`);
    expect((await new CosmosOutbox(store.container("outbox"), systemClock).list()).map((i) => i.id)).toEqual(["weekly:2027-W36"]);
    const lease = (await store.container("leases").item("job:weekly", "job:weekly").read()).resource;
    expect(lease).toMatchObject({ lastSlot: SLOT_AT });
    expect(lease.holder).toBeUndefined();
  });

  it("is taken over at once by the same instance after its restart (its name, not the lease, tells)", async () => {
    const leaseMs = 15_000;
    await crashedClaim("embedded:/data/x/earlier-life", Date.now() + leaseMs);
    const runs: string[] = [];
    const restarted = scheduler({ instance: "embedded:/data/x", leaseMs });
    restarted.register(job(runs));
    const t0 = Date.now();
    restarted.start();
    await waitFor(() => runs.length > 0, 5_000);
    await restarted.stop();
    expect(runs).toEqual([SLOT_AT]);
    expect(Date.now() - t0).toBeLessThan(leaseMs);
  });

  it("runs a taken-over slot once even when two instances see the expired claim", async () => {
    // The lease is long enough that a loaded machine still renews it in time (a winner whose renewal
    // came too late would be taken over: at least once, which the outbox's slot id absorbs), and the
    // wait after the run is longer than the lease, so a second claim would have happened.
    await crashedClaim("dead/1", Date.now() + 800);
    const runs: string[] = [];
    const a = scheduler({ owner: "a", leaseMs: 3_000 });
    const b = scheduler({ owner: "b", leaseMs: 3_000 });
    a.register(job(runs));
    b.register(job(runs));
    a.start();
    b.start();
    await waitFor(() => runs.length > 0, 10_000);
    await new Promise((r) => setTimeout(r, 4_000));
    await a.stop();
    await b.stop();
    expect(runs).toEqual([SLOT_AT]);
  });
});

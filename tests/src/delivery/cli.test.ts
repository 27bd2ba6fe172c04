import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../../bot/cli/main";
import { loadConfig } from "../../../src/config/config";
import { systemClock } from "../../../src/domain/clock";
import { CosmosOutbox } from "../../../src/delivery/cosmos-outbox";
import { openStore } from "../../../src/storage/store";


const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
};

describe("samverkan scheduler", () => {
  it("runs at an instant, lists jobs and the outbox, refuses bad input", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-sched-"));
    const store = await openStore(loadConfig({ DATA_DIR: dataDir }), { owner: "bot" });
    await new CosmosOutbox(store.container("outbox"), systemClock).enqueue({
      id: "m1:kallelse",
      target: { kind: "channel", tenantId: "t", conversationId: "19:x@thread.tacv2" },
      payload: { text: "Kallelse" },
    });
    await store.close();

    const run = capture();
    expect(await runCli(["scheduler", "run", "--at", "2026-12-07T07:00:00+01:00", "--json"], run.io, { DATA_DIR: dataDir })).toBe(0);
    expect(JSON.parse(run.out.join("\n"))).toMatchObject({ at: "2026-12-07T06:00:00.000Z", timeZone: "Europe/Stockholm" });
    // every registered job ran for that slot, and nothing was due
    const runs = JSON.parse(run.out.join("\n")).runs as { job: string; status: string; enqueued: unknown[] }[];
    expect(runs.map((r) => r.job).sort()).toEqual(["digest", "kallelse", "minutes-reminders"]);
    for (const r of runs) expect(r).toMatchObject({ status: "ran", enqueued: [] });

    const now = capture();
    expect(await runCli(["scheduler", "run"], now.io, { DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-12-07T08:00:00Z" })).toBe(0);
    expect(now.out.join("\n")).toContain("2026-12-07T08:00:00.000Z");

    const list = capture();
    expect(await runCli(["scheduler", "outbox", "--state", "pending", "--json"], list.io, { DATA_DIR: dataDir })).toBe(0);
    expect(JSON.parse(list.out.join("\n"))).toEqual([expect.objectContaining({ id: "m1:kallelse", state: "pending", target: "channel 19:x@thread.tacv2" })]);

    const jobs = capture();
    expect(await runCli(["scheduler", "jobs", "--json"], jobs.io, { DATA_DIR: dataDir })).toBe(0);
    expect(JSON.parse(jobs.out.join("\n")).map((j: { name: string }) => j.name).sort()).toEqual(["digest", "kallelse", "minutes-reminders"]);

    const bad = capture();
    expect(await runCli(["scheduler", "run", "--at", "tomorrow"], bad.io, { DATA_DIR: dataDir })).toBe(2);
    expect(bad.err.join("\n")).toMatch(/not an ISO instant/);
    const badState = capture();
    expect(await runCli(["scheduler", "outbox", "--state", "nope"], badState.io, { DATA_DIR: dataDir })).toBe(2);
  });
});

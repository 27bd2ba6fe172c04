import { CurrentCatalog } from "../../../src/catalog/current-catalog";
import type { Catalog } from "../../../src/catalog/schema";
import { createRouter, type Router } from "../../../src/routing/router";
import { sampleCatalog } from "../routing/sample-catalog";

import { afterTurn, source } from "./movable-source";

/** A derivation whose builds end when the test says (a router built in slices takes seconds at 10,000 groups). */
function heldBuilds() {
  const builds: { version: number; finish: () => void; fail: (err: Error) => void }[] = [];
  const fn = (c: Catalog) =>
    new Promise<Router>((resolve, reject) => builds.push({ version: c.version, finish: () => resolve(createRouter(c)), fail: reject }));
  return { fn, builds };
}

describe("a derivation runs once per catalog version at a time, never stores an older value over a newer, and backs off after a failure", () => {
  const v1 = sampleCatalog(1);
  const v2 = { ...v1, version: 2, entries: v1.entries.slice(1) };

  it("two callers that ask for the same version while it is being derived share one build", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 0);
    const { fn, builds } = heldBuilds();
    const a = current.derive(fn);
    const b = current.derive(fn);
    const c = current.latest(fn);
    while (builds.length === 0) await afterTurn();
    await afterTurn();
    expect(builds.map((x) => x.version)).toEqual([1]);
    builds[0]!.finish();
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    expect(ra).toBe(rb);
    expect(rc.value).toBe(ra);
    expect(builds).toHaveLength(1);
  });

  it("an older version's build that ends last does not replace the newer version's value", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 0);
    const { fn, builds } = heldBuilds();
    const old = current.derive(fn);
    while (builds.length < 1) await afterTurn();
    s.set(v2);
    const newer = current.derive(fn);
    while (builds.length < 2) await afterTurn();
    builds[1]!.finish();
    expect((await newer).version).toBe(2);
    builds[0]!.finish();
    expect((await old).version).toBe(1);
    // the turns that follow are answered by version 2's router, without building again
    const next = await current.latest(fn);
    expect(next.value.version).toBe(2);
    expect(next.catalog.version).toBe(2);
    expect((await current.derive(fn)).version).toBe(2);
    expect(builds.map((x) => x.version)).toEqual([1, 2]);
  });

  it("a failed build is not tried again in every turn, but after its back-off; the last good router answers meanwhile", async () => {
    const s = source(v1);
    let now = 1_000_000;
    const current = new CurrentCatalog(s.repo, 0, { retryMs: 10_000, now: () => now });
    const errors: unknown[] = [];
    const built: number[] = [];
    const failing = (c: Catalog) => {
      built.push(c.version);
      if (c.version === 2) throw new Error("broken lexicon");
      return createRouter(c);
    };
    expect((await current.latest(failing, (e) => errors.push(e))).value.version).toBe(1);
    s.set(v2);
    for (let turn = 0; turn < 5; turn++) {
      expect((await current.latest(failing, (e) => errors.push(e))).value.version).toBe(1);
      await afterTurn();
      await afterTurn();
    }
    expect(built).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
    await expect(current.derive(failing)).rejects.toThrow(/broken lexicon/);
    expect(built).toEqual([1, 2]);
    // the back-off has passed: the next turn tries once more (and backs off longer when it fails again)
    now += 10_000;
    expect((await current.latest(failing, (e) => errors.push(e))).value.version).toBe(1);
    await afterTurn();
    await afterTurn();
    expect(built).toEqual([1, 2, 2]);
    now += 10_000;
    await current.latest(failing, (e) => errors.push(e));
    await afterTurn();
    expect(built).toEqual([1, 2, 2]);
    now += 10_000;
    await current.latest(failing, (e) => errors.push(e));
    await afterTurn();
    await afterTurn();
    expect(built).toEqual([1, 2, 2, 2]);
  });

  it("a failed first build is the caller's error, given again during the back-off without building", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 0, { retryMs: 10_000, now: () => 0 });
    let builds = 0;
    const failing = () => {
      builds++;
      throw new Error("broken lexicon");
    };
    await expect(current.latest(failing)).rejects.toThrow(/broken lexicon/);
    await expect(current.latest(failing)).rejects.toThrow(/broken lexicon/);
    await expect(current.derive(failing)).rejects.toThrow(/broken lexicon/);
    expect(builds).toBe(1);
  });
});

describe("a change this process made while a catalog check is on its way (invalidate)", () => {
  const v1 = sampleCatalog(1);
  const v2 = { ...v1, version: 2, entries: v1.entries.slice(1) };

  it("is read by a check after that one, and the publisher's next question waits for its router", async () => {
    let catalog: Catalog = v1;
    let held: (() => void) | undefined;
    let hold = false;
    const repo = {
      version: async () => {
        const v = catalog.version;
        if (hold) await new Promise<void>((r) => (held = r));
        return v;
      },
      load: async () => catalog,
    };
    const current = new CurrentCatalog(repo, 60_000);
    expect((await current.latest(createRouter)).value.version).toBe(1);
    current.invalidate();
    // a check is on its way and has read version 1 when this process publishes version 2
    hold = true;
    const first = current.latest(createRouter);
    while (!held) await afterTurn();
    hold = false;
    catalog = v2;
    current.invalidate();
    const second = current.latest(createRouter);
    held();
    expect((await first).value.version).toBe(1);
    const answered = await second;
    expect(answered.catalog.version).toBe(2);
    expect(answered.value.version).toBe(2);
    expect((await current.latest(createRouter)).catalog.version).toBe(2);
  });
});

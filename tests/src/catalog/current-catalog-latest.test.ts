import { CurrentCatalog } from "../../../src/catalog/current-catalog";
import type { Catalog } from "../../../src/catalog/schema";
import { buildRouter, createRouter, Router } from "../../../src/routing/router";
import { sampleCatalog } from "../routing/sample-catalog";

import { afterTurn, source } from "./movable-source";

describe("the router after a catalog change is built beside the turns, not in one (CurrentCatalog.latest)", () => {
  const v1 = sampleCatalog(1);
  const v2 = { ...v1, version: 2, entries: v1.entries.slice(1) };
  const question = { question: "Vem ansvarar för kompetensförsörjning inom röntgen?" };

  it("a turn during a rebuild is answered by the old router; the new one is swapped in when it is ready", async () => {
    const s = source(v1);
    // a build that takes its time (a real one at 10,000 groups takes seconds): version 2's ends when the test says
    let finish!: () => void;
    const built: number[] = [];
    const slow = (c: Catalog) => {
      built.push(c.version);
      if (c.version === 1) return createRouter(c);
      return new Promise<ReturnType<typeof createRouter>>((resolve) => (finish = () => resolve(createRouter(c))));
    };
    const current = new CurrentCatalog(s.repo, 0);
    const ready = await current.latest(slow);
    expect(ready.value.version).toBe(1);
    s.set(v2);
    const during = await current.latest(slow);
    await afterTurn();
    const stillDuring = await current.latest(slow);
    // answered by the version-1 router, with the catalog it was built from (the card names what the router knows)
    expect(during.value.version).toBe(1);
    expect(during.catalog.version).toBe(1);
    expect(stillDuring.value.version).toBe(1);
    expect(during.value.route(question)).toEqual(ready.value.route(question));
    expect(built).toEqual([1, 2]);
    finish();
    await afterTurn();
    const after = await current.latest(slow);
    expect(after.value.version).toBe(2);
    expect(after.catalog.version).toBe(2);
    expect(built).toEqual([1, 2]);
  });

  it("the real router: the turn that notices the change is answered at once by the old one, a turn after the build by the new", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 0);
    expect((await current.latest(createRouter)).value.version).toBe(1);
    s.set(v2);
    expect((await current.latest(createRouter)).value.version).toBe(1);
    await afterTurn();
    await afterTurn();
    expect((await current.latest(createRouter)).value.version).toBe(2);
  });

  it("the router built in slices (buildRouter): derive keeps the router, not a promise, and shares a rebuild that runs", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 0);
    let builds = 0;
    const counted = (c: Catalog) => {
      builds++;
      return buildRouter(c, 0);
    };
    const first = await current.derive(counted);
    expect(first).toBeInstanceOf(Router);
    expect((await current.latest(counted)).value).toBe(first);
    s.set(v2);
    // the turn that notices the change: the old router at once, the new one building beside it
    expect((await current.latest(counted)).value.version).toBe(1);
    const second = await current.derive(counted);
    expect(second).toBeInstanceOf(Router);
    expect(second.version).toBe(2);
    expect(builds).toBe(2);
    expect((await current.latest(counted)).value).toBe(second);
  });

  it("a change this process made (invalidate) is answered from at once: the publisher's next question waits for it", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 60_000);
    expect((await current.latest(createRouter)).value.version).toBe(1);
    s.set(v2);
    current.invalidate();
    const next = await current.latest(createRouter);
    expect(next.value.version).toBe(2);
    expect(next.catalog.version).toBe(2);
  });

  it("a failed rebuild keeps the old router answering and is reported; a failed first build is the caller's error", async () => {
    const s = source(v1);
    const current = new CurrentCatalog(s.repo, 0);
    const errors: unknown[] = [];
    const failing = (c: Catalog) => {
      if (c.version === 2) throw new Error("broken lexicon");
      return createRouter(c);
    };
    expect((await current.latest(failing, (e) => errors.push(e))).value.version).toBe(1);
    s.set(v2);
    expect((await current.latest(failing, (e) => errors.push(e))).value.version).toBe(1);
    await afterTurn();
    await afterTurn();
    expect((await current.latest(failing, (e) => errors.push(e))).value.version).toBe(1);
    expect(String(errors[0])).toMatch(/broken lexicon/);
    await expect(new CurrentCatalog(s.repo, 0).latest(failing)).rejects.toThrow(/broken lexicon/);
  });
});

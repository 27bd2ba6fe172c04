/*
 * The router's build in slices (slices.ts, `buildRouter`): the same router as the build at once, and the event loop
 * runs between the slices, so a chat turn that arrives during a rebuild at scale waits for a slice, not the build.
 * (How long a slice and the whole build take is measured by bench:routing, not here.)
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { parseLabelled } from "../../../src/routing/evaluate";
import { buildRouter, createRouter } from "../../../src/routing/router";
import { pace, runNow, runSliced, type Steps } from "../../../src/routing/slices";
import { sampleCatalog } from "./sample-catalog";

const DEV = join(__dirname, "..", "..", "fixtures", "routing-dev");

/** The tune halves' questions (never the holdout): enough kinds of question to touch every part of the router. */
const questions = readdirSync(DEV)
  .filter((f) => /^tune\d*\.jsonl$/.test(f))
  .flatMap((f) => parseLabelled(readFileSync(join(DEV, f), "utf8")));

describe("the router built in slices", () => {
  const catalog = sampleCatalog();

  it("answers every question as the router built at once does", async () => {
    const sliced = await buildRouter(catalog, 0);
    const now = createRouter(catalog);
    expect(questions.length).toBeGreaterThan(100);
    for (const q of questions) {
      const query = { question: q.question, ...(q.org ? { org: q.org } : {}) };
      expect(sliced.routeDetailed(query)).toEqual(now.routeDetailed(query));
    }
    expect(sliced.stats).toEqual(now.stats);
  });

  it("lets the event loop run between its slices", async () => {
    let turns = 0;
    let running = true;
    const turn = () => {
      turns++;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    // slices of 0 ms: the loop gets a turn at every step the build offers
    const router = await buildRouter(catalog, 0);
    running = false;
    expect(router.stats.passages).toBeGreaterThan(100);
    expect(turns).toBeGreaterThan(20);
  });
});

describe("steps", () => {
  function* count(n: number): Steps<number> {
    const tick = pace(4);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += i;
      if (tick()) yield;
    }
    return sum;
  }

  it("run at once or in slices give the same value", async () => {
    expect(runNow(count(100))).toBe(4950);
    await expect(runSliced(count(100), 0)).resolves.toBe(4950);
  });

  it("pace says yes every n-th call", () => {
    const tick = pace(4);
    expect(Array.from({ length: 8 }, () => tick())).toEqual([false, false, false, true, false, false, false, true]);
  });
});

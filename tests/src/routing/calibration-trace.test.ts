import { readFileSync } from "fs";
import { join } from "path";
import { TracedRouter } from "../../../bench/routing-calibrate";
import { CALIBRATION } from "../../../src/routing/calibration";
import { parseLabelled } from "../../../src/routing/evaluate";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

/**
 * The calibration bench routes a question once per path, not once per setting: that is only right if every threshold
 * decision of the router is recorded (src/routing/calibration.ts `reaches`). Tune-half questions only.
 */
const catalog = sampleCatalog();
const router = new Router(catalog);
const DEV = join(__dirname, "..", "..", "fixtures", "routing-dev");
const questions = ["tune.jsonl", "tune3.jsonl", "tune10.jsonl"].flatMap((f) => parseLabelled(readFileSync(join(DEV, f), "utf8"))).map((q) => ({ question: q.question, ...(q.org ? { org: q.org } : {}) }));
const SETTINGS = [
  { none: 0.1, ambiguous: 0.6, crossOrganization: 0.5 },
  { none: 0.24, ambiguous: 0.92, crossOrganization: 0.5 },
  { none: 0.5, ambiguous: 1, crossOrganization: 1 },
  { none: 0.3, ambiguous: 0.8, crossOrganization: 0.75 },
];
const key = (r: ReturnType<Router["route"]>) => `${r.status} ${r.owner?.id ?? ""} ${r.candidates.map((c) => c.id).join(",")}`;

describe("tracing the router's threshold decisions (calibration bench)", () => {
  it("records every decision: no question reads a threshold outside reaches()/level()", () => {
    const traced = new TracedRouter(router);
    for (const q of questions) traced.answer(q, SETTINGS[1]!);
    expect(traced.untracedCount).toBe(0);
  });

  it("answers each setting as the router does when routed with it, routing far fewer times than settings × questions", () => {
    const traced = new TracedRouter(router);
    for (const s of SETTINGS) {
      const differ = questions.filter((q) => key(traced.answer(q, s)) !== key(router.routeDetailed(q, { ...CALIBRATION, ...s }).result));
      expect(differ).toEqual([]);
    }
    expect(traced.routes).toBeLessThan(questions.length * SETTINGS.length);
  });

  it("a calibration passed for one call is used by every threshold decision (none at its maximum: no topic owner)", () => {
    const strict = { ...CALIBRATION, none: 2 };
    const owners = questions.map((q) => router.routeDetailed(q, strict)).filter((d) => d.result.status === "owner" && ["topic", "boundary", "kind-only", "actor"].includes(d.analysis.reason));
    expect(owners).toEqual([]);
  });
});

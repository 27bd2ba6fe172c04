/**
 * Choosing the router's thresholds on data: a grid over (none, ambiguous, crossOrganization), scored on the
 * tune halves only (tune.jsonl, tune2.jsonl and tune3.jsonl). Criterion: the highest top-1 among settings whose owner answers are right ≥ 95 % of the time
 * (if none reaches that, the highest precision); ties go to the middle of the tied `none` values, so the choice
 * does not sit on the edge of what the tune half happens to allow.
 */
import * as fs from "node:fs";
import type { Catalog } from "../src/catalog/schema";
import type { Calibration } from "../src/routing/calibration";
import { evaluate, share, type LabelledQuestion } from "../src/routing/evaluate";
import { Router } from "../src/routing/router";

const PRECISION_FLOOR = 0.95;
export const CRITERION = `max top-1 on tune.jsonl + tune2.jsonl + tune3.jsonl with owner precision ≥ ${PRECISION_FLOOR * 100}% on them; ties: the middle of the tied none values`;

const steps = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);

export function calibrate(catalog: Catalog, tune: readonly LabelledQuestion[], out: string): void {
  const router = new Router(catalog);
  const results: { cal: Calibration; top1: number; precision: number }[] = [];
  for (const none of steps(0.2, 0.7, 0.02))
    for (const ambiguous of steps(0.8, 1, 0.04))
      for (const crossOrganization of steps(0.5, 1, 0.05)) {
        const cal: Calibration = { none, ambiguous, crossOrganization, chosenOn: "tests/fixtures/routing-dev/tune.jsonl + tune2.jsonl + tune3.jsonl", criterion: CRITERION, date: new Date().toISOString().slice(0, 10) };
        const e = evaluate(tune, (q) => router.routeDetailed(q, cal).result);
        results.push({ cal, top1: e.top1, precision: share(e.ownerPrecision) });
      }
  const ok = results.filter((r) => r.precision >= PRECISION_FLOOR);
  const pool = ok.length ? ok : results;
  const bestTop1 = Math.max(...pool.map((r) => r.top1));
  let tied = pool.filter((r) => r.top1 === bestTop1);
  if (!ok.length) {
    const p = Math.max(...tied.map((r) => r.precision));
    tied = tied.filter((r) => r.precision === p);
  }
  const nones = [...new Set(tied.map((r) => r.cal.none))].sort((a, b) => a - b);
  const mid = nones[Math.floor(nones.length / 2)]!;
  const atMid = tied.filter((r) => r.cal.none === mid);
  const ambs = [...new Set(atMid.map((r) => r.cal.ambiguous))].sort((a, b) => a - b);
  const ambMid = ambs[Math.floor(ambs.length / 2)]!;
  const atAmb = atMid.filter((r) => r.cal.ambiguous === ambMid);
  const crosses = atAmb.map((r) => r.cal.crossOrganization).sort((a, b) => a - b);
  const chosen = atAmb.find((r) => r.cal.crossOrganization === crosses[Math.floor(crosses.length / 2)])!;
  fs.writeFileSync(out, `${JSON.stringify(chosen.cal, null, 2)}\n`);
  console.log(`${results.length} settings tried; ${ok.length} with owner precision ≥ ${PRECISION_FLOOR * 100}% on tune`);
  console.log(`tied at top-1 ${(bestTop1 * 100).toFixed(1)}%: none ∈ [${nones[0]}, ${nones[nones.length - 1]}]`);
  console.log(`chosen: ${JSON.stringify({ none: chosen.cal.none, ambiguous: chosen.cal.ambiguous, crossOrganization: chosen.cal.crossOrganization })} — top-1 ${(chosen.top1 * 100).toFixed(1)}%, owner precision ${(chosen.precision * 100).toFixed(1)}% (tune) → ${out}`);
}

/**
 * Choosing the router's thresholds on data: a grid over (none, ambiguous, crossOrganization), scored on the tune
 * halves only (tune.jsonl, tune2.jsonl, tune3.jsonl, tune4.jsonl). Two features decide an answer: the evidence score (`none`: below
 * it no mandate covers the question) and the runner-up's share of the best score (`ambiguous`, `crossOrganization`:
 * at or above it the answer is not one owner).
 *
 * Criterion: the highest top-1 on all tune halves together among settings whose owner answers are right ≥ 95 % of
 * the time on the halves where some setting reaches that (a half that reaches it nowhere, like the colloquial set 3
 * today, counts for top-1 only: it cannot say where precision holds); ties go to the middle of the tied values, so the
 * choice does not sit on the edge of what the data happens to allow. Cross-check: the same fit on each such half
 * alone, checked on the others. When their own fits disagree on `none` by more than NONE_SPREAD, the data does not
 * pin the threshold down, and the more conservative one (the highest `none` of them) is kept: fewer confident
 * answers, each more often right.
 */
import * as fs from "node:fs";
import type { Catalog } from "../src/catalog/schema";
import type { Calibration } from "../src/routing/calibration";
import { evaluate, share, type Evaluation, type LabelledQuestion } from "../src/routing/evaluate";
import { Router } from "../src/routing/router";

const PRECISION_FLOOR = 0.95;
const NONE_SPREAD = 0.06;

const steps = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Tried {
  readonly cal: Pick<Calibration, "none" | "ambiguous" | "crossOrganization">;
  readonly evals: Evaluation[];
}

/** Top-1 and owner precision of one setting on some of the sets. */
function pooled(t: Tried, sets: readonly number[]): { top1: number; precision: number } {
  let right = 0;
  let total = 0;
  let pRight = 0;
  let pTotal = 0;
  for (const i of sets) {
    const e = t.evals[i]!;
    right += e.top1 * e.total;
    total += e.total;
    pRight += e.ownerPrecision.right;
    pTotal += e.ownerPrecision.total;
  }
  return { top1: total ? right / total : 0, precision: pTotal ? pRight / pTotal : 1 };
}

/** The middle of the tied values of one threshold, then of the next. */
function middle(tied: readonly Tried[]): Tried {
  let pool = [...tied];
  for (const key of ["none", "ambiguous", "crossOrganization"] as const) {
    const values = [...new Set(pool.map((r) => r.cal[key]))].sort((a, b) => a - b);
    const mid = values[Math.floor(values.length / 2)]!;
    pool = pool.filter((r) => r.cal[key] === mid);
  }
  return pool[0]!;
}

/**
 * The best setting by the criterion: top-1 on `sets`, owner precision ≥ the floor on `guarded` (pooled);
 * `minNone` keeps only settings at least that conservative.
 */
function fit(results: readonly Tried[], sets: readonly number[], guarded: readonly number[], minNone = 0): Tried {
  const eligible = results.filter((r) => r.cal.none >= minNone);
  const ok = guarded.length ? eligible.filter((r) => pooled(r, guarded).precision >= PRECISION_FLOOR) : eligible;
  const pool = ok.length ? ok : eligible;
  const best = Math.max(...pool.map((r) => pooled(r, sets).top1));
  let tied = pool.filter((r) => pooled(r, sets).top1 === best);
  if (!ok.length) {
    const p = Math.max(...tied.map((r) => pooled(r, guarded).precision));
    tied = tied.filter((r) => pooled(r, guarded).precision === p);
  }
  return middle(tied);
}

export function calibrate(catalog: Catalog, sets: readonly { name: string; questions: readonly LabelledQuestion[] }[], out: string): void {
  const router = new Router(catalog);
  const names = sets.map((s) => s.name);
  const criterion = `max top-1 on ${names.join(" + ")} with owner precision ≥ ${PRECISION_FLOOR * 100}% on the halves where a setting reaches it; ties: the middle; when those halves' own fits differ in none by more than ${NONE_SPREAD}, the most conservative none of them`;
  const results: Tried[] = [];
  for (const none of steps(0.1, 0.5, 0.02))
    for (const ambiguous of steps(0.8, 1, 0.04))
      for (const crossOrganization of steps(0.5, 1, 0.25)) {
        const cal: Calibration = { none, ambiguous, crossOrganization, chosenOn: "", criterion: "", date: "" };
        results.push({ cal: { none, ambiguous, crossOrganization }, evals: sets.map((s) => evaluate(s.questions, (q) => router.routeDetailed(q, cal).result)) });
      }
  const all = sets.map((_, i) => i);
  const describe = (t: Tried) =>
    `none ${t.cal.none}, ambiguous ${t.cal.ambiguous}, crossOrganization ${t.cal.crossOrganization}: ` +
    sets.map((s, i) => `${s.name} ${pct(t.evals[i]!.top1)} (owner precision ${pct(share(t.evals[i]!.ownerPrecision))})`).join(", ");
  console.log(`${results.length} settings tried on ${names.join(", ")}`);
  // the halves where some setting keeps owner answers right ≥ the floor: only they can say where precision holds
  const guarded = all.filter((i) => results.some((r) => pooled(r, [i]).precision >= PRECISION_FLOOR));
  for (const i of all.filter((x) => !guarded.includes(x))) console.log(`${names[i]}: no setting reaches owner precision ${pct(PRECISION_FLOOR)}; it counts for top-1 only`);
  const own = guarded.map((i) => {
    const f = fit(results, [i], [i]);
    console.log(`fitted on ${names[i]} alone → ${describe(f)}`);
    return f;
  });
  const joint = fit(results, all, guarded);
  console.log(`fitted on all together → ${describe(joint)}`);
  const nones = own.map((f) => f.cal.none);
  const spread = nones.length ? Math.max(...nones) - Math.min(...nones) : 0;
  const chosen = spread > NONE_SPREAD ? fit(results, all, guarded, Math.max(...nones, joint.cal.none)) : joint;
  if (chosen !== joint) console.log(`the halves disagree on none by ${spread.toFixed(2)} > ${NONE_SPREAD}: kept the conservative none ≥ ${Math.max(...nones)} → ${describe(chosen)}`);
  const p = pooled(chosen, all);
  const calibration: Calibration = { ...chosen.cal, chosenOn: names.map((n) => `tests/fixtures/routing-dev/${n}`).join(" + "), criterion, date: new Date().toISOString().slice(0, 10) };
  fs.writeFileSync(out, `${JSON.stringify(calibration, null, 2)}\n`);
  console.log(`chosen: ${JSON.stringify(chosen.cal)} — top-1 ${pct(p.top1)}, owner precision ${pct(p.precision)} on the tune halves (${pct(pooled(chosen, guarded).precision)} on ${guarded.map((i) => names[i]).join(" + ")}) → ${out}`);
}

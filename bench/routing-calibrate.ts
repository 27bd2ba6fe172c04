/**
 * Choosing the router's thresholds on data: a grid over (none, ambiguous, crossOrganization), scored on the tune
 * halves only (every tests/fixtures/routing-dev/tune*.jsonl; never a holdout). `none`: below it no mandate covers the
 * question; `ambiguous`, `crossOrganization`: a runner-up at that share of the best score makes the answer not one owner.
 *
 * Fast by tracing, not by re-routing: every threshold decision in the router goes through `reaches`
 * (src/routing/calibration.ts), so one route of a question records the comparisons its path made; any setting that
 * decides them all the same way takes the same path and gets the same answer. A question is routed once per distinct
 * path (one to three over the whole grid), not once per setting. A route that reads a threshold outside `reaches` /
 * `level` (a comparison someone added directly) is counted and that question re-routed for every setting: slower,
 * never wrong.
 *
 * Criterion: among settings whose owner answers are right ≥ 95 % of the time on all tune halves pooled, those whose
 * pooled top-1 is within one standard error of the best such (√(p(1−p)/n): differences smaller than that are the
 * draw of these questions, not the setting), and of them the one whose owner answers are most often right. The tune
 * halves overstate how often a marginal owner answer is right (the rules were written on them: owner precision
 * ~96 % there against ~90 % on the untouched halves), so where top-1 cannot tell settings apart, the one that states
 * fewer doubtful owners wins (the "one standard error" rule of model selection). Printed beside: the plain maximum of
 * top-1 under the constraint, and a penalty (right − 19 × wrong owners, so an owner answer is given only where
 * answers like it are right ≥ 95 %), which on the tune halves buys ~12 fewer wrong owners for ~6 points of top-1.
 * The grid reaches crossOrganization 0.1 (it stopped at 0.5, the value shipped): questions that name no organisation
 * and fit one organisation's kind and another's group at a quarter of the score were answered with the first.
 * Ties go to the middle of the tied values, so the choice does not sit on an edge of what the data allows. Printed besides: the trade-off
 * (the best top-1 at each owner-precision level), and a leave-one-half-out check (each half scored by the setting
 * fitted on the other nine) against the shipped setting on the same halves: what a refit is worth on questions it
 * was not fitted on.
 */
import * as fs from "node:fs";
import type { Catalog } from "../src/catalog/schema";
import { CALIBRATION, samePath, THRESHOLDS, type Calibration, type Comparison, type Threshold, type Trace } from "../src/routing/calibration";
import { isRight, type LabelledQuestion } from "../src/routing/evaluate";
import { Router, type RouteResult } from "../src/routing/router";

const PRECISION_GOAL = 0.95;
/** How many right answers one wrong owner answer costs: an owner answer pays at the margin when right ≥ 95 %. */
const WRONG_OWNER_COST = PRECISION_GOAL / (1 - PRECISION_GOAL);

const steps = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type Setting = Readonly<Record<Threshold, number>>;

interface Path {
  readonly comparisons: readonly Comparison[];
  readonly result: RouteResult;
}

/** Answers by path: a question is routed again only when a setting leaves every path recorded for it. */
export class TracedRouter {
  private readonly paths = new Map<string, Path[]>();
  private readonly untraced = new Set<string>();
  routes = 0;

  constructor(private readonly router: Router) {}

  get untracedCount(): number {
    return this.untraced.size;
  }

  answer(q: { question: string; org?: string }, setting: Setting): RouteResult {
    const key = `${q.org ?? ""}\u0000${q.question}`;
    const known = this.paths.get(key);
    const hit = known?.find((p) => samePath(p.comparisons, setting));
    if (hit) return hit.result;
    const trace: Trace = { comparisons: [], levels: 0 };
    let reads = 0;
    const base: Calibration & { trace: Trace } = { ...CALIBRATION, ...setting, trace };
    // counts every read of a threshold, so a decision made outside `reaches` shows (reads ≠ recorded uses)
    const cal = new Proxy(base, {
      get(o, k) {
        if ((THRESHOLDS as readonly (string | symbol)[]).includes(k)) reads++;
        return Reflect.get(o, k);
      },
    });
    this.routes++;
    const result = this.router.routeDetailed(q, cal).result;
    if (reads !== trace.comparisons.length + trace.levels) this.untraced.add(key);
    if (!this.untraced.has(key)) this.paths.set(key, [...(known ?? []), { comparisons: trace.comparisons, result }]);
    return result;
  }
}

interface Counts {
  n: number;
  right: number;
  owners: number;
  ownersRight: number;
}

interface Tried {
  readonly setting: Setting;
  /** Per tune half. */
  readonly counts: Counts[];
}

function counts(router: Pick<TracedRouter, "answer">, qs: readonly LabelledQuestion[], setting: Setting): Counts {
  const c: Counts = { n: 0, right: 0, owners: 0, ownersRight: 0 };
  for (const q of qs) {
    const r = router.answer({ question: q.question, ...(q.org ? { org: q.org } : {}) }, setting);
    const ok = isRight(q, r);
    c.n++;
    if (ok) c.right++;
    if (r.status === "owner") {
      c.owners++;
      if (ok) c.ownersRight++;
    }
  }
  return c;
}

function pooled(t: Tried, halves: readonly number[]): { top1: number; precision: number; right: number; wrongOwners: number; n: number } {
  const s = halves.reduce((a, i) => ({ n: a.n + t.counts[i]!.n, right: a.right + t.counts[i]!.right, owners: a.owners + t.counts[i]!.owners, ownersRight: a.ownersRight + t.counts[i]!.ownersRight }), { n: 0, right: 0, owners: 0, ownersRight: 0 });
  return { top1: s.n ? s.right / s.n : 0, precision: s.owners ? s.ownersRight / s.owners : 1, right: s.right, wrongOwners: s.owners - s.ownersRight, n: s.n };
}

/** The middle of the tied values of one threshold, then of the next. */
function middle(tied: readonly Tried[]): Tried {
  let pool = [...tied];
  for (const key of THRESHOLDS) {
    const values = [...new Set(pool.map((r) => r.setting[key]))].sort((a, b) => a - b);
    const mid = values[Math.floor(values.length / 2)]!;
    pool = pool.filter((r) => r.setting[key] === mid);
  }
  return pool[0]!;
}

/** The penalty: right − WRONG_OWNER_COST × wrong owners, pooled over `halves`. */
const value = (r: Tried, halves: readonly number[]) => {
  const p = pooled(r, halves);
  return p.right - WRONG_OWNER_COST * p.wrongOwners;
};

function fit(results: readonly Tried[], halves: readonly number[]): Tried {
  const best = Math.max(...results.map((r) => value(r, halves)));
  return middle(results.filter((r) => value(r, halves) === best));
}

/** Max pooled top-1 on `halves` among settings with pooled owner precision ≥ the goal there (else the most precise). */
function fitConstrained(results: readonly Tried[], halves: readonly number[]): Tried {
  const ok = results.filter((r) => pooled(r, halves).precision >= PRECISION_GOAL);
  let pool = ok;
  if (!ok.length) {
    const p = Math.max(...results.map((r) => pooled(r, halves).precision));
    pool = results.filter((r) => pooled(r, halves).precision === p);
  }
  const best = Math.max(...pool.map((r) => pooled(r, halves).top1));
  return middle(pool.filter((r) => pooled(r, halves).top1 === best));
}

/** Within one standard error of the constrained best top-1, the most precise owner answers; ties: the higher top-1, then the middle. */
function fitOneSe(results: readonly Tried[], halves: readonly number[]): Tried {
  const top = pooled(fitConstrained(results, halves), halves);
  const se = Math.sqrt((top.top1 * (1 - top.top1)) / (top.n || 1));
  const near = results.filter((r) => pooled(r, halves).precision >= Math.min(PRECISION_GOAL, top.precision) && pooled(r, halves).top1 >= top.top1 - se);
  const p = Math.max(...near.map((r) => pooled(r, halves).precision));
  const precise = near.filter((r) => pooled(r, halves).precision === p);
  const t = Math.max(...precise.map((r) => pooled(r, halves).top1));
  return middle(precise.filter((r) => pooled(r, halves).top1 === t));
}

/** The best top-1 at each owner-precision level (the Pareto frontier), high precision first. */
function frontier(results: readonly Tried[], halves: readonly number[]): Tried[] {
  const sorted = [...results].sort((x, y) => pooled(y, halves).precision - pooled(x, halves).precision || pooled(y, halves).top1 - pooled(x, halves).top1);
  const out: Tried[] = [];
  let best = -1;
  for (const r of sorted) {
    const p = pooled(r, halves);
    if (p.top1 > best) {
      out.push(r);
      best = p.top1;
    }
  }
  return out;
}

const settingText = (s: Setting) => THRESHOLDS.map((k) => `${k} ${s[k]}`).join(", ");

export function calibrate(catalog: Catalog, sets: readonly { name: string; questions: readonly LabelledQuestion[] }[], out: string): void {
  const t0 = Date.now();
  const router = new TracedRouter(new Router(catalog));
  const names = sets.map((s) => s.name);
  const all = sets.map((_, i) => i);
  const criterion = `on ${names.join(" + ")} pooled, owner precision ≥ ${PRECISION_GOAL * 100}%: within one standard error of the best top-1, the highest owner precision; ties: the higher top-1, then the middle`;
  const shipped: Setting = { none: CALIBRATION.none, ambiguous: CALIBRATION.ambiguous, crossOrganization: CALIBRATION.crossOrganization };
  const grid: Setting[] = [shipped];
  for (const none of steps(0.1, 0.5, 0.02)) for (const ambiguous of steps(0.6, 1, 0.02)) for (const crossOrganization of steps(0.1, 1, 0.05)) grid.push({ none, ambiguous, crossOrganization });
  const results: Tried[] = grid.map((setting) => ({ setting, counts: sets.map((s) => counts(router, s.questions, setting)) }));
  const base = results[0]!;
  const questions = sets.reduce((n, s) => n + s.questions.length, 0);
  console.log(`${results.length - 1} settings on ${names.join(", ")} (${questions} questions): ${router.routes} routes, ${router.untracedCount} questions decided outside reaches() (re-routed per setting), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const describe = (t: Tried, halves = all) => {
    const p = pooled(t, halves);
    return `${settingText(t.setting)}: top-1 ${pct(p.top1)} (${p.right}/${p.n}), owner precision ${pct(p.precision)} (${p.wrongOwners} wrong owners)`;
  };
  console.log(`shipped → ${describe(base)}`);
  console.log("trade-off on all tune halves pooled (best top-1 at each owner precision):");
  const front = frontier(results, all);
  const shown = front.filter((_, i) => front.length <= 16 || i % Math.ceil(front.length / 16) === 0 || i === front.length - 1);
  for (const r of shown) console.log(`  ${describe(r)}`);
  const chosen = fitOneSe(results, all);
  console.log(`max top-1 with owner precision ≥ ${pct(PRECISION_GOAL)} instead → ${describe(fitConstrained(results, all))}`);
  console.log(`right − ${WRONG_OWNER_COST.toFixed(0)} × wrong owners instead → ${describe(fit(results, all))}`);
  // leave one half out: each half scored by the fit on the other nine, against the shipped setting on it
  let lohRight = 0;
  let lohOwners = 0;
  let lohOwnersRight = 0;
  for (const i of all) {
    const f = fitOneSe(results, all.filter((j) => j !== i));
    const c = f.counts[i]!;
    lohRight += c.right;
    lohOwners += c.owners;
    lohOwnersRight += c.ownersRight;
    console.log(`  ${names[i]} by the fit on the other halves (${settingText(f.setting)}): ${pct(c.right / c.n)}, owner precision ${pct(c.ownersRight / (c.owners || 1))}; shipped ${pct(base.counts[i]!.right / base.counts[i]!.n)}, ${pct(base.counts[i]!.ownersRight / (base.counts[i]!.owners || 1))}`);
  }
  const b = pooled(base, all);
  console.log(`leave one half out, pooled: top-1 ${pct(lohRight / questions)}, owner precision ${pct(lohOwnersRight / (lohOwners || 1))} (shipped on the same halves: ${pct(b.top1)}, ${pct(b.precision)})`);
  // the traced answers must be the router's own: the chosen setting, routed plainly, must score the same
  const direct = new Router(catalog);
  const plain = sets.map((s) => counts({ answer: (q) => direct.routeDetailed(q, { ...CALIBRATION, ...chosen.setting }).result }, s.questions, chosen.setting));
  if (plain.some((c, i) => JSON.stringify(c) !== JSON.stringify(chosen.counts[i]))) throw new Error("traced answers differ from the router's: a threshold decision bypasses reaches()");
  const calibration: Calibration = { ...chosen.setting, chosenOn: names.map((n) => `tests/fixtures/routing-dev/${n}`).join(" + "), criterion, date: new Date().toISOString().slice(0, 10) };
  fs.writeFileSync(out, `${JSON.stringify(calibration, null, 2)}\n`);
  console.log(`chosen: ${describe(chosen)} → ${out} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

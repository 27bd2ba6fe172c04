/**
 * Scoring a router against a labelled question set (the accuracy tests and bench/routing), as the
 * development set's README says: an `owner` line is right when the answer is that owner; a `none` line
 * when the answer is none; an `ambiguous` line when the answer is ambiguous and offers at least one of
 * its candidates (an owner answer, even one of them, is wrong: the question names no organisation).
 */
import { z } from "zod";
import { RouteStatusSchema, type RouteResult } from "./types";

export const LabelledQuestionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  lang: z.enum(["sv", "en"]).optional(),
  question: z.string(),
  org: z.string().optional(),
  status: RouteStatusSchema,
  owner: z.string().nullable(),
  /** For ambiguous: ids an honest "not sure" should offer. */
  candidates: z.array(z.string()).optional(),
  /** For ambiguous: organisation → the owner once that organisation is known. */
  ifOrg: z.record(z.string(), z.string()).optional(),
  clause: z.string().optional(),
});
export type LabelledQuestion = z.infer<typeof LabelledQuestionSchema>;

export interface Tally {
  total: number;
  right: number;
}

export interface Evaluation {
  total: number;
  top1: number;
  top3: number;
  /** Top-1 per class (the line's `kind`). */
  perClass: Record<string, Tally>;
  /** Of the answers given as `owner`, how many were right. */
  ownerPrecision: Tally;
  /** The same per class (the line's `kind`). */
  ownerPerClass: Record<string, Tally>;
  /** The same per band of the confidence shown (`CONFIDENCE_BANDS`: the lower edge of each). */
  ownerByConfidence: Tally[];
  /** The same per step of the router that gave the answer (`reasonOf`; empty without it). */
  ownerByReason: Record<string, Tally>;
  /** Ambiguous lines asked again with the organisation (`ifOrg`): answered with that owner. */
  ifOrg: Tally;
  /** Of the questions answered with none/ambiguous, how many should have been. */
  abstentionPrecision: number;
  /** Of the questions that should abstain, how many did. */
  abstentionRecall: number;
  failures: { id: string; kind: string; question: string; expected: string; got: string }[];
}

/** Lower edges of the confidence bands owner answers are counted in. */
export const CONFIDENCE_BANDS = [0, 0.6, 0.7, 0.8, 0.9] as const;

const bandOf = (confidence: number): number => CONFIDENCE_BANDS.reduce<number>((b, edge, i) => (confidence >= edge ? i : b), 0);

export function parseLabelled(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => LabelledQuestionSchema.parse(JSON.parse(l)));
}

export type Answer = (q: { question: string; org?: string }) => RouteResult;

export function isRight(q: LabelledQuestion, r: RouteResult): boolean {
  if (q.status === "owner") return r.status === "owner" && r.owner?.id === q.owner;
  if (q.status === "ambiguous") return r.status === "ambiguous" && (q.candidates ?? []).some((id) => r.candidates.some((c) => c.id === id));
  return r.status === "none";
}

function inTop3(q: LabelledQuestion, r: RouteResult): boolean {
  if (isRight(q, r)) return true;
  if (q.status === "owner") return r.candidates.slice(0, 3).some((c) => c.id === q.owner);
  if (q.status === "ambiguous") return (q.candidates ?? []).some((id) => r.candidates.slice(0, 3).some((c) => c.id === id));
  return false;
}

/** `reasonOf`: the router's step that gave an answer (its analysis reason), for owner precision per step. */
export function evaluate(set: readonly LabelledQuestion[], answer: Answer, reasonOf?: (r: RouteResult) => string | undefined): Evaluation {
  const perClass: Record<string, Tally> = {};
  const ownerPrecision: Tally = { total: 0, right: 0 };
  const ownerPerClass: Record<string, Tally> = {};
  const ownerByConfidence: Tally[] = CONFIDENCE_BANDS.map(() => ({ total: 0, right: 0 }));
  const ownerByReason: Record<string, Tally> = {};
  const ifOrg: Tally = { total: 0, right: 0 };
  let top1 = 0;
  let top3 = 0;
  let abstained = 0;
  let abstainedRight = 0;
  let shouldAbstain = 0;
  const failures: Evaluation["failures"] = [];
  for (const q of set) {
    const r = answer({ question: q.question, ...(q.org ? { org: q.org } : {}) });
    const ok = isRight(q, r);
    const tally = (perClass[q.kind] ??= { total: 0, right: 0 });
    tally.total++;
    if (ok) tally.right++;
    if (ok) top1++;
    if (inTop3(q, r)) top3++;
    if (r.status === "owner")
      for (const t of [ownerPrecision, (ownerPerClass[q.kind] ??= { total: 0, right: 0 }), ownerByConfidence[bandOf(r.confidence)]!, ...byReason(ownerByReason, reasonOf?.(r))]) {
        t.total++;
        if (ok) t.right++;
      }
    const abst = q.status !== "owner";
    if (abst) shouldAbstain++;
    if (r.status !== "owner") {
      abstained++;
      if (abst) abstainedRight++;
    }
    for (const [org, owner] of Object.entries(q.ifOrg ?? {})) {
      ifOrg.total++;
      const again = answer({ question: q.question, org });
      if (again.status === "owner" && again.owner?.id === owner) ifOrg.right++;
    }
    if (!ok)
      failures.push({
        id: q.id,
        kind: q.kind,
        question: q.question,
        expected: `${q.status} ${q.owner ?? (q.candidates ?? []).join(",")}`,
        got: `${r.status} ${r.owner?.id ?? r.candidates.map((c) => c.id).join(",")}`,
      });
  }
  const n = set.length || 1;
  return {
    total: set.length,
    top1: top1 / n,
    top3: top3 / n,
    perClass,
    ownerPrecision,
    ownerPerClass,
    ownerByConfidence,
    ownerByReason,
    ifOrg,
    abstentionPrecision: abstained ? abstainedRight / abstained : 1,
    abstentionRecall: shouldAbstain ? abstainedRight / shouldAbstain : 1,
    failures,
  };
}

const byReason = (tallies: Record<string, Tally>, reason: string | undefined): Tally[] => (reason ? [(tallies[reason] ??= { total: 0, right: 0 })] : []);

export const share = (t: Tally): number => (t.total ? t.right / t.total : 1);

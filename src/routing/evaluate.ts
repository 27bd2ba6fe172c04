/** Scoring a router against a labelled question set (used by the accuracy test and bench/routing). */
import type { RouteResult, RouteStatus } from "./router";

export interface LabelledQuestion {
  id: string;
  kind: "topic" | "relation" | "boundary" | "none" | "ambiguous";
  lang: "sv" | "en";
  question: string;
  org?: string;
  status: RouteStatus;
  owner: string | null;
  /** For ambiguous: ids that should be among the candidates. */
  candidates?: string[];
}

export interface Evaluation {
  total: number;
  top1: number;
  top3: number;
  /** Of the questions answered with none/ambiguous, how many should have been. */
  abstentionPrecision: number;
  /** Of the questions that should abstain, how many did. */
  abstentionRecall: number;
  failures: { id: string; question: string; expected: string; got: string }[];
}

export function parseLabelled(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledQuestion);
}

/** Top-1: status right and (owner) the owner right, (ambiguous) the expected ids among the candidates. Top-3: the expected owner among the first three candidates, or abstention right. */
export function evaluate(set: readonly LabelledQuestion[], answer: (q: LabelledQuestion) => RouteResult): Evaluation {
  let top1 = 0;
  let top3 = 0;
  let abstained = 0;
  let abstainedRight = 0;
  let shouldAbstain = 0;
  let shouldAbstainDid = 0;
  const failures: Evaluation["failures"] = [];
  for (const q of set) {
    const r = answer(q);
    const abst = q.status !== "owner";
    const didAbst = r.status !== "owner";
    if (abst) shouldAbstain++;
    if (didAbst) abstained++;
    if (abst && didAbst) {
      shouldAbstainDid++;
      abstainedRight++;
    }
    let ok1 = false;
    let ok3 = false;
    if (q.status === "owner") {
      ok1 = r.status === "owner" && r.owner?.id === q.owner;
      ok3 = ok1 || r.candidates.slice(0, 3).some((c) => c.id === q.owner);
    } else if (q.status === "ambiguous") {
      ok1 = r.status === "ambiguous" && (q.candidates ?? []).every((id) => r.candidates.some((c) => c.id === id));
      ok3 = ok1 || (q.candidates ?? []).every((id) => r.candidates.slice(0, 3).some((c) => c.id === id));
    } else {
      ok1 = r.status === "none";
      ok3 = ok1;
    }
    if (ok1) top1++;
    if (ok3) top3++;
    if (!ok1) failures.push({ id: q.id, question: q.question, expected: `${q.status} ${q.owner ?? (q.candidates ?? []).join(",")}`, got: `${r.status} ${r.owner?.id ?? r.candidates.map((c) => c.id).join(",")}` });
  }
  const n = set.length || 1;
  return {
    total: set.length,
    top1: top1 / n,
    top3: top3 / n,
    abstentionPrecision: abstained ? abstainedRight / abstained : 1,
    abstentionRecall: shouldAbstain ? shouldAbstainDid / shouldAbstain : 1,
    failures,
  };
}

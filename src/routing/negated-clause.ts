/**
 * A negation that negates a clause, not a name (router.ts topicSkip reads it against analyze.ts excludedPositions,
 * whose window it shares).
 */
import { EXCLUDED_WINDOW } from "./analyze";

/** Finite verbs that follow a negation in a subordinate clause (folded): "att vi inte är överens", "om det inte fungerar". */
const FINITE_AFTER_NEGATION = new Set(["ar", "blir", "blev", "har", "hade", "kan", "kunde", "ska", "skall", "skulle", "vill", "ville", "kommer", "maste", "behover", "gar", "gick", "fungerar", "funkar", "finns", "galler", "verkar", "fungerade"]);
/** The Swedish negations (folded): the word order this reads is Swedish. */
const NEGATION = new Set(["inte", "ej"]);

/**
 * "… att vi inte är överens om vem som ska ta blodprover": Swedish puts the negation before the finite verb in a
 * subordinate clause, and there it negates the clause — the words after it say what is not so ("överens": a
 * disagreement, 002 "oenighet … om tolkningar i ansvar"), they leave no name out of the answer as "inte VGR" does. True
 * when the nearest negation before position `at` (within the excluded window) is followed by a finite verb.
 */
export function negatedClause(ws: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - EXCLUDED_WINDOW); i--) if (NEGATION.has(ws[i]!)) return FINITE_AFTER_NEGATION.has(ws[i + 1] ?? "");
  return false;
}

/**
 * The thresholds that turn scores into owner / ambiguous / none. They are chosen on data, never per
 * question: `npm run bench:routing -- --calibrate` (bench/routing-calibrate.ts) fits them on the tune halves of
 * the development set (tests/fixtures/routing-dev/tune*.jsonl) by the criterion it prints, and writes thresholds.json.
 *
 * Every decision against a threshold goes through `reaches` (and every other use of one through `level`): a
 * calibration that carries a `trace` records them, so the calibration bench routes each question once per path,
 * not once per candidate setting (a setting that decides every recorded comparison the same way takes the same path
 * through the pure router, so it gets the same answer).
 */
import { z } from "zod";
import data from "./thresholds.json";

export const CalibrationSchema = z.object({
  /** Below this score no mandate covers the question. */
  none: z.number().min(0).max(2),
  /** A runner-up at this share of the best score (same organisation) makes the answer ambiguous. */
  ambiguous: z.number().min(0).max(1),
  /** The same, for a runner-up of another organisation when the question names none. */
  crossOrganization: z.number().min(0).max(1),
  chosenOn: z.string(),
  criterion: z.string(),
  date: z.string(),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

export const CALIBRATION: Calibration = CalibrationSchema.parse(data);

export type Threshold = "none" | "ambiguous" | "crossOrganization";
export const THRESHOLDS: readonly Threshold[] = ["none", "ambiguous", "crossOrganization"];

/** One decision against a threshold: `value ≥ threshold × factor` came out `outcome`. */
export interface Comparison {
  readonly key: Threshold;
  readonly value: number;
  readonly factor: number;
  readonly outcome: boolean;
}

/** What a traced route did with the thresholds (bench/routing-calibrate.ts). */
export interface Trace {
  readonly comparisons: Comparison[];
  /** Uses of a threshold's value that decide nothing (the confidence shown). */
  levels: number;
}

type Traced = Calibration & { readonly trace?: Trace };

/** `value ≥ the threshold × factor` (factor > 0). */
export function reaches(value: number, cal: Calibration, key: Threshold, factor = 1): boolean {
  const outcome = value >= cal[key] * factor;
  (cal as Traced).trace?.comparisons.push({ key, value, factor, outcome });
  return outcome;
}

/** A threshold's value where it decides nothing (how far above it an answer stands). */
export function level(cal: Calibration, key: Threshold): number {
  const t = (cal as Traced).trace;
  if (t) t.levels++;
  return cal[key];
}

/** The setting decides each of the comparisons as recorded: a traced route would take the same path with it. */
export function samePath(comparisons: readonly Comparison[], setting: Readonly<Record<Threshold, number>>): boolean {
  return comparisons.every((c) => c.value >= setting[c.key] * c.factor === c.outcome);
}

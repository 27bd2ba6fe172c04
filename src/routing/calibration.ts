/**
 * The thresholds that turn scores into owner / ambiguous / none. They are chosen on data, never per
 * question: `npm run bench:routing -- --calibrate` searches them on the tune half of the development set
 * (tests/fixtures/routing-dev/tune.jsonl) by the criterion it prints, and writes thresholds.json.
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

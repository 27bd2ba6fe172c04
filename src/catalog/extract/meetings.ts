import type { MeetingFrequency } from "../schema";
import { clauseOf, clausesIn, type ExtractContext } from "./context";

/** Meeting frequency: "3–4 gånger per termin", "4 – 8 ggr/år", "4 till maximalt 8 ggr/år", "6 ggr/år". */

const RANGE = /(\d+)\s*(?:–|-|till(?:\s+maximalt)?)\s*(\d+)\s*(?:ggr|gånger)\s*(?:\/\s*|per\s+)(år|termin|månad)/i;
const SINGLE = /(\d+)()\s*(?:ggr|gånger)\s*(?:\/\s*|per\s+)(år|termin|månad)/i;
const PER_YEAR = { year: 1, term: 2, month: 12 } as const;

export function extractMeetingFrequency(ctx: ExtractContext): MeetingFrequency | undefined {
  for (const { s, c } of clausesIn(ctx, "meetings")) {
    const m = RANGE.exec(c.text) ?? SINGLE.exec(c.text);
    if (!m) continue;
    const min = Number(m[1]);
    const max = m[2] ? Number(m[2]) : min;
    const unit = m[3]!.toLowerCase();
    const per = unit === "år" ? "year" : unit === "termin" ? "term" : "month";
    const f = PER_YEAR[per];
    return { min, max, per, minPerYear: min * f, maxPerYear: max * f, clause: clauseOf(ctx.doc, s, c) };
  }
  return undefined;
}

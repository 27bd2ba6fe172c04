import type { Boundary } from "../schema";
import { bodiesIn, clauseOf, clausesIn, type ExtractContext } from "./context";

/** Clauses that send a topic elsewhere: the boundaries section, and such sentences in any other section. */

const BOUNDARY = /(endast ges av|inte av |hanteras via|ska omhänderta|företräder inte|inte kan hanteras)/i;

export function extractBoundaries(ctx: ExtractContext): Boundary[] {
  const boundaries: Boundary[] = [];
  for (const { s, c } of clausesIn(ctx, "boundaries")) {
    const cl = clauseOf(ctx.doc, s, c);
    const t = bodiesIn(ctx, c.text)[0];
    boundaries.push(t ? { ...cl, targetId: t.body.id } : cl);
  }
  for (const s of ctx.doc.sections) {
    if (s.key === "boundaries") continue;
    for (const c of s.clauses) {
      if (!BOUNDARY.test(c.text)) continue;
      // the body named in the sentence that draws the line, not elsewhere in the clause
      const sentence = c.text.split(/(?<=\.)\s+/).find((x) => BOUNDARY.test(x)) ?? c.text;
      const t = bodiesIn(ctx, sentence)[0];
      const cl = clauseOf(ctx.doc, s, c);
      boundaries.push(t ? { ...cl, targetId: t.body.id } : cl);
    }
  }
  return boundaries;
}

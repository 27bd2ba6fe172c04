import type { Clause } from "../schema";
import { clauseOf, clausesIn, cited, sectionsOf, type ExtractContext } from "./context";

/** Purpose (syfte) and duties (uppdrag), one duty per clause. */

export const extractPurpose = (ctx: ExtractContext): Clause[] => cited(ctx, clausesIn(ctx, "purpose"));

export interface DutyFacts {
  readonly duties: Clause[];
  /** Sentences about members that PDF extraction left among the duties ("Utses av …"): moved, noted. */
  readonly misplacedComposition: Clause[];
}

export function extractDuties(ctx: ExtractContext): DutyFacts {
  const duties: Clause[] = [];
  const misplacedComposition: Clause[] = [];
  for (const { s, c } of clausesIn(ctx, "duties", "responsibility")) {
    if (!/^(utses|utsedd|utsetts) av\b/i.test(c.text)) {
      duties.push(clauseOf(ctx.doc, s, c));
      continue;
    }
    misplacedComposition.push(clauseOf(ctx.doc, s, c));
    const target = sectionsOf(ctx, "participantsAndLead", "composition").find((x) => x.empty);
    ctx.notes.push({
      code: "UNPLACED_TEXT",
      message: `lines ${c.lineStart}–${c.lineEnd} ("${c.text.slice(0, 50)}…") stand under "${s.heading}" but describe members${target ? `; they probably belong under the empty heading "${target.heading}" (line ${target.line})` : ""}`,
      lineStart: c.lineStart,
      lineEnd: c.lineEnd,
      params: {
        what: "members",
        lineStart: c.lineStart,
        lineEnd: c.lineEnd,
        text: c.text.slice(0, 50),
        heading: s.heading,
        ...(target ? { targetHeading: target.heading, targetLine: target.line } : {}),
      },
    });
  }
  return { duties, misplacedComposition };
}

import type { Clause } from "../schema";
import { allClauses, clausesIn, cited, type ExtractContext } from "./context";

/** Decision rules (beslutsfattande, mandates) and escalation paths. */

const ESCALATION = /(eskaler\w*|lyfts till|lyfta behov)/i;

export function extractDecisionRules(ctx: ExtractContext): Clause[] {
  const sources = [
    ...clausesIn(ctx, "decisions", "decisionOrder"),
    ...clausesIn(ctx, "commissioner", "responsibility", "subgroups").filter(({ c }) => /beslut|mandat|formella uppdrag/i.test(c.text)),
  ];
  return cited(ctx, sources.filter(({ c }) => !ESCALATION.test(c.text) || /beslut fattas/i.test(c.text)));
}

export const extractEscalation = (ctx: ExtractContext): Clause[] => cited(ctx, allClauses(ctx).filter(({ c }) => ESCALATION.test(c.text)));

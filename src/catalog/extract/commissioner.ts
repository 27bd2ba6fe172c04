import type { BodyPattern } from "../bodies";
import { hasPlaceholder } from "../parser";
import type { Clause, Reference } from "../schema";
import { fold, slug } from "../text";
import { allClauses, cap, clauseOf, clausesIn, cited, refTo, type ExtractContext } from "./context";

/** Who gives the mandate (uppdragsgivare) and whom the group is under (underställd). */

export interface CommissionerFacts {
  readonly commissioner?: Reference;
  readonly clauses: Clause[];
  /** A commissioner the lexicon does not know, named only in words: a body of its own. */
  readonly adHocBodies: BodyPattern[];
}

export function extractCommissioner(ctx: ExtractContext): CommissionerFacts {
  const clauses = cited(ctx, clausesIn(ctx, "commissioner"));
  for (const c of clauses) {
    const commissioner = refTo(ctx, c, /uppdragsgivare|underställd\w*/i) ?? refTo(ctx, c);
    if (commissioner) return { commissioner, clauses, adHocBodies: [] };
  }
  const c = clauses[0];
  if (!c || hasPlaceholder(c.text)) return { clauses, adHocBodies: [] };
  // named in words only: the role after a person's name ("Karin …, hälso- och sjukvårdsutvecklingsdirektör")
  const words = c.text.includes(",") ? c.text.split(",").pop()!.trim() : c.text;
  const body: BodyPattern = { id: `${ctx.organizationId}:${slug(words)}`, name: cap(words), organizationId: ctx.organizationId, phrases: [fold(words)], kind: "body" };
  return { commissioner: { targetId: body.id, text: c.text, citation: c.citation }, clauses, adHocBodies: [body] };
}

/** "underställd(a) X" anywhere in the document. */
export function extractParent(ctx: ExtractContext): Reference | undefined {
  for (const { s, c } of allClauses(ctx)) {
    if (!/underställd/i.test(c.text)) continue;
    const parent = refTo(ctx, clauseOf(ctx.doc, s, c), /underställd\w*/i);
    if (parent) return parent;
  }
  return undefined;
}

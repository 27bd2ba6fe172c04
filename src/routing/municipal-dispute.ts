/**
 * "Västerås stad och Region Västmanland är oense om vem som ska stå för förbrukningsmaterialet i hemsjukvården": a
 * municipality and the region disagreeing on who is responsible. One mandate gives that very disagreement to a group —
 * 002: "Identifiera områden där oenighet råder om tolkningar i ansvar och utarbeta förslag till lösning", in a group
 * whose purpose is "ett välfungerande samarbete mellan länets kommuner och landsting" — however many other words the
 * question has for the thing disputed (a medical device, a drug, a care task: words no mandate has, which leave the
 * clause too little of the question to reach the threshold). 000's "problem/tvister i samarbetssituationer" is the
 * regions' collaborations, with no responsibility in dispute and no municipality: it is not such a clause.
 */
import type { Clause, GroupRecord } from "../catalog/schema";
import type { QuestionAnalysis } from "./analyze";

export interface DisputeClause {
  readonly entryId: string;
  readonly organizationId: string;
  readonly clause: Clause;
}

/** Disagreement words of a mandate's clause (folded, lower case): "oenighet", "tvist", "tvister". */
const DISPUTE_IN_CLAUSE = /\b(oenighet|tvist)/;
/** Responsibility in the clause: "ansvar", "ansvaret", "ansvarsfördelning". */
const RESPONSIBILITY_IN_CLAUSE = /\bansvar/;
/** The mandate speaks of municipalities (its purpose, its parties). */
const MUNICIPALITY_IN_TEXT = /\bkommun/;

/** The one group whose duty is disagreement on responsibility, in a mandate that speaks of the municipalities. */
export function disputeClauseOf(entries: readonly GroupRecord[]): DisputeClause | undefined {
  const found: DisputeClause[] = [];
  for (const e of entries) {
    if (e.entryType === "referenced" || !e.document) continue;
    const clause = e.duties.find((d) => DISPUTE_IN_CLAUSE.test(d.text.toLowerCase()) && RESPONSIBILITY_IN_CLAUSE.test(d.text.toLowerCase()));
    const all = [...e.purpose, ...e.duties, ...e.other].map((c) => c.text.toLowerCase()).join(" ");
    if (clause && MUNICIPALITY_IN_TEXT.test(all)) found.push({ entryId: e.id, organizationId: e.organizationId, clause });
  }
  // two such groups would leave the question to the topic step, which weighs them against each other
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The question speaks, in one sentence, of a disagreement (a term of the lexicon's concept for "oenighet": oense,
 * bråkar, tvist, inte överens, tolkar olika …) and of a municipality (a term of its concept for "kommunerna":
 * kommunen, hemsjukvården, …; or "stad", as in "Västerås stad").
 */
export function speaksOfMunicipalDispute(a: Pick<QuestionAnalysis, "tokens" | "words" | "sentenceOf">, dispute: ReadonlySet<string>, municipality: ReadonlySet<string>): boolean {
  const disputed = new Set<number>();
  const municipal = new Set<number>();
  for (const t of a.tokens) {
    const s = t.sentence;
    if (t.terms.some((x) => dispute.has(x.term))) disputed.add(s);
    if (t.terms.some((x) => municipality.has(x.term))) municipal.add(s);
  }
  a.words.forEach((w, i) => {
    if (w === "stad" || w.startsWith("kommun")) municipal.add(a.sentenceOf[i] ?? -1);
  });
  return [...disputed].some((s) => municipal.has(s));
}

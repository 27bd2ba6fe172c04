/**
 * Disagreements the mandates give to a group by a clause of their own (two such clauses, each in one organisation).
 *
 * "Västerås stad och Region Västmanland är oense om vem som ska stå för förbrukningsmaterialet i hemsjukvården": a
 * municipality and the region disagreeing on who is responsible. One mandate gives that very disagreement to a group —
 * 002: "Identifiera områden där oenighet råder om tolkningar i ansvar och utarbeta förslag till lösning", in a group
 * whose purpose is "ett välfungerande samarbete mellan länets kommuner och landsting" — however many other words the
 * question has for the thing disputed (a medical device, a drug, a care task: words no mandate has, which leave the
 * clause too little of the question to reach the threshold). 000's "problem/tvister i samarbetssituationer" is the
 * regions' collaborations, with no responsibility in dispute and no municipality: it is not such a clause.
 */
import type { Clause, GroupRecord, Organization } from "../catalog/schema";
import { keySv, words } from "./normalize";
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
    // (the mandate's other clauses read only for a group that has such a duty: at 10,000 groups, few)
    if (clause && [...e.purpose, ...e.duties, ...e.other].some((c) => MUNICIPALITY_IN_TEXT.test(c.text.toLowerCase()))) found.push({ entryId: e.id, organizationId: e.organizationId, clause });
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

/** Collaboration in a clause (folded, lower case): "samarbetssituationer", "samarbetet", "samverkan". */
const COLLABORATION_IN_CLAUSE = /\b(samarbet|samverk)/;

/**
 * 000: "Verka för att eventuella problem/tvister i samarbetssituationer löses" — the one duty of disputes in the
 * collaborations of an organisation made of regions (a sjukvårdsregion), with no responsibility between a municipality
 * and a region in it. The keys of its regions' own names ("Region Dalarna" → dalarna) say which regions a question names.
 */
export function regionDisputeClauseOf(entries: readonly GroupRecord[], organizations: readonly Organization[]): (DisputeClause & { regionKeys: ReadonlySet<string> }) | undefined {
  const found: (DisputeClause & { regionKeys: ReadonlySet<string> })[] = [];
  const withRegions = new Map(organizations.filter((o) => o.regions?.length).map((o) => [o.id, o]));
  for (const e of entries) {
    if (e.entryType === "referenced" || !e.document) continue;
    const org = withRegions.get(e.organizationId);
    if (!org?.regions?.length) continue;
    const clause = e.duties.find((d) => {
      const t = d.text.toLowerCase();
      return DISPUTE_IN_CLAUSE.test(t) && COLLABORATION_IN_CLAUSE.test(t) && !RESPONSIBILITY_IN_CLAUSE.test(t);
    });
    if (!clause) continue;
    const regionKeys = new Set(org.regions.flatMap((r) => words(r).filter((w) => w !== "region" && w !== "lan").map(keySv)));
    found.push({ entryId: e.id, organizationId: e.organizationId, clause, regionKeys });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Plural words for the regions themselves (folded): "två regioner", "regionerna". */
const REGIONS = new Set(["regioner", "regionerna", "regionernas"]);

/**
 * In one sentence, a disagreement and two of the organisation's regions by name, or the regions in the plural — and no
 * municipality, whose disagreement with the region is another clause's (speaksOfMunicipalDispute).
 */
export function speaksOfRegionDispute(a: Pick<QuestionAnalysis, "tokens" | "words" | "keys" | "sentenceOf">, dispute: ReadonlySet<string>, municipality: ReadonlySet<string>, regionKeys: ReadonlySet<string>): boolean {
  if (speaksOfMunicipalDispute(a, dispute, municipality)) return false;
  const disputed = new Set<number>();
  for (const t of a.tokens) if (t.terms.some((x) => dispute.has(x.term))) disputed.add(t.sentence);
  for (const s of disputed) {
    const named = new Set<string>();
    let plural = false;
    a.words.forEach((w, i) => {
      if (a.sentenceOf[i] !== s) return;
      if (REGIONS.has(w)) plural = true;
      if (regionKeys.has(a.keys[i] ?? "")) named.add(a.keys[i]!);
    });
    if (plural || named.size >= 2) return true;
  }
  return false;
}

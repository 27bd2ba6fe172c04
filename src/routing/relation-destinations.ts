/**
 * Relation answers read from where things go rather than from one group's own mandate: whether a document goes to a body,
 * which groups report to a body, and which groups stand below it — each cited by the clause of the group that sends or
 * is placed below.
 */
import type { Clause, GroupRecord } from "../catalog/schema";
import type { Actors } from "./actors";
import type { RelationAnswer } from "./relations";
import type { RouteCitation } from "./types";

/** What these answers read of the catalog (RelationAnswerer): its groups, and how a clause is cited and what it speaks of. */
export interface RelationCatalog {
  readonly byId: ReadonlyMap<string, GroupRecord>;
  readonly actors: Actors;
  known(id: string | undefined): id is string;
  cite(c: Clause, owner: GroupRecord, text?: string): RouteCitation;
  /** A clause has one of the terms (cueTermsOf): a word of it, or a concept it expresses ("årsberättelse" ~ verksamhetsberättelse). */
  speaksOf(text: string, terms: ReadonlySet<string>): boolean;
}

/**
 * A body named as where a document goes ("Ska vi skicka årsberättelsen till ledningsgruppen?"): the body itself, when
 * another group's reporting duty sends the document the question speaks of (`terms`: its words' keys and concepts) there,
 * cited by that duty (000: "En skriftlig årlig verksamhetsberättelse … ska sammanställas till samverkansnämndens
 * ledningsgrupp"). When the groups that send anything there send that document elsewhere ("Ska vi skicka årsberättelsen
 * till kansliet?": 000 sends the minutes to the kansli, the annual report to the ledningsgrupp), that elsewhere, cited by
 * its duty. Neither: undefined (the mandates say nothing of the destination).
 */
export function destinationOf(c: RelationCatalog, id: string, terms: ReadonlySet<string>): RelationAnswer | undefined {
  const senders = [...c.byId.values()].filter((g) => g.id !== id && g.reporting.some((x) => x.toId === id));
  for (const g of senders) {
    const r = g.reporting.find((x) => x.toId === id && c.speaksOf(x.clause.text, terms));
    if (r) return { targetId: id, citation: c.cite(r.clause, g), how: "fact" };
  }
  for (const g of senders) {
    const r = g.reporting.find((x) => c.known(x.toId) && x.toId !== g.id && c.speaksOf(x.clause.text, terms));
    if (r) return { targetId: r.toId!, citation: c.cite(r.clause, g), how: "fact" };
  }
  return undefined;
}

/**
 * "Ska VCG:s minnesanteckningar till kansliet också?": whether the sender's own reporting duty sends the document the
 * question speaks of to the body named — the body, cited by that duty (000: "… delges Ledningsgruppen och
 * samverkansnämndens kansli"); undefined when the duty sends it elsewhere or the sender has none.
 */
export function sentTo(c: RelationCatalog, fromId: string, toId: string, terms: ReadonlySet<string>): RelationAnswer | undefined {
  const g = c.byId.get(fromId);
  const r = g?.reporting.find((x) => x.toId === toId && c.speaksOf(x.clause.text, terms));
  return g && r ? { targetId: toId, citation: c.cite(r.clause, g), how: "fact" } : undefined;
}

/** The groups whose mandate has them report or send their minutes or annual report to a body, cited by that clause. */
export function reportingTo(c: RelationCatalog, id: string): RelationAnswer | undefined {
  for (const g of c.byId.values()) {
    const r = g.id !== id ? g.reporting.find((x) => x.toId === id) : undefined;
    if (r) return { targetId: g.id, citation: c.cite(r.clause, g), how: "fact" };
  }
  return undefined;
}

/**
 * The groups a body stands above: those whose mandate makes them subordinate to it (their parent), else those it
 * commissions — cited by their own clause ("Grupperna är … underställda samverkansnämndens ledningsgrupp", 000).
 */
export function below(c: RelationCatalog, id: string): RelationAnswer | undefined {
  const all = [...c.byId.values()].filter((e) => e.id !== id);
  const under = all.filter((e) => e.parent?.targetId === id);
  const ref = under.length ? under : all.filter((e) => e.commissioner?.targetId === id && !e.kindId);
  const g = ref[0];
  const r = g && (g.parent?.targetId === id ? g.parent : g.commissioner);
  if (!g || !r) return undefined;
  return { targetId: g.id, citation: { groupId: g.id, section: r.citation.section, text: r.text.replace(/\s+/g, " ").trim() }, how: "fact" };
}

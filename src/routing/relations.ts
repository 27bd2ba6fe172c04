/**
 * Questions about a group's relations ("who appoints the chair of X", "who does X report to", "may X set
 * up working groups"), answered from the catalog: first its structured facts (chair, composition,
 * commissioner, reporting), then the sentence of X's mandate (or of its kind's, or of another mandate
 * that names X) that speaks of the relation, and the body that sentence names as acting or receiving.
 * The answer cites that clause; when no clause says, there is no answer (the router says so).
 */
import type { Catalog, Clause, GroupRecord } from "../catalog/schema";
import type { QuestionAnalysis } from "./analyze";
import type { CompiledLexicon, RelationTable } from "./compiled-lexicon";
import type { Relation } from "./lexicon";
import { Actors, sentences, type BodyRole } from "./actors";
import { clausesOf } from "./passages";
import { keySv, words } from "./normalize";
import type { RouteCitation } from "./types";

export interface RelationAnswer {
  readonly targetId: string;
  readonly citation: RouteCitation;
  /** From a structured fact, from a sentence, or the group itself (its mandate lets it decide). */
  readonly how: "fact" | "clause" | "self";
}

/** Who the answer is, by relation: the body acting, or the one receiving (reports go *to* someone). */
const RECEIVES: ReadonlySet<Relation> = new Set(["reports"]);

/** Relations whose sentences may stand in another mandate that names the group ("X bereder ärenden till Y"). */
const FROM_MENTIONS: ReadonlySet<Relation> = new Set(["prepares", "evaluates", "creates", "members", "chair", "plan", "commissioner", "reports"]);

export function detectRelation(a: QuestionAnalysis, lex: CompiledLexicon): Relation | undefined {
  const has = (t: RelationTable["about"]) => {
    for (let i = 0; i < a.words.length; i++) if (t.longestAt(a.words, i)) return true;
    return false;
  };
  for (const [rel, t] of lex.relations) {
    if (has(t.alone)) return rel;
    if (t.about.size && has(t.about) && (!t.needsAct || has(t.acts))) return rel;
  }
  return undefined;
}

export class RelationAnswerer {
  private readonly byId = new Map<string, GroupRecord>();
  private readonly byDocument = new Map<string, string>();

  constructor(
    catalog: Catalog,
    private readonly actors: Actors,
    private readonly lex: CompiledLexicon,
  ) {
    for (const e of catalog.entries) {
      this.byId.set(e.id, e);
      if (e.document) this.byDocument.set(e.document.documentId, e.id);
    }
  }

  private cite(c: Clause, owner: GroupRecord, text?: string): RouteCitation {
    return { groupId: this.byDocument.get(c.citation.documentId) ?? owner.id, section: c.citation.section, text: (text ?? c.text).replace(/\s+/g, " ").trim() };
  }

  answer(rel: Relation, s: GroupRecord, a: QuestionAnalysis): RelationAnswer | undefined {
    const kind = s.kindId ? this.byId.get(s.kindId) : undefined;
    for (const g of kind ? [s, kind] : [s]) {
      const found = this.fromFacts(rel, g, a) ?? this.fromClauses(rel, g, s, a);
      if (found) return found;
    }
    return undefined;
  }

  private known(id: string | undefined): id is string {
    return !!id && this.byId.has(id);
  }

  private fromFacts(rel: Relation, g: GroupRecord, a: QuestionAnalysis): RelationAnswer | undefined {
    switch (rel) {
      case "chair":
        return this.known(g.chair?.appointedById) ? { targetId: g.chair!.appointedById!, citation: this.cite(g.chair!.clause, g), how: "fact" } : undefined;
      case "commissioner":
        return g.commissioner && this.known(g.commissioner.targetId) ? { targetId: g.commissioner.targetId, citation: { groupId: g.id, section: g.commissioner.citation.section, text: g.commissioner.text }, how: "fact" } : undefined;
      case "reports": {
        const asked = new Set(a.tokens.map((t) => t.key));
        const to = g.reporting.filter((r) => this.known(r.toId) && r.toId !== g.id);
        const fit = to.find((r) => words(`${r.what} ${r.clause.text}`).some((w) => asked.has(keySv(w)) && w.length > 5)) ?? to[0];
        if (fit) return { targetId: fit.toId!, citation: this.cite(fit.clause, g), how: "fact" };
        return g.parent && this.known(g.parent.targetId) ? { targetId: g.parent.targetId, citation: { groupId: g.id, section: g.parent.citation.section, text: g.parent.text }, how: "fact" } : undefined;
      }
      case "escalation": {
        for (const c of g.escalation)
          for (const sent of sentences(c.text)) {
            const b = this.actors.bodiesIn(sent, g.organizationId).find((x) => x.id !== g.id && x.id !== g.kindId);
            if (b) return { targetId: b.id, citation: this.cite(c, g, sent), how: "clause" };
          }
        return undefined;
      }
      case "meetings":
        return g.meetingFrequency ? { targetId: g.id, citation: this.cite(g.meetingFrequency.clause, g), how: "self" } : undefined;
      default:
        return undefined;
    }
  }

  /** The sentence about the relation, in the group's mandate (or one naming it), and the body it names. */
  private fromClauses(rel: Relation, g: GroupRecord, subject: GroupRecord, a: QuestionAnalysis): RelationAnswer | undefined {
    const table = this.lex.relations.get(rel);
    if (!table) return undefined;
    const own = clausesOf(g).map((c) => ({ clause: c.clause, home: g }));
    const elsewhere = FROM_MENTIONS.has(rel) ? g.mentions.map((c) => ({ clause: c, home: this.byId.get(this.byDocument.get(c.citation.documentId) ?? "") ?? g })) : [];
    const asked = new Set(a.tokens.map((t) => t.key));
    let best: { score: number; sentence: string; clause: Clause; home: GroupRecord } | undefined;
    for (const { clause, home } of [...own, ...elsewhere])
      for (const sentence of sentences(clause.text)) {
        const ws = words(sentence);
        const keys = ws.map(keySv);
        const about = table.about.size ? countIn(table.about, ws) : 0;
        const acts = countIn(table.acts, ws) + countIn(table.alone, ws);
        if ((table.about.size && !about) || (table.needsAct && !acts)) continue;
        const score = about + acts + 0.25 * keys.filter((k) => asked.has(k)).length;
        if (!best || score > best.score) best = { score, sentence, clause, home };
      }
    if (!best) return undefined;
    const target = this.actorIn(best.sentence, best.home, subject, RECEIVES.has(rel));
    if (!target) return undefined;
    return { targetId: target.id, citation: this.cite(best.clause, best.home, best.sentence), how: target.self ? "self" : "clause" };
  }

  /** Who a sentence says acts (or receives); the group itself when the sentence is about it and names no one else. */
  private actorIn(sentence: string, home: GroupRecord, subject: GroupRecord, receives: boolean): { id: string; self: boolean } | undefined {
    const others = this.actors.bodiesIn(sentence, home.organizationId).filter((b) => b.id !== subject.id && b.id !== subject.kindId);
    const order: BodyRole[] = receives ? ["recipient", "receiver", "mention"] : ["receiver", "agent", "subject"];
    for (const role of order) {
      const b = others.find((x) => x.role === role);
      if (b) return { id: b.id, self: false };
    }
    // a sentence in another mandate that names the group, without a subject of its own: that mandate's group acts
    if (home.id !== subject.id && home.id !== subject.kindId && !receives) return { id: home.id, self: false };
    if (this.actors.startsWithSelf(sentence, home) || others.length === 0) return { id: subject.id, self: true };
    return undefined;
  }
}

function countIn(t: RelationTable["about"], keys: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (t.longestAt(keys, i)) n++;
  return n;
}

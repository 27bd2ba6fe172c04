/**
 * Building the answer: the owner, its cited clause, the candidates and the escalation path, in the
 * RouteResult contract.
 */
import { KNOWN_BODIES } from "../catalog/bodies";
import type { Catalog, Clause, GroupRecord } from "../catalog/schema";
import { sentences, type Actors } from "./actors";
import type { Passage } from "./passages";
import type { RouteCandidate, RouteCitation, RouteEscalation, RouteResult } from "./types";
import { packedMap } from "./packed";

/** Entries that are posts, not groups (src/catalog/bodies.ts says which): they have no chair or secretary. */
const ROLES: ReadonlySet<string> = new Set(packedMap(KNOWN_BODIES.filter((b) => b.kind === "role"), (b) => b.id));

const clean = (s: string) => s.replace(/\s+/g, " ").trim();
export const round = (n: number): number => Math.round(Math.max(0, Math.min(1, n)) * 1000) / 1000;

export class AnswerBuilder {
  readonly byId = new Map<string, GroupRecord>();
  private readonly byDocument = new Map<string, string>();
  private readonly orgNames = new Map<string, string>();

  constructor(
    catalog: Catalog,
    private readonly actors: Actors,
  ) {
    for (const e of catalog.entries) {
      this.byId.set(e.id, e);
      if (e.document) this.byDocument.set(e.document.documentId, e.id);
    }
    for (const o of catalog.organizations) this.orgNames.set(o.id, o.name);
  }

  /** What an entry is: a kind of group, a role (a post held by one person, "förvaltningschef"), a concrete group, another body. */
  ownerIs(id: string | undefined): "group" | "kind" | "role" | "body" | null {
    const e = id ? this.byId.get(id) : undefined;
    if (!e) return null;
    if (e.entryType === "kind") return "kind";
    if (ROLES.has(e.id)) return "role";
    return e.entryType === "group" ? "group" : "body";
  }

  organizationName(id: string): string {
    return this.orgNames.get(id) ?? id;
  }

  owner(e: GroupRecord): { id: string; name: string; organization: string } {
    return { id: e.id, name: e.name, organization: this.organizationName(e.organizationId) };
  }

  candidate(id: string, score: number): RouteCandidate {
    return { ...this.owner(this.byId.get(id)!), score: round(score) };
  }

  citation(p: Passage): RouteCitation {
    return { groupId: p.sourceId, section: p.section, text: p.text };
  }

  /** A clause as cited: under the group whose mandate (document) it is in, else `fallbackId`; `text`: the part of it quoted. */
  clauseCitation(c: Clause, fallbackId: string, text = clean(c.text)): RouteCitation {
    return { groupId: this.byDocument.get(c.citation.documentId) ?? fallbackId, section: c.citation.section, text };
  }

  /** A cited clause of the entry itself, when it was found by name only. */
  ownCitation(e: GroupRecord): RouteCitation[] {
    const c = e.duties[0] ?? e.purpose[0] ?? e.mentions[0];
    return c ? [this.clauseCitation(c, e.id)] : [];
  }

  /** The clause that says who is in the group (its participants), else its own clause. */
  membersCitation(e: GroupRecord): RouteCitation[] {
    const c = e.composition?.clauses[0];
    return c ? [this.clauseCitation(c, e.id)] : this.ownCitation(e);
  }

  /** Where a question goes when the owner cannot decide it: an escalation clause naming a body, else its parent or commissioner. */
  escalationOf(e: GroupRecord, explicitOnly = false): RouteEscalation | null {
    const kind = e.kindId ? this.byId.get(e.kindId) : undefined;
    for (const g of [e, kind]) {
      if (!g) continue;
      // a clause that escalates ("eskaleras …") before one that only lets the chair raise something
      const clauses = [...g.escalation].sort((a, b) => Number(/eskaler/i.test(b.text)) - Number(/eskaler/i.test(a.text)));
      for (const c of clauses)
        for (const s of sentences(c.text)) {
          const b = this.actors.bodiesIn(s, g.organizationId).find((x) => x.id !== g.id && x.id !== g.kindId && this.byId.has(x.id));
          if (b) return { to: { id: b.id, name: this.byId.get(b.id)!.name }, section: c.citation.section, text: clean(s) };
        }
      if (explicitOnly) continue;
      for (const r of [g.parent, g.commissioner]) {
        const target = r ? this.byId.get(r.targetId) : undefined;
        if (r && target) return { to: { id: target.id, name: target.name }, section: r.citation.section, text: clean(r.text) };
      }
    }
    return null;
  }

  ownerResult(ownerId: string, confidence: number, citations: RouteCitation[], candidates: RouteCandidate[]): RouteResult {
    const e = this.byId.get(ownerId)!;
    return { status: "owner", owner: this.owner(e), confidence: round(confidence), citations, candidates, escalation: this.escalationOf(e) };
  }
}

import type { GroupRecord } from "../../../src/catalog/schema";

const norm = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** The key facts of an entry (what issue #18 names), in a form two catalogs can be compared by. */
export function keyFacts(e: GroupRecord) {
  return {
    id: e.id,
    name: e.name,
    entryType: e.entryType,
    organizationId: e.organizationId,
    kindId: e.kindId ?? null,
    area: e.area ?? null,
    commissioner: e.commissioner?.targetId ?? null,
    parent: e.parent?.targetId ?? null,
    chair: e.chair ? { by: e.chair.appointedById ?? e.chair.appointedByText ?? null, termYears: e.chair.termYears ?? null, text: norm(e.chair.clause.text) } : null,
    viceChair: e.viceChair ? { by: e.viceChair.appointedById ?? null, termYears: e.viceChair.termYears ?? null } : null,
    members: e.composition
      ? { representation: e.composition.representation ?? null, by: e.composition.appointedById ?? e.composition.appointedByText ?? null, deputies: !!e.composition.deputies, text: norm(e.composition.clauses.map((c) => c.text).join(" ")) }
      : null,
    coOpted: e.coOpted.map((c) => norm(c.text)),
    meetings: e.meetingFrequency ? [e.meetingFrequency.min, e.meetingFrequency.max, e.meetingFrequency.per] : null,
    reporting: e.reporting.map((r) => [r.what, r.toId ?? null, r.cadence ?? null, r.dueMonthDay ?? null]),
    validity: e.validity
      ? { decidedDate: e.validity.decidedDate ?? null, decidedBy: e.validity.decidedBy ?? null, validUntil: e.validity.validUntil ?? null, validUntilText: e.validity.validUntilText ?? null, reviseBy: e.validity.reviseBy ?? null }
      : null,
    boundaries: e.boundaries.map((b) => [norm(b.text), b.targetId ?? null]),
    duties: e.duties.map((d) => norm(d.text)),
    purpose: e.purpose.map((p) => norm(p.text)),
    decisionRules: e.decisionRules.length,
    escalation: e.escalation.map((c) => norm(c.text)),
  };
}


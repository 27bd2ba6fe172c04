import type { ManualInstance } from "./catalog";
import type { InstanceSpec } from "./overrides";
import type { Citation, Clause, GroupRecord } from "./schema";
import { fold, slug } from "./text";

/**
 * Kinds and their instances (a template mandate such as "Samordningsråd inom hälso- och sjukvård" and the
 * councils set up by it): instances link to their kind, inherit what their own document does not state
 * (marked origin "inherited"), and instances named by override or by `groups add` are created.
 */

export const inherit = <T extends { citation: Citation }>(c: T): T => ({ ...c, citation: { ...c.citation, origin: "inherited" } });

/** An instance of a kind: the kind's clauses, marked inherited. */
export function instantiate(kind: GroupRecord, spec: { name: string; area?: string; aliases?: readonly string[] }, origin: "override" | "manual"): GroupRecord {
  const ref = (r: GroupRecord["commissioner"]) => (r ? { ...r, citation: { ...r.citation, origin: "inherited" as const } } : undefined);
  const rule = <T extends { clause: Clause }>(x: T | undefined) => (x ? { ...x, clause: inherit(x.clause) } : undefined);
  const [commissioner, parent] = [ref(kind.commissioner), ref(kind.parent)];
  const [chair, viceChair, meetingFrequency] = [rule(kind.chair), rule(kind.viceChair), rule(kind.meetingFrequency)];
  return {
    id: `${kind.organizationId}:${slug(spec.name)}`,
    type: "group",
    entryType: "group",
    name: spec.name,
    aliases: [...(spec.aliases ?? [])],
    kindId: kind.id,
    ...(spec.area ? { area: spec.area } : {}),
    organizationId: kind.organizationId,
    knownOnlyFromReferences: false,
    ...(commissioner ? { commissioner } : {}),
    ...(parent ? { parent } : {}),
    purpose: kind.purpose.map(inherit),
    duties: kind.duties.map(inherit),
    boundaries: kind.boundaries.map(inherit),
    ...(kind.composition ? { composition: { ...kind.composition, clauses: kind.composition.clauses.map(inherit) } } : {}),
    ...(chair ? { chair } : {}),
    ...(viceChair ? { viceChair } : {}),
    coOpted: kind.coOpted.map(inherit),
    ...(meetingFrequency ? { meetingFrequency } : {}),
    reporting: kind.reporting.map((r) => ({ ...r, clause: inherit(r.clause) })),
    decisionRules: kind.decisionRules.map(inherit),
    escalation: kind.escalation.map(inherit),
    ...(kind.validity ? { validity: { ...kind.validity, clauses: kind.validity.clauses.map(inherit) } } : {}),
    other: kind.other.map(inherit),
    mentions: [],
    ...(kind.document ? { document: kind.document } : {}),
    overriddenFields: origin === "override" ? ["name", ...(spec.area ? ["area"] : [])] : [],
  };
}

/**
 * In place: a group whose name starts like a kind of its organisation is that kind's instance; an
 * instance whose own document states no purpose has its kind's purpose; named instances are created.
 */
export function linkKinds(entries: Map<string, GroupRecord>, named: readonly { kindId: string; spec: InstanceSpec | ManualInstance; origin: "override" | "manual" }[]): void {
  const kinds = [...entries.values()].filter((e) => e.entryType === "kind");
  for (const e of entries.values()) {
    if (e.entryType !== "group" || e.kindId) continue;
    const head = fold(e.name).split(" ")[0];
    const k = kinds.find((k) => k.organizationId === e.organizationId && fold(k.name).split(" ")[0] === head);
    if (k) entries.set(e.id, { ...e, kindId: k.id });
  }
  for (const e of [...entries.values()]) {
    const kind = e.kindId ? entries.get(e.kindId) : undefined;
    if (e.entryType === "group" && kind?.entryType === "kind" && e.purpose.length === 0 && kind.purpose.length > 0)
      entries.set(e.id, { ...e, purpose: kind.purpose.map(inherit) });
  }
  for (const { kindId, spec, origin } of named) {
    const kind = entries.get(kindId);
    if (!kind || kind.entryType !== "kind") continue;
    const inst = instantiate(kind, spec, origin);
    if (!entries.has(inst.id)) entries.set(inst.id, inst);
  }
}

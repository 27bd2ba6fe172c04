import { KNOWN_BODIES, type BodyPattern } from "./bodies";
import type { ExtractedDocument } from "./extract";
import type { GroupRecord } from "./schema";

/**
 * Referenced bodies: every body a clause names becomes an entry known only from references, holding the
 * clauses that name it, so `grupper` can list them and the router can cite what the mandates say of them.
 */

function referencedEntry(b: BodyPattern): GroupRecord {
  return {
    id: b.id,
    type: "group",
    entryType: "referenced",
    name: b.name,
    aliases: [],
    organizationId: b.organizationId,
    knownOnlyFromReferences: true,
    purpose: [],
    duties: [],
    boundaries: [],
    coOpted: [],
    reporting: [],
    decisionRules: [],
    escalation: [],
    other: [],
    mentions: [],
    overriddenFields: [],
  };
}

/** Adds (in place) an entry for every body the documents name, and every known commissioner, parent and kind. */
export function addReferencedBodies(entries: Map<string, GroupRecord>, extracted: readonly ExtractedDocument[]): void {
  const bodyById = new Map<string, BodyPattern>(KNOWN_BODIES.map((b) => [b.id, b]));
  for (const ex of extracted) for (const b of ex.adHocBodies) bodyById.set(b.id, b);
  const referenced = (id: string): GroupRecord | undefined => {
    const existing = entries.get(id);
    if (existing) return existing;
    const b = bodyById.get(id);
    if (!b) return undefined;
    const r = referencedEntry(b);
    entries.set(id, r);
    return r;
  };
  for (const ex of extracted) {
    for (const m of ex.mentions) {
      const target = referenced(m.body.id);
      if (!target) continue;
      if (!target.mentions.some((c) => c.citation.documentId === m.clause.citation.documentId && c.citation.lineStart === m.clause.citation.lineStart))
        entries.set(target.id, { ...target, mentions: [...target.mentions, m.clause] });
    }
  }
  // references to ids no entry has (override typos) stay as written; make sure every known target exists
  for (const e of [...entries.values()]) for (const t of [e.commissioner?.targetId, e.parent?.targetId, e.kindId]) if (t) referenced(t);
}

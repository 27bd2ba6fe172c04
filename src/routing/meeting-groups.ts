/**
 * The groups whose mandates set how often they meet (002 "Samverkansgruppen träffas 3–4 gånger per termin", 003
 * "Mötesfrekvens: 4 – 8 ggr/år"): what "Hur många möten brukar gruppen ha?" may be asking of, when no group is named and
 * no organisation is known. A concrete group of a kind the catalog holds counts as its kind (its meetings are the
 * kind's clause, 004 keeping 003's frequency). Read once per catalog.
 */
import type { GroupRecord } from "../catalog/schema";

const memo = new WeakMap<ReadonlyMap<string, GroupRecord>, readonly string[]>();

export function meetingGroups(byId: ReadonlyMap<string, GroupRecord>): readonly string[] {
  let ids = memo.get(byId);
  if (!ids) {
    const found = new Set<string>();
    for (const g of byId.values()) if (g.meetingFrequency) found.add(g.kindId && byId.has(g.kindId) ? g.kindId : g.id);
    memo.set(byId, (ids = [...found]));
  }
  return ids;
}

import type { AgendaContext } from "./context";
import type { RouteAnswer } from "./ports";
import type { FormNotice } from "./views";

/** How sure the router must be before the form suggests another group. */
export const SUGGEST_MIN_CONFIDENCE = 0.6;

/**
 * Another owner clearly fits better: the router names one (not the chosen group) with high confidence,
 * and the chosen group is not a close candidate (under 80 % of the owner's score).
 */
export function betterOwner(r: RouteAnswer, groupId: string): { id: string; name: string } | undefined {
  if (r.status !== "owner" || !r.owner || r.owner.id === groupId || r.confidence < SUGGEST_MIN_CONFIDENCE) return undefined;
  const top = r.candidates.find((c) => c.id === r.owner!.id)?.score ?? 1;
  const mine = r.candidates.find((c) => c.id === groupId)?.score ?? 0;
  if (top > 0 && mine / top >= 0.8) return undefined;
  return { id: r.owner.id, name: r.owner.name };
}

/**
 * The form's suggestion for an item's text, concrete groups only: when the better owner is a kind of
 * group (a mandate for all "Verksamhetschefsgrupper"), the person picks which group of the kind; when the
 * catalog has none of that kind, the notice says so and offers no group to send it to. No suggestion when
 * the chosen group is itself of that kind.
 */
export async function suggestionFor(ctx: AgendaContext, text: string, groupId: string): Promise<FormNotice | undefined> {
  const router = ctx.options.router;
  if (!router) return undefined;
  const owner = betterOwner(await router(text), groupId);
  if (!owner) return undefined;
  const entries = (await ctx.options.directory?.get())?.entries ?? [];
  const entry = entries.find((e) => e.id === owner.id);
  if (!entry) return undefined;
  if (entry.entryType !== "kind") return { kind: "suggest", to: { id: entry.id, name: entry.name } };
  if (entries.find((e) => e.id === groupId)?.kindId === entry.id) return undefined;
  const of = { id: entry.id, name: entry.name };
  const groups = entries
    .filter((e) => e.entryType === "group" && e.kindId === entry.id)
    .map((e) => ({ id: e.id, name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
  return groups.length > 0 ? { kind: "suggestKind", of, groups: groups.slice(0, 60) } : { kind: "kindWithoutGroups", of };
}

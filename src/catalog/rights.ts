import type { Actor } from "../domain/actor";
import type { Catalog } from "./schema";

/**
 * Who may send and publish a mandate: an administrator, or the secretary of the group the mandate is
 * for. A new group (no entry yet) and a kind of group (a template, no roles) are for administrators.
 * Roles live in the work container (the agenda's role queries answer them).
 */

/** The acting person (src/domain/actor.ts, the one declaration). */
export type MandateActor = Actor;

export interface RoleLookup {
  rolesOf(actor: MandateActor, groupId: string): Promise<readonly string[]>;
}

export const PUBLISHING_ROLES: readonly string[] = ["secretary"];

export async function mayPublishFor(roles: RoleLookup, actor: MandateActor, entry: { readonly id: string; readonly entryType: string } | undefined): Promise<boolean> {
  if (actor.isAdmin) return true;
  if (!entry || entry.entryType === "kind") return false;
  return (await roles.rolesOf(actor, entry.id)).some((r) => PUBLISHING_ROLES.includes(r));
}

/** May this person send mandates at all (checked before a file is fetched)? */
export async function maySendMandates(roles: RoleLookup, actor: MandateActor, catalog: Pick<Catalog, "entries">): Promise<boolean> {
  if (actor.isAdmin) return true;
  const groups = catalog.entries.filter((e) => e.entryType !== "kind");
  return (await Promise.all(groups.map((e) => mayPublishFor(roles, actor, e)))).some(Boolean);
}

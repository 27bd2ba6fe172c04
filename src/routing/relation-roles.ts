/**
 * Roles as relation answers: a body whose own name is a role says whose role it is.
 */
import type { RelationCatalog } from "./relation-destinations";

/**
 * The group a role's own name says it serves: "Kontaktperson för samordningsråd" is the samordningsråd's contact (Swedish
 * "X för Y" names Y's X; 004: "Till varje samordningsråd utses en kontaktperson"). A body named inside the role's name,
 * other than the role itself.
 */
export function whoseRole(c: RelationCatalog, id: string): string | undefined {
  const role = c.byId.get(id);
  if (!role || role.document) return undefined;
  const name = role.name.replace(/\([^)]*\)/g, " ");
  return c.actors.bodiesIn(name, role.organizationId).find((b) => b.id !== id && b.index > 0 && c.known(b.id))?.id;
}

import type { z } from "zod";
import { holds, samePerson, type AgendaContext } from "./context";
import { refreshSchedule, scheduleOf } from "./schedule";
import {
  ADMIN_ASSIGNED_ROLES,
  CHAIR_ASSIGNED_ROLES,
  MEETING_ROLES,
  PersonSchema,
  RoleKindSchema,
  TRIAGE_ROLES,
  actorRef,
  invalid,
  personKey,
  refuse,
  type Actor,
  type Person,
  type Refusal,
  type Result,
  type RoleAssignment,
  type RoleKind,
} from "./schema";

/** Roles per group: who holds them, who may assign them, and the rights they give. */

/** The group's active roles: from its schedule (one point read; refreshed whenever a role changes). */
async function activeRoles(ctx: AgendaContext, groupId: string): Promise<RoleAssignment[]> {
  return [...(await scheduleOf(ctx, groupId)).roles];
}

/** The roles the actor holds in a group. */
export async function rolesOf(ctx: AgendaContext, actor: Actor, groupId: string): Promise<RoleKind[]> {
  return (await activeRoles(ctx, groupId)).filter((r) => holds(r.person, actor)).map((r) => r.role);
}

export async function hasRole(ctx: AgendaContext, actor: Actor, groupId: string, allowed: readonly RoleKind[]): Promise<boolean> {
  return (await rolesOf(ctx, actor, groupId)).some((r) => allowed.includes(r));
}

export async function listRoles(ctx: AgendaContext, groupId: string): Promise<RoleAssignment[]> {
  const order = RoleKindSchema.options;
  return (await activeRoles(ctx, groupId)).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.person.name.localeCompare(b.person.name));
}

/** Chair, vice chair, secretary, and administrators (the first run: nobody holds a role yet). */
export async function mayTriage(ctx: AgendaContext, actor: Actor, groupId: string): Promise<boolean> {
  return actor.isAdmin || (await hasRole(ctx, actor, groupId, TRIAGE_ROLES));
}

/** Triage refused: the refusal names who holds the triage roles, so the person knows whom to ask. */
export async function triageRefusal(ctx: AgendaContext, groupId: string): Promise<Refusal> {
  const holders = (await listRoles(ctx, groupId)).filter((r) => TRIAGE_ROLES.includes(r.role)).map((r) => ({ role: r.role, name: r.person.name || personKey(r.person) }));
  return refuse("NOT_ALLOWED", { right: "triage", holders });
}

export async function mayManageMeetings(ctx: AgendaContext, actor: Actor, groupId: string): Promise<boolean> {
  return actor.isAdmin || (await hasRole(ctx, actor, groupId, MEETING_ROLES));
}

async function mayAssign(ctx: AgendaContext, actor: Actor, groupId: string, role: RoleKind): Promise<boolean> {
  if (actor.isAdmin) return true;
  if (ADMIN_ASSIGNED_ROLES.includes(role)) return false;
  return CHAIR_ASSIGNED_ROLES.includes(role) && (await hasRole(ctx, actor, groupId, ["chair", "secretary"]));
}

const assignRefusal = (role: RoleKind) => refuse("NOT_ALLOWED", { right: ADMIN_ASSIGNED_ROLES.includes(role) ? "assignLeadRole" : "assignMemberRole" });

/**
 * Admins assign chair, vice chair and secretary (one holder each: a new one replaces the old); the
 * chair or secretary (or an admin) assigns members, co-opted members and adjusters.
 */
export async function assignRole(
  ctx: AgendaContext,
  actor: Actor,
  groupId: string,
  role: RoleKind,
  person: z.input<typeof PersonSchema>,
): Promise<Result<{ assignment: RoleAssignment; previous?: Person }>> {
  const bad = await ctx.checkGroup(groupId);
  if (bad) return bad;
  if (!RoleKindSchema.safeParse(role).success) return refuse("INVALID_INPUT", { message: `unknown role ${String(role)}` });
  const parsed = PersonSchema.safeParse(person);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await mayAssign(ctx, actor, groupId, role))) return assignRefusal(role);
  const p = parsed.data;
  if (role !== "member") delete (p as { region?: string }).region;
  const id = ctx.store.roleId(role, personKey(p));
  const by = actorRef(actor);
  const at = ctx.now();
  const out = await ctx.store.mutate<RoleAssignment>(groupId, id, (cur) => {
    if (cur && cur.active && samePerson(cur.person, p) && JSON.stringify(cur.person) === JSON.stringify(p)) return undefined;
    return { id, type: "role", groupId, role, person: p, active: true, revision: (cur?.revision ?? 0) + 1, assignedBy: by, assignedAt: at };
  });
  if (out.kind === "conflict") return refuse("CONFLICT");
  if (out.kind === "unchanged") return { ok: true, assignment: out.doc as RoleAssignment };
  const previous = out.previous?.active && !samePerson(out.previous.person, p) ? out.previous.person : undefined;
  await refreshSchedule(ctx, groupId, { roleIds: [id] });
  await ctx.audit(groupId, by, "role.set", { type: "role", id }, out.doc.revision, { role, person: p, ...(previous ? { replaced: previous } : {}) });
  return { ok: true, assignment: out.doc, ...(previous ? { previous } : {}) };
}

/** Ends a person's role (same permissions as assigning it). */
export async function removeRole(ctx: AgendaContext, actor: Actor, groupId: string, role: RoleKind, personId: string): Promise<Result<{ removed: RoleAssignment }>> {
  if (!RoleKindSchema.safeParse(role).success) return refuse("INVALID_INPUT", { message: `unknown role ${String(role)}` });
  if (!(await mayAssign(ctx, actor, groupId, role))) return assignRefusal(role);
  const id = ctx.store.roleId(role, personId);
  const out = await ctx.store.mutate<RoleAssignment>(groupId, id, (cur) => {
    if (!cur || !cur.active || !(cur.person.aadObjectId === personId || cur.person.teamsId === personId)) return undefined;
    return { ...cur, active: false, revision: cur.revision + 1, assignedBy: actorRef(actor), assignedAt: ctx.now() };
  });
  if (out.kind === "conflict") return refuse("CONFLICT");
  if (out.kind === "unchanged") return refuse("NOT_FOUND");
  await refreshSchedule(ctx, groupId, { roleIds: [id] });
  await ctx.audit(groupId, actorRef(actor), "role.remove", { type: "role", id }, out.doc.revision, { role, person: out.doc.person });
  return { ok: true, removed: out.doc };
}

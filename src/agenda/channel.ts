import type { AgendaContext } from "./context";
import { hasRole } from "./roles";
import { refreshSchedule, scheduleOf } from "./schedule";
import { BINDING_ROLES, ChannelInputSchema, actorRef, invalid, refuse, type Actor, type ActorRef, type ChannelBinding, type ChannelInput, type Result } from "./schema";

/** The group's home channel: where the kallelse and the triage cards are posted. */

/**
 * "koppla kanalen till <grupp>": the channel becomes the group's home channel (replacing any other).
 * Admin, chair or secretary. The thread suffix of a channel conversation id is dropped.
 */
export async function bindChannel(ctx: AgendaContext, actor: Actor, groupId: string, channel: ChannelInput): Promise<Result<{ binding: ChannelBinding; previous?: ChannelBinding }>> {
  const bad = await ctx.checkGroup(groupId);
  if (bad) return bad;
  const parsed = ChannelInputSchema.safeParse(channel);
  if (!parsed.success) return invalid(parsed.error);
  if (!actor.isAdmin && !(await hasRole(ctx, actor, groupId, BINDING_ROLES))) return refuse("NOT_ALLOWED", { right: "bind" });
  const c = { ...parsed.data, conversationId: parsed.data.conversationId.split(";")[0]! };
  const by = actorRef(actor);
  const out = await ctx.store.mutate<ChannelBinding>(groupId, "binding", (cur) => {
    if (cur?.active && cur.conversationId === c.conversationId && cur.teamId === c.teamId && cur.channelId === c.channelId) return undefined;
    return { id: "binding", type: "binding", groupId, ...c, active: true, revision: (cur?.revision ?? 0) + 1, boundBy: by, boundAt: ctx.now() };
  });
  if (out.kind === "conflict") return refuse("CONFLICT");
  // Also when unchanged: binding again is how a person repairs a schedule a crash left behind.
  await refreshSchedule(ctx, groupId, { binding: true });
  if (out.kind === "unchanged") return { ok: true, binding: out.doc as ChannelBinding };
  const previous = out.previous?.active ? out.previous : undefined;
  await ctx.audit(groupId, by, "binding.set", { type: "binding", id: "binding" }, out.doc.revision, {
    teamId: c.teamId,
    channelId: c.channelId,
    ...(previous ? { replacedChannelId: previous.channelId } : {}),
  });
  return { ok: true, binding: out.doc, ...(previous ? { previous } : {}) };
}

/** The group's active home channel, if any (from its schedule: one point read). */
export async function homeChannel(ctx: AgendaContext, groupId: string): Promise<ChannelBinding | undefined> {
  const b = (await scheduleOf(ctx, groupId)).binding;
  return b?.active ? b : undefined;
}

/** The groups a channel serves. */
export async function groupsOfChannel(ctx: AgendaContext, conversationId: string): Promise<string[]> {
  return (await ctx.store.bindingsOfChannel(conversationId.split(";")[0]!)).map((b) => b.groupId).sort();
}

/** The bot was removed from a team/channel: its bindings become inactive (lifecycle handler). */
export async function deactivateChannel(ctx: AgendaContext, conversationId: string, by: ActorRef = { userId: "system", name: "bot removed" }): Promise<string[]> {
  const id = conversationId.split(";")[0]!;
  const groups: string[] = [];
  for (const b of await ctx.store.bindingsOfChannel(id)) {
    const out = await ctx.store.mutate<ChannelBinding>(b.groupId, "binding", (cur) =>
      cur && cur.active && cur.conversationId === id ? { ...cur, active: false, revision: cur.revision + 1 } : undefined,
    );
    if (out.kind === "written") {
      groups.push(b.groupId);
      await refreshSchedule(ctx, b.groupId, { binding: true });
      await ctx.audit(b.groupId, by, "binding.deactivate", { type: "binding", id: "binding" }, out.doc.revision, { channelId: b.channelId });
    }
  }
  return groups.sort();
}

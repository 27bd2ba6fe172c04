import { z } from "zod";
import { handledBy, type AgendaContext } from "./context";
import { announce, notifySubmitter, refreshPosts, triagePostId, triageTargets } from "./posting";
import { mayTriage, triageRefusal } from "./roles";
import { scheduleOf, upcomingOf } from "./schedule";
import {
  LIMITS,
  TriageActionSchema,
  actorRef,
  invalid,
  invalidField,
  refuse,
  type Actor,
  type ActorRef,
  type AgendaItem,
  type ItemStatus,
  type Meeting,
  type Refusal,
  type Result,
  type Schedule,
  type TriageAction,
  type TriageRecord,
} from "./schema";
import { triageView, type TriageView } from "./views";

/** Triage: accept, defer, redirect, reject (with a reason) or reopen an item, and the posts that follow. */

export const TriageInputSchema = z.object({
  groupId: z.string(),
  itemId: z.string(),
  /** The revision the actor saw (from the card); a different current revision is refused. */
  revision: z.number().int(),
  action: TriageActionSchema,
  /** accept: the meeting (default: the item's); defer: the later meeting (default: the one after). */
  meetingId: z.string().optional(),
  /** redirect: the receiving group. */
  toGroupId: z.string().optional(),
  /** reject: required; others: optional note. */
  reason: z.string().optional(),
});
export type TriageInput = z.infer<typeof TriageInputSchema>;

const TRIAGEABLE: Record<TriageAction, readonly ItemStatus[]> = {
  accept: ["submitted", "deferred"],
  defer: ["submitted", "accepted", "deferred"],
  redirect: ["submitted", "deferred"],
  reject: ["submitted", "deferred"],
  reopen: ["accepted", "deferred", "redirected", "rejected"],
};

const STATUS_OF: Record<TriageAction, ItemStatus> = { accept: "accepted", defer: "deferred", redirect: "redirected", reject: "rejected", reopen: "submitted" };

/** The meeting an accept or defer goes to (checked against the group's planned meetings). */
function targetMeeting(input: TriageInput, current: AgendaItem, upcoming: readonly Meeting[]): Refusal | { meetingId?: string } {
  if (input.action === "accept") {
    const meetingId = input.meetingId ?? current.meetingId ?? upcoming[0]?.id;
    return meetingId && upcoming.some((m) => m.id === meetingId) ? { meetingId } : refuse("UNKNOWN_MEETING");
  }
  if (input.action !== "defer") return {};
  if (input.meetingId) return upcoming.some((m) => m.id === input.meetingId) ? { meetingId: input.meetingId } : refuse("UNKNOWN_MEETING");
  const from = upcoming.find((m) => m.id === current.meetingId);
  // No later meeting planned yet: deferred without a meeting.
  return { meetingId: (from ? upcoming.find((m) => m.startsAt > from.startsAt) : upcoming[0])?.id };
}

/** The decision on the stored item: exactly one of concurrent triages wins (the write is ETag-guarded). */
function decide(cur: AgendaItem, input: TriageInput, next: Pick<AgendaItem, "triage" | "updatedAt"> & { meetingId?: string; agendaOrder?: number }): Refusal | AgendaItem {
  const { action } = input;
  if (cur.revision !== input.revision) return cur.status === "submitted" && action !== "reopen" ? refuse("STALE_REVISION", { subject: "item", revision: cur.revision }) : handledBy(cur);
  if (!TRIAGEABLE[action].includes(cur.status)) {
    return action === "reopen" && cur.status !== "withdrawn" ? refuse("INVALID_STATE", { subject: "item", status: cur.status, revision: cur.revision }) : handledBy(cur);
  }
  const out: AgendaItem = { ...cur, status: STATUS_OF[action], revision: cur.revision + 1, updatedAt: next.updatedAt, triage: next.triage };
  if (action === "accept" || action === "defer") {
    if (next.meetingId) out.meetingId = next.meetingId;
    else delete out.meetingId;
  }
  if (action === "accept" && next.agendaOrder) out.agendaOrder = next.agendaOrder;
  else delete out.agendaOrder;
  return out;
}

type Triaged = Result<{ item: AgendaItem; redirected?: AgendaItem; view: TriageView }>;

/**
 * accept / defer / redirect / reject (reason required) / reopen, by the chair, vice chair, secretary or
 * an administrator. The revision the actor saw must be current: when someone else triaged first the
 * answer is ALREADY_HANDLED with who did it. Then the posted triage cards and the receipt follow, the
 * submitter is told 1:1, and a redirected item goes to the receiving group's triage.
 */
export async function triage(ctx: AgendaContext, actor: Actor, raw: TriageInput): Promise<Triaged> {
  const parsed = TriageInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  if (!(await mayTriage(ctx, actor, input.groupId))) return triageRefusal(ctx, input.groupId);
  const reason = input.reason?.trim();
  if (input.action === "reject" && (!reason || reason.length < LIMITS.reason.min)) return invalidField("reason", "required");
  if (reason && reason.length > LIMITS.reason.max) return invalidField("reason", "too long");
  const plan = await planTriage(ctx, input);
  if ("ok" in plan) return plan;
  const record: TriageRecord = {
    action: input.action,
    by: actorRef(actor),
    at: ctx.now(),
    ...(reason ? { reason } : {}),
    ...(plan.meetingId ? { meetingId: plan.meetingId } : {}),
    ...(plan.redirect ? { toGroupId: plan.redirect.toGroupId, redirectedItemId: plan.redirect.itemId } : {}),
  };
  const written = await writeDecision(ctx, input, plan, record);
  if ("ok" in written) return written;
  return afterTriage(ctx, written, plan, record);
}

/** What a triage will write, checked before the write: the meeting, the place on its agenda, the receiving group. */
interface TriagePlan {
  readonly schedule: Schedule;
  readonly meetingId?: string;
  readonly agendaOrder?: number;
  readonly redirect?: { readonly toGroupId: string; readonly itemId: string };
}

/** Meetings and the receiving group are checked before the write; the write itself decides on the item. */
async function planTriage(ctx: AgendaContext, input: TriageInput): Promise<TriagePlan | Refusal> {
  const { groupId, itemId, action } = input;
  const schedule = await scheduleOf(ctx, groupId);
  const upcoming = await upcomingOf(ctx, schedule);
  const current = await ctx.store.item(groupId, itemId);
  if (!current) return refuse("NOT_FOUND", { subject: "item" });
  const target = targetMeeting(input, current, upcoming);
  if ("ok" in target) return target;
  const plan: TriagePlan = { schedule, ...(target.meetingId ? { meetingId: target.meetingId } : {}) };
  if (action === "accept") {
    const onMeeting = (await ctx.store.items(groupId)).filter((i) => i.status === "accepted" && i.meetingId === target.meetingId && i.id !== itemId);
    return { ...plan, agendaOrder: Math.max(0, ...onMeeting.map((i) => i.agendaOrder ?? 0)) + 1 };
  }
  if (action !== "redirect") return plan;
  const toGroupId = input.toGroupId?.trim();
  if (!toGroupId || toGroupId === groupId) return invalidField("toGroupId", "another group is required");
  const bad = await ctx.checkGroup(toGroupId);
  if (bad) return bad;
  return { ...plan, redirect: { toGroupId, itemId: `item:${ctx.newId()}` } };
}

/** The ETag-guarded write of the decision: the item as stored, or why it was refused. */
async function writeDecision(ctx: AgendaContext, input: TriageInput, plan: TriagePlan, record: TriageRecord): Promise<AgendaItem | Refusal> {
  let refusal: Refusal | undefined;
  const out = await ctx.store.mutate<AgendaItem>(input.groupId, input.itemId, (cur) => {
    refusal = undefined;
    if (!cur || cur.type !== "item") return void (refusal = refuse("NOT_FOUND", { subject: "item" }));
    const next = decide(cur, input, { triage: record, updatedAt: record.at, meetingId: plan.meetingId, agendaOrder: plan.agendaOrder });
    if ("ok" in next) return void (refusal = next);
    return next;
  });
  if (refusal) return refusal;
  return out.kind === "written" ? out.doc : refuse("CONFLICT");
}

/** What follows a written decision: the redirected item, the audit entry, the submitter's notice, the posts and the card. */
async function afterTriage(ctx: AgendaContext, item: AgendaItem, plan: TriagePlan, record: TriageRecord): Promise<Triaged> {
  const { by, reason } = record;
  const redirected = plan.redirect ? await redirectInto(ctx, item, plan.redirect.toGroupId, plan.redirect.itemId, by) : undefined;
  await ctx.audit(item.groupId, by, `item.${record.action}`, { type: "item", id: item.id }, item.revision, {
    ...(reason ? { reason } : {}),
    ...(item.triage?.meetingId ? { meetingId: item.triage.meetingId } : {}),
    ...(redirected ? { toGroupId: redirected.groupId, redirectedItemId: redirected.id } : {}),
  });
  await notifySubmitter(ctx, item);
  await refreshPosts(ctx, item, plan.schedule);
  const view = await triageView(ctx, item, { mayTriage: true, isSubmitter: false }, plan.schedule);
  return { ok: true, item, ...(redirected ? { redirected } : {}), view };
}

/** A redirect creates a linked item in the receiving group, which goes to that group's triage. */
async function redirectInto(ctx: AgendaContext, item: AgendaItem, toGroupId: string, id: string, by: ActorRef): Promise<AgendaItem> {
  const schedule = await scheduleOf(ctx, toGroupId);
  const next = (await upcomingOf(ctx, schedule))[0];
  const targets = ctx.options.posting ? await triageTargets(ctx, toGroupId, schedule) : [];
  const at = ctx.now();
  const redirected: AgendaItem = {
    id,
    type: "item",
    groupId: toGroupId,
    title: item.title,
    description: item.description,
    kind: item.kind,
    links: item.links,
    ...(next ? { meetingId: next.id } : {}),
    status: "submitted",
    late: false,
    raiseAtMeeting: false,
    revision: 1,
    submitter: item.submitter,
    submittedAt: at,
    updatedAt: at,
    redirectedFrom: { groupId: item.groupId, itemId: item.id },
    ...(item.lang ? { lang: item.lang } : {}),
    ...(ctx.options.posting ? { posts: targets.map((x) => triagePostId(toGroupId, id, x.id || undefined)) } : {}),
  };
  await ctx.store.create(redirected);
  await ctx.audit(toGroupId, by, "item.redirected-in", { type: "item", id }, 1, {
    fromGroupId: item.groupId,
    fromItemId: item.id,
    title: item.title,
  });
  await announce(ctx, redirected, targets, schedule);
  return redirected;
}

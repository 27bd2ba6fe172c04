import type { z } from "zod";
import type { Language } from "../domain/language";
import { handledBy, holds, type AgendaContext } from "./context";
import { isLate, meetingDates, type MeetingDates } from "./deadlines";
import type { ReceiptLocation } from "./ports";
import { adoptReceipt, announce, refreshPosts, triagePostId, triageTargets } from "./posting";
import { mayTriage } from "./roles";
import { scheduleOf, upcomingOf } from "./schedule";
import {
  ItemInputSchema,
  PersonSchema,
  actorRef,
  invalid,
  refuse,
  type Actor,
  type AgendaItem,
  type ItemInput,
  type Meeting,
  type Person,
  type Refusal,
  type Result,
  type Schedule,
} from "./schema";
import { triageView, type TriageView } from "./views";

/** Agenda items (ärenden): submit, edit and withdraw by the submitter, the item's card, the agenda. */

export interface SubmitOptions {
  /** The language the submitter used (their receipt and notices are written in it). */
  readonly lang?: Language;
  /** Where the card that answers the submit is: it becomes the receipt that triage updates. */
  readonly receipt?: ReceiptLocation;
  /**
   * The id of the form that was sent (one per rendered form): the item's id comes from it, so a second
   * press of the same form (a double click, a retry after a timed-out invoke) answers with the item the
   * first one made instead of making a second.
   */
  readonly formId?: string;
}

/** The meeting an item heads for: the preferred one, else the next; after its deadline, the one after (unless raised there anyway). */
function targetMeeting(
  upcoming: readonly Meeting[],
  data: Pick<ItemInput, "preferredMeetingId" | "raiseAtMeeting">,
  now: Date,
  settings: Parameters<typeof isLate>[2],
): { target: Meeting | undefined; late: boolean } | { refusal: Refusal } {
  let target: Meeting | undefined = upcoming[0];
  if (data.preferredMeetingId) {
    target = upcoming.find((m) => m.id === data.preferredMeetingId);
    if (!target) return { refusal: refuse("UNKNOWN_MEETING", { subject: "preferredMeeting" }) };
  }
  if (!target || !isLate(now, target, settings)) return { target, late: false };
  return { target: data.raiseAtMeeting ? target : upcoming.find((m) => m.startsAt > target!.startsAt), late: true };
}

type Submitted = Result<{ item: AgendaItem; dates?: MeetingDates; receipt: TriageView }>;

/**
 * Anyone may submit. The item heads for the preferred meeting, else the next one. After that meeting's
 * deadline it is marked late and goes to the meeting after, unless the submitter chose to raise it at that
 * meeting (`raiseAtMeeting`). The triage card is posted where the group triages.
 */
export async function submitItem(
  ctx: AgendaContext,
  actor: Actor,
  groupId: string,
  input: ItemInput,
  submitter?: Partial<Person>,
  options: SubmitOptions = {},
): Promise<Submitted> {
  const bad = await ctx.checkGroup(groupId);
  if (bad) return bad;
  const parsed = ItemInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const schedule = await scheduleOf(ctx, groupId);
  const now = ctx.clock.now();
  const heading = targetMeeting(await upcomingOf(ctx, schedule), parsed.data, now, schedule.settings);
  if ("refusal" in heading) return heading.refusal;
  const person = submitterOf(actor, submitter);
  if (!person.success) return invalid(person.error);
  const id = `item:${options.formId ?? ctx.newId()}`;
  // The triage posts' ids go into the item when it is created, so later updates need no look-up.
  const targets = ctx.options.posting ? await triageTargets(ctx, groupId, schedule) : [];
  const item = newItem(ctx, { id, groupId, data: parsed.data, ...heading, submitter: person.data, at: now.toISOString(), targets, options });
  if (!(await ctx.store.create(item))) return formSentAgain(ctx, actor, groupId, id);
  const receipt = await afterSubmit(ctx, actor, item, targets, schedule, options.receipt);
  return { ok: true, item, ...(heading.target ? { dates: meetingDates(heading.target, schedule.settings) } : {}), receipt };
}

/** Who submits: the actor as the activity names them, completed by what the caller knows (the CLI's --as). */
function submitterOf(actor: Actor, submitter?: Partial<Person>) {
  return PersonSchema.safeParse({
    tenantId: actor.tenantId,
    aadObjectId: actor.aadObjectId,
    teamsId: actor.teamsId ?? (actor.aadObjectId ? undefined : actor.userId),
    name: actor.name ?? "",
    ...submitter,
  });
}

interface NewItem {
  readonly id: string;
  readonly groupId: string;
  /** The parsed input (defaults applied). */
  readonly data: z.output<typeof ItemInputSchema>;
  readonly target: Meeting | undefined;
  readonly late: boolean;
  readonly submitter: Person;
  readonly at: string;
  readonly targets: Awaited<ReturnType<typeof triageTargets>>;
  readonly options: SubmitOptions;
}

/** The stored item as submitted (revision 1), with the ids of the triage posts it will get. */
function newItem(ctx: AgendaContext, n: NewItem): AgendaItem {
  const { id, groupId, data, target, late, options } = n;
  return {
    id,
    type: "item",
    groupId,
    title: data.title,
    description: data.description,
    kind: data.kind,
    links: data.links,
    ...(data.preferredMeetingId ? { preferredMeetingId: data.preferredMeetingId } : {}),
    ...(target ? { meetingId: target.id } : {}),
    status: "submitted",
    late,
    raiseAtMeeting: late && data.raiseAtMeeting,
    revision: 1,
    submitter: n.submitter,
    submittedAt: n.at,
    updatedAt: n.at,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(ctx.options.posting ? { posts: n.targets.map((x) => triagePostId(groupId, id, x.id || undefined)) } : {}),
    ...(ctx.options.posting && options.receipt ? { receipt: true } : {}),
  };
}

/** What follows a stored submit: the audit entry, the triage posts, the receipt, and the group remembered for the submitter. */
async function afterSubmit(
  ctx: AgendaContext,
  actor: Actor,
  item: AgendaItem,
  targets: NewItem["targets"],
  schedule: Schedule,
  receiptAt: ReceiptLocation | undefined,
): Promise<TriageView> {
  const { groupId } = item;
  await ctx.audit(groupId, actorRef(actor), "item.submit", { type: "item", id: item.id }, 1, { title: item.title, kind: item.kind, meetingId: item.meetingId, late: item.late });
  await announce(ctx, item, targets, schedule);
  const receipt = await triageView(ctx, item, { mayTriage: false, isSubmitter: true }, schedule);
  if (receiptAt) await adoptReceipt(ctx, item, receiptAt, receipt);
  if (actor.tenantId) await ctx.options.preferences?.rememberAgendaGroup(actor.tenantId, actor.userId, groupId);
  return receipt;
}

/** The same form sent again: its submitter gets the item (in its current state) the first send made. */
async function formSentAgain(ctx: AgendaContext, actor: Actor, groupId: string, id: string): Promise<Submitted> {
  const item = await ctx.store.item(groupId, id);
  if (!item || !holds(item.submitter, actor)) return refuse("CONFLICT");
  const schedule = await scheduleOf(ctx, groupId);
  const meeting = item.meetingId ? (await upcomingOf(ctx, schedule)).find((m) => m.id === item.meetingId) : undefined;
  const receipt = await triageView(ctx, item, { mayTriage: false, isSubmitter: true }, schedule);
  return { ok: true, item, ...(meeting ? { dates: meetingDates(meeting, schedule.settings) } : {}), receipt };
}

/** The submitter's change of an untriaged item at the revision they saw; the posted cards follow. */
async function submitterChange(
  ctx: AgendaContext,
  actor: Actor,
  groupId: string,
  itemId: string,
  revision: number,
  action: "edit" | "withdraw",
  apply: (cur: AgendaItem) => AgendaItem,
  details: Record<string, unknown>,
): Promise<Result<{ item: AgendaItem; receipt: TriageView }>> {
  let refusal: Refusal | undefined;
  const out = await ctx.store.mutate<AgendaItem>(groupId, itemId, (cur) => {
    refusal = undefined;
    if (!cur || cur.type !== "item") return void (refusal = refuse("NOT_FOUND", { subject: "item" }));
    if (!holds(cur.submitter, actor)) return void (refusal = refuse("NOT_ALLOWED", { right: action }));
    if (cur.status !== "submitted") return void (refusal = handledBy(cur));
    if (cur.revision !== revision) return void (refusal = refuse("STALE_REVISION", { subject: "item", revision: cur.revision }));
    return { ...apply(cur), revision: cur.revision + 1, updatedAt: ctx.now() };
  });
  if (refusal) return refusal;
  if (out.kind !== "written") return refuse("CONFLICT");
  await ctx.audit(groupId, actorRef(actor), `item.${action}`, { type: "item", id: itemId }, out.doc.revision, details);
  const schedule = await scheduleOf(ctx, groupId);
  await refreshPosts(ctx, out.doc, schedule);
  return { ok: true, item: out.doc, receipt: await triageView(ctx, out.doc, { mayTriage: false, isSubmitter: true }, schedule) };
}

/** The submitter edits title, description, kind and links while the item is untriaged. */
export async function editItem(
  ctx: AgendaContext,
  actor: Actor,
  groupId: string,
  itemId: string,
  revision: number,
  changes: Partial<Pick<ItemInput, "title" | "description" | "kind" | "links">>,
): Promise<Result<{ item: AgendaItem; receipt: TriageView }>> {
  const parsed = ItemInputSchema.pick({ title: true, description: true, kind: true, links: true }).partial().safeParse(changes);
  if (!parsed.success) return invalid(parsed.error);
  const patch = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return submitterChange(ctx, actor, groupId, itemId, revision, "edit", (cur) => ({ ...cur, ...patch }), patch);
}

export function withdrawItem(ctx: AgendaContext, actor: Actor, groupId: string, itemId: string, revision: number): Promise<Result<{ item: AgendaItem; receipt: TriageView }>> {
  return submitterChange(ctx, actor, groupId, itemId, revision, "withdraw", (cur) => ({ ...cur, status: "withdrawn" }), {});
}

/**
 * The item's card as the actor may see it (the receipt's refresh): its submitter, the group's triage
 * roles and administrators only; the card data is just a pointer, so nobody else reads an item this way.
 */
export async function itemCard(ctx: AgendaContext, actor: Actor, groupId: string, itemId: string): Promise<Result<{ view: TriageView }>> {
  const item = await ctx.store.item(groupId, itemId);
  if (!item) return refuse("NOT_FOUND", { subject: "item" });
  const isSubmitter = holds(item.submitter, actor);
  const triager = await mayTriage(ctx, actor, groupId);
  if (!isSubmitter && !triager) return refuse("NOT_ALLOWED", { right: "view" });
  return { ok: true, view: await triageView(ctx, item, { mayTriage: triager, isSubmitter }) };
}

export interface AgendaView {
  readonly meeting: Meeting;
  readonly dates: MeetingDates;
  /** Accepted items in agenda order. */
  readonly items: AgendaItem[];
  /** Items headed for the meeting and not yet triaged. */
  readonly pending: AgendaItem[];
}

/** The agenda of a meeting (default: the next planned one). */
export async function agenda(ctx: AgendaContext, groupId: string, meetingId?: string): Promise<Result<{ agenda: AgendaView }>> {
  const schedule = await scheduleOf(ctx, groupId);
  const meeting = meetingId ? await ctx.store.meeting(groupId, meetingId) : (await upcomingOf(ctx, schedule))[0];
  if (!meeting) return refuse("UNKNOWN_MEETING", { subject: "meeting" });
  const items = (await ctx.store.items(groupId)).filter((i) => i.meetingId === meeting.id);
  const accepted = items
    .filter((i) => i.status === "accepted")
    .sort((a, b) => (a.agendaOrder ?? 0) - (b.agendaOrder ?? 0) || (a.triage?.at ?? "").localeCompare(b.triage?.at ?? "") || a.id.localeCompare(b.id));
  const pending = items.filter((i) => i.status === "submitted");
  return { ok: true, agenda: { meeting, dates: meetingDates(meeting, schedule.settings), items: accepted, pending } };
}

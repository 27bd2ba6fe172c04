import { z } from "zod";
import type { MeetingFrequency } from "../catalog/schema";
import type { AgendaContext } from "./context";
import { frequencyCheck, type FrequencyCheck } from "./notices";
import type { GroupRef } from "./views";
import { meetingDates, parseMeetingTime, type MeetingDates } from "./deadlines";
import { mayManageMeetings } from "./roles";
import { refreshSchedule, scheduleOf } from "./schedule";
import {
  DEFAULT_SETTINGS,
  GroupSettingsInputSchema,
  LinkSchema,
  actorRef,
  invalid,
  invalidField,
  refuse,
  type Actor,
  type GroupSettings,
  type GroupSettingsInput,
  type Meeting,
  type Refusal,
  type Result,
} from "./schema";

/** Meetings and the group's deadline settings: chair, secretary or admin; every change is audited. */

export const MeetingInputSchema = z.object({
  at: z.string().trim().min(1),
  place: z.string().trim().min(1).max(300).optional(),
  onlineUrl: LinkSchema.optional(),
  durationMinutes: z.number().int().min(5).max(24 * 60).optional(),
});
export type MeetingInput = z.input<typeof MeetingInputSchema>;

const notAllowed = () => refuse("NOT_ALLOWED", { right: "meetings" });

export async function settings(ctx: AgendaContext, groupId: string): Promise<GroupSettingsInput & { revision?: number }> {
  const s = await ctx.store.settings(groupId);
  return s ? { itemDeadlineWorkingDays: s.itemDeadlineWorkingDays, kallelseDaysBefore: s.kallelseDaysBefore, kallelseTime: s.kallelseTime, revision: s.revision } : { ...DEFAULT_SETTINGS };
}

/** Chair, secretary or admin: the group's deadlines relative to its meetings. */
export async function setSettings(ctx: AgendaContext, actor: Actor, groupId: string, input: Partial<GroupSettingsInput>): Promise<Result<{ settings: GroupSettings }>> {
  const bad = await ctx.checkGroup(groupId);
  if (bad) return bad;
  if (!(await mayManageMeetings(ctx, actor, groupId))) return notAllowed();
  const current = await settings(ctx, groupId);
  const parsed = GroupSettingsInputSchema.safeParse({ ...current, ...input, revision: undefined });
  if (!parsed.success) return invalid(parsed.error);
  const by = actorRef(actor);
  const out = await ctx.store.mutate<GroupSettings>(groupId, "settings", (cur) => ({
    ...(cur ?? { ...DEFAULT_SETTINGS }),
    ...parsed.data,
    id: "settings",
    type: "groupSettings",
    groupId,
    revision: (cur?.revision ?? 0) + 1,
    updatedBy: by,
    updatedAt: ctx.now(),
  }));
  if (out.kind !== "written") return refuse("CONFLICT");
  await refreshSchedule(ctx, groupId, { settings: true });
  await ctx.audit(groupId, by, "settings.set", { type: "settings", id: "settings" }, out.doc.revision, { ...parsed.data });
  return { ok: true, settings: out.doc };
}

/** Every meeting of the group (cancelled and past ones too) with its dates. */
export async function listMeetings(ctx: AgendaContext, groupId: string): Promise<(Meeting & { dates: MeetingDates })[]> {
  const s = (await scheduleOf(ctx, groupId)).settings;
  return (await ctx.store.meetings(groupId)).map((m) => ({ ...m, dates: meetingDates(m, s) }));
}

function parseMeetingInput(ctx: AgendaContext, input: MeetingInput): Refusal | { startsAt: Date; date: string; time: string; place?: string; onlineUrl?: string; durationMinutes?: number } {
  const parsed = MeetingInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const when = parseMeetingTime(parsed.data.at, ctx.options.timeZone);
  if (!when) return invalidField("at", "not a date-time (YYYY-MM-DDTHH:MM)");
  if (when.startsAt.getTime() <= ctx.clock.now().getTime()) return invalidField("at", "in the past");
  const { place, onlineUrl, durationMinutes } = parsed.data;
  return { ...when, place, onlineUrl, durationMinutes };
}

export async function createMeeting(ctx: AgendaContext, actor: Actor, groupId: string, input: MeetingInput): Promise<Result<{ meeting: Meeting; dates: MeetingDates }>> {
  const bad = await ctx.checkGroup(groupId);
  if (bad) return bad;
  if (!(await mayManageMeetings(ctx, actor, groupId))) return notAllowed();
  const m = parseMeetingInput(ctx, input);
  if ("ok" in m) return m;
  const by = actorRef(actor);
  const at = ctx.now();
  const meeting: Meeting = {
    id: `meeting:${ctx.newId()}`,
    type: "meeting",
    groupId,
    startsAt: m.startsAt.toISOString(),
    date: m.date,
    time: m.time,
    timeZone: ctx.options.timeZone,
    ...(m.durationMinutes ? { durationMinutes: m.durationMinutes } : {}),
    ...(m.place ? { place: m.place } : {}),
    ...(m.onlineUrl ? { onlineUrl: m.onlineUrl } : {}),
    status: "planned",
    revision: 1,
    createdBy: by,
    createdAt: at,
    updatedBy: by,
    updatedAt: at,
  };
  if (!(await ctx.store.create(meeting))) return refuse("CONFLICT");
  const schedule = await refreshSchedule(ctx, groupId, { meetingIds: [meeting.id] });
  await ctx.audit(groupId, by, "meeting.create", { type: "meeting", id: meeting.id }, 1, { startsAt: meeting.startsAt, place: meeting.place, onlineUrl: meeting.onlineUrl });
  return { ok: true, meeting, dates: meetingDates(meeting, schedule?.settings ?? (await settings(ctx, groupId))) };
}

/** Guarded change of one meeting at the revision the actor saw; the schedule follows. */
async function changeMeeting(
  ctx: AgendaContext,
  actor: Actor,
  groupId: string,
  meetingId: string,
  decide: (cur: Meeting) => Refusal | Meeting,
): Promise<Result<{ meeting: Meeting; previous?: Meeting }>> {
  if (!(await mayManageMeetings(ctx, actor, groupId))) return notAllowed();
  let refusal: Refusal | undefined;
  const out = await ctx.store.mutate<Meeting>(groupId, meetingId, (cur) => {
    refusal = undefined;
    if (!cur || cur.type !== "meeting") return void (refusal = refuse("UNKNOWN_MEETING", { subject: "meeting" }));
    const next = decide(cur);
    if ("ok" in next) return void (refusal = next);
    return next;
  });
  if (refusal) return refusal;
  if (out.kind !== "written") return refuse("CONFLICT");
  await refreshSchedule(ctx, groupId, { meetingIds: [meetingId] });
  return { ok: true, meeting: out.doc, ...(out.previous ? { previous: out.previous } : {}) };
}

/** New time and/or place. `revision` is the meeting revision the actor saw. */
export async function rescheduleMeeting(
  ctx: AgendaContext,
  actor: Actor,
  groupId: string,
  meetingId: string,
  revision: number,
  input: MeetingInput,
): Promise<Result<{ meeting: Meeting; dates: MeetingDates }>> {
  const m = parseMeetingInput(ctx, input);
  if ("ok" in m) return (await mayManageMeetings(ctx, actor, groupId)) ? m : notAllowed();
  const by = actorRef(actor);
  const r = await changeMeeting(ctx, actor, groupId, meetingId, (cur) => {
    if (cur.revision !== revision) return refuse("STALE_REVISION", { subject: "meeting", revision: cur.revision, by: cur.updatedBy });
    if (cur.status !== "planned") return refuse("INVALID_STATE", { subject: "meeting", message: "the meeting is cancelled" });
    return {
      ...cur,
      startsAt: m.startsAt.toISOString(),
      date: m.date,
      time: m.time,
      place: m.place ?? cur.place,
      onlineUrl: m.onlineUrl ?? cur.onlineUrl,
      durationMinutes: m.durationMinutes ?? cur.durationMinutes,
      revision: cur.revision + 1,
      updatedBy: by,
      updatedAt: ctx.now(),
    };
  });
  if (!r.ok) return r;
  await ctx.audit(groupId, by, "meeting.reschedule", { type: "meeting", id: meetingId }, r.meeting.revision, {
    from: r.previous?.startsAt,
    startsAt: r.meeting.startsAt,
    place: r.meeting.place,
    onlineUrl: r.meeting.onlineUrl,
  });
  return { ok: true, meeting: r.meeting, dates: meetingDates(r.meeting, (await scheduleOf(ctx, groupId)).settings) };
}

export async function cancelMeeting(ctx: AgendaContext, actor: Actor, groupId: string, meetingId: string, revision: number, reason?: string): Promise<Result<{ meeting: Meeting }>> {
  const by = actorRef(actor);
  const why = reason?.trim().slice(0, 1000);
  const r = await changeMeeting(ctx, actor, groupId, meetingId, (cur) => {
    if (cur.status === "cancelled") return refuse("ALREADY_HANDLED", { subject: "meeting", by: cur.updatedBy, revision: cur.revision });
    if (cur.revision !== revision) return refuse("STALE_REVISION", { subject: "meeting", revision: cur.revision, by: cur.updatedBy });
    return { ...cur, status: "cancelled", ...(why ? { cancelReason: why } : {}), revision: cur.revision + 1, updatedBy: by, updatedAt: ctx.now() };
  });
  if (!r.ok) return r;
  await ctx.audit(groupId, by, "meeting.cancel", { type: "meeting", id: meetingId }, r.meeting.revision, reason ? { reason } : {});
  return { ok: true, meeting: r.meeting };
}

/** The meetings card: planned meetings with their dates, the mandate's frequency as guidance, and who may change them. */
export interface MeetingsView {
  readonly group: GroupRef;
  /** The mandate's meeting frequency clause, when it has one. */
  readonly frequency?: MeetingFrequency;
  readonly check: FrequencyCheck;
  /** Planned meetings not started, soonest first, with their dates (at most 12). */
  readonly meetings: readonly (Meeting & { dates: MeetingDates })[];
  readonly canManage: boolean;
}

export async function meetingsView(ctx: AgendaContext, actor: Actor, groupId: string): Promise<Result<{ view: MeetingsView }>> {
  const entry = ((await ctx.options.directory?.get())?.entries ?? []).find((e) => e.id === groupId && e.entryType !== "kind");
  if (!entry) return refuse("UNKNOWN_GROUP");
  const frequency = entry.meetingFrequency as MeetingFrequency | undefined;
  const all = await listMeetings(ctx, groupId);
  const now = ctx.now();
  return {
    ok: true,
    view: {
      group: { id: entry.id, name: entry.name },
      ...(frequency ? { frequency } : {}),
      check: frequencyCheck(frequency, all, ctx.clock.now(), ctx.options.timeZone),
      meetings: all.filter((m) => m.status === "planned" && m.startsAt > now).slice(0, 12),
      canManage: await mayManageMeetings(ctx, actor, groupId),
    },
  };
}

import type { AgendaContext } from "./context";
import { isLate, meetingDates, type MeetingDates } from "./deadlines";
import type { ScheduleSources } from "./ports";
import { DEFAULT_SETTINGS, SCHEDULE_MAX_MEETINGS, type GroupSettingsInput, type Meeting, type Schedule } from "./schema";

/**
 * The group's schedule document (see ScheduleSchema): its planned meetings, deadline settings and home
 * channel in one point read. Every change to a meeting, the settings or the binding rebuilds it; a group
 * without one gets it built on first read; the kallelse job repairs any that a crash left behind.
 */

/** Meetings that started more than this long before a build are left out (a clock a little behind still finds them). */
const KEEP_STARTED_MS = 30 * 24 * 3600 * 1000;

function settingsOf(s: ScheduleSources["settings"]): GroupSettingsInput {
  return s ? { itemDeadlineWorkingDays: s.itemDeadlineWorkingDays, kallelseDaysBefore: s.kallelseDaysBefore, kallelseTime: s.kallelseTime } : { ...DEFAULT_SETTINGS };
}

export function buildSchedule(groupId: string, sources: ScheduleSources, now: Date): Schedule {
  const from = new Date(now.getTime() - KEEP_STARTED_MS).toISOString();
  const planned = sources.meetings.filter((m) => m.status === "planned" && m.startsAt > from);
  return {
    id: "schedule",
    type: "schedule",
    groupId,
    settings: settingsOf(sources.settings),
    meetings: planned.slice(0, SCHEDULE_MAX_MEETINGS),
    complete: planned.length <= SCHEDULE_MAX_MEETINGS,
    ...(sources.binding?.active ? { binding: sources.binding } : {}),
    builtAt: now.toISOString(),
  };
}

/** Rebuilds the group's schedule after a change to its meetings, settings or binding. */
export function rebuildSchedule(ctx: AgendaContext, groupId: string): Promise<Schedule | undefined> {
  return ctx.store.rebuildSchedule(groupId, (sources) => buildSchedule(groupId, sources, ctx.clock.now()));
}

/** One point read (two reads and a write the first time for a group). */
export async function scheduleOf(ctx: AgendaContext, groupId: string): Promise<Schedule> {
  const stored = await ctx.store.schedule(groupId);
  if (stored) return stored;
  const built = await rebuildSchedule(ctx, groupId);
  if (built) return built;
  // Lost every race (a storm of concurrent changes): read the documents without storing.
  const [meetings, settings, binding] = await Promise.all([ctx.store.meetings(groupId), ctx.store.settings(groupId), ctx.store.binding(groupId)]);
  return buildSchedule(groupId, { meetings, settings, binding }, ctx.clock.now());
}

/** Planned meetings that have not started, soonest first. */
export async function upcomingOf(ctx: AgendaContext, schedule: Schedule): Promise<Meeting[]> {
  const now = ctx.now();
  const meetings = schedule.complete ? schedule.meetings : await ctx.store.meetings(schedule.groupId);
  return meetings.filter((m) => m.status === "planned" && m.startsAt > now);
}

export async function upcomingMeetings(ctx: AgendaContext, groupId: string): Promise<Meeting[]> {
  return upcomingOf(ctx, await scheduleOf(ctx, groupId));
}

export interface NextMeeting {
  readonly meeting: Meeting;
  readonly dates: MeetingDates;
  /** An item submitted now would be late for it. */
  readonly late: boolean;
}

export async function nextOf(ctx: AgendaContext, schedule: Schedule): Promise<NextMeeting | undefined> {
  const meeting = (await upcomingOf(ctx, schedule))[0];
  if (!meeting) return undefined;
  return { meeting, dates: meetingDates(meeting, schedule.settings), late: isLate(ctx.clock.now(), meeting, schedule.settings) };
}

/** The next planned meeting with its deadlines (the routing card asks on every question: one point read). */
export async function nextMeeting(ctx: AgendaContext, groupId: string): Promise<NextMeeting | undefined> {
  return nextOf(ctx, await scheduleOf(ctx, groupId));
}

const meetingKey = (ms: readonly Meeting[], after: string) =>
  ms
    .filter((m) => m.status === "planned" && m.startsAt > after)
    .map((m) => `${m.id}@${m.revision}`)
    .sort()
    .join(",");

/**
 * Rebuilds the schedules that differ from their documents (a process that died between a meeting or
 * binding write and the rebuild). Three cross-partition reads per run of the kallelse job (every 15
 * minutes, no lease of its own); writes only what is wrong.
 */
export async function repairSchedules(ctx: AgendaContext): Promise<string[]> {
  const now = ctx.now();
  const [planned, schedules, bindings] = await Promise.all([ctx.store.plannedMeetingsAfter(now), ctx.store.schedules(), ctx.store.bindings()]);
  const byGroup = new Map<string, Meeting[]>();
  for (const m of planned) byGroup.set(m.groupId, [...(byGroup.get(m.groupId) ?? []), m]);
  const stored = new Map(schedules.map((s) => [s.groupId, s]));
  const groups = new Set([...byGroup.keys(), ...stored.keys(), ...bindings.filter((b) => b.active).map((b) => b.groupId)]);
  const repaired: string[] = [];
  for (const groupId of [...groups].sort()) {
    const s = stored.get(groupId);
    const binding = bindings.find((b) => b.groupId === groupId && b.active);
    const bindingKey = (b: { revision: number; conversationId: string } | undefined) => (b ? `${b.conversationId}@${b.revision}` : "");
    const meetingsDiffer = s ? s.complete && meetingKey(s.meetings, now) !== meetingKey(byGroup.get(groupId) ?? [], now) : true;
    if (!meetingsDiffer && bindingKey(s?.binding) === bindingKey(binding)) continue;
    await rebuildSchedule(ctx, groupId);
    repaired.push(groupId);
  }
  return repaired;
}

import type { AgendaContext } from "./context";
import { isLate, meetingDates, type MeetingDates } from "./deadlines";
import type { ScheduleInput, ScheduleRefresh, ScheduleSources } from "./ports";
import { DEFAULT_SETTINGS, SCHEDULE_MAX_MEETINGS, type ChannelBinding, type GroupSettingsInput, type Meeting, type RoleAssignment, type Schedule } from "./schema";

/**
 * The group's schedule document (see ScheduleSchema): its planned meetings, deadline settings and home
 * channel in one point read. Every change to a meeting, the settings or the binding rebuilds it; a group
 * without one gets it built on first read; the kallelse job repairs any that a crash left behind.
 */

/** Meetings that started more than this long before a build are left out (a clock a little behind still finds them). */
const KEEP_STARTED_MS = 30 * 24 * 3600 * 1000;

function settingsOf(s: GroupSettingsInput | undefined): GroupSettingsInput {
  return s ? { itemDeadlineWorkingDays: s.itemDeadlineWorkingDays, kallelseDaysBefore: s.kallelseDaysBefore, kallelseTime: s.kallelseTime } : { ...DEFAULT_SETTINGS };
}

const byStart = (a: Meeting, b: Meeting) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);

interface Parts {
  readonly meetings: readonly Meeting[];
  readonly settings: GroupSettingsInput;
  readonly binding: ChannelBinding | undefined;
  readonly roles: readonly RoleAssignment[];
  readonly complete: boolean;
}

function scheduleFrom(groupId: string, { meetings, settings, binding, roles, complete }: Parts, now: Date): Schedule {
  const from = new Date(now.getTime() - KEEP_STARTED_MS).toISOString();
  const planned = meetings.filter((m) => m.status === "planned" && m.startsAt > from).sort(byStart);
  return {
    id: "schedule",
    type: "schedule",
    groupId,
    settings,
    meetings: planned.slice(0, SCHEDULE_MAX_MEETINGS),
    complete: complete && planned.length <= SCHEDULE_MAX_MEETINGS,
    ...(binding?.active ? { binding } : {}),
    roles: roles.filter((r) => r.active && r.groupId === groupId).sort((a, b) => a.id.localeCompare(b.id)),
    builtAt: now.toISOString(),
  };
}

export function buildSchedule(groupId: string, sources: ScheduleSources, now: Date): Schedule {
  return scheduleFrom(groupId, { ...sources, settings: settingsOf(sources.settings), complete: true }, now);
}

/** The schedule from a full rebuild, or the current one with the parts that changed read again. */
export function scheduleOfInput(groupId: string, input: ScheduleInput, now: Date): Schedule {
  if (input.kind === "full") return buildSchedule(groupId, input.sources, now);
  const { current } = input;
  const replaced = <T extends { id: string }>(list: readonly T[], fresh: readonly { id: string; doc: T | undefined }[]) => {
    const changed = new Set(fresh.map((x) => x.id));
    return [...list.filter((x) => !changed.has(x.id)), ...fresh.flatMap((x) => (x.doc ? [x.doc] : []))];
  };
  return scheduleFrom(
    groupId,
    {
      meetings: replaced(current.meetings, input.meetings),
      roles: replaced(current.roles ?? [], input.roles),
      settings: input.settings ? settingsOf(input.settings.doc) : current.settings,
      binding: input.binding ? input.binding.doc : current.binding,
      complete: current.complete,
    },
    now,
  );
}

/** Refreshes the group's schedule after a change to its meetings, settings or binding (everything by default). */
export function refreshSchedule(ctx: AgendaContext, groupId: string, what: ScheduleRefresh = { all: true }): Promise<Schedule | undefined> {
  return ctx.store.refreshSchedule(groupId, what, (input) => scheduleOfInput(groupId, input, ctx.clock.now()));
}

/**
 * How old a schedule the routing card may show (the catalog it routes with is checked every 2 s too): a
 * group's next meeting changed through this process is seen at once, one changed elsewhere this much later.
 */
export const SHOWN_SCHEDULE_MAX_AGE_MS = 2_000;

/** One point read (two reads and a write the first time for a group); `maxAgeMs`: see AgendaStore.schedule. */
export async function scheduleOf(ctx: AgendaContext, groupId: string, maxAgeMs = 0): Promise<Schedule> {
  const stored = await ctx.store.schedule(groupId, maxAgeMs);
  // A schedule written before it held the roles is rebuilt rather than read as "nobody holds a role".
  if (stored && Array.isArray(stored.roles)) return stored;
  const built = await refreshSchedule(ctx, groupId);
  if (built) return built;
  // Lost every race (a storm of concurrent changes): read the documents without storing.
  const [meetings, settings, binding, roles] = await Promise.all([ctx.store.meetings(groupId), ctx.store.settings(groupId), ctx.store.binding(groupId), ctx.store.roles(groupId)]);
  return buildSchedule(groupId, { meetings, settings, binding, roles }, ctx.clock.now());
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

/**
 * The next planned meeting with its deadlines: shown on the routing card on every question (at most one
 * point read, none when this process saw the group's schedule within SHOWN_SCHEDULE_MAX_AGE_MS).
 */
export async function nextMeeting(ctx: AgendaContext, groupId: string): Promise<NextMeeting | undefined> {
  return nextOf(ctx, await scheduleOf(ctx, groupId, SHOWN_SCHEDULE_MAX_AGE_MS));
}

const keyOf = (docs: readonly { id: string; revision: number }[]) =>
  docs
    .map((d) => `${d.id}@${d.revision}`)
    .sort()
    .join(",");

/** What a schedule should hold of each source, as comparable keys. */
function keysOf(meetings: readonly Meeting[], roles: readonly RoleAssignment[], binding: ChannelBinding | undefined, settings: GroupSettingsInput | undefined, after: string) {
  return {
    meetings: keyOf(meetings.filter((m) => m.status === "planned" && m.startsAt > after)),
    roles: keyOf(roles.filter((r) => r.active)),
    binding: binding?.active ? `${binding.conversationId}@${binding.revision}` : "",
    settings: JSON.stringify(settings ? settingsOf(settings as never) : DEFAULT_SETTINGS),
  };
}

const grouped = <T extends { groupId: string }>(docs: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const d of docs) out.set(d.groupId, [...(out.get(d.groupId) ?? []), d]);
  return out;
};

/**
 * Rebuilds the schedules that differ from their documents (a process that died between a write and the
 * schedule's refresh). A few cross-partition reads per run of the kallelse job (every 15 minutes, no
 * lease of its own); writes only what is wrong.
 */
export async function repairSchedules(ctx: AgendaContext): Promise<string[]> {
  const stale = await staleSchedules(ctx);
  for (const groupId of stale) await refreshSchedule(ctx, groupId);
  return stale;
}

/** Reads only: the groups whose schedule differs from their documents (what `repairSchedules` rebuilds). */
export async function staleSchedules(ctx: AgendaContext): Promise<string[]> {
  const now = ctx.now();
  const [planned, schedules, bindings, roles, settings] = await Promise.all([
    ctx.store.plannedMeetingsAfter(now),
    ctx.store.schedules(),
    ctx.store.bindings(),
    ctx.store.activeRoles(),
    ctx.store.allSettings(),
  ]);
  const meetingsOf = grouped(planned);
  const rolesOf = grouped(roles);
  const stored = new Map(schedules.map((s) => [s.groupId, s]));
  const activeBindings = bindings.filter((b) => b.active);
  const groups = new Set([...meetingsOf.keys(), ...stored.keys(), ...rolesOf.keys(), ...activeBindings.map((b) => b.groupId), ...settings.map((s) => s.groupId)]);
  const stale: string[] = [];
  for (const groupId of [...groups].sort()) {
    const s = stored.get(groupId);
    const truth = keysOf(meetingsOf.get(groupId) ?? [], rolesOf.get(groupId) ?? [], activeBindings.find((b) => b.groupId === groupId), settings.find((x) => x.groupId === groupId), now);
    if (s) {
      const held = keysOf(s.meetings, s.roles ?? [], s.binding, s.settings, now);
      // An incomplete schedule (too many meetings to hold) is compared on what it can hold.
      if ((held.meetings === truth.meetings || !s.complete) && held.roles === truth.roles && held.binding === truth.binding && held.settings === truth.settings) continue;
    }
    stale.push(groupId);
  }
  return stale;
}

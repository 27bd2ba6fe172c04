import { addDays, addWorkingDays, deadlineDay, zonedDate, zonedInstant, type LocalDate } from "../domain/working-days";
import { DEFAULT_SETTINGS, type AgendaItem, type GroupSettingsInput, type Meeting } from "./schema";
import { formatterFor } from "../domain/clock";

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The dates a meeting implies, from the group's settings and the shared Swedish working-day rules:
 * - item deadline: `itemDeadlineWorkingDays` working days before the meeting date; an item is on time
 *   when submitted on or before that date (TIME_ZONE), i.e. until the end of that day.
 * - kallelse: `kallelseDaysBefore` calendar days before the meeting; when that is not a working day it
 *   moves earlier (members are owed at least that much notice), posted at `kallelseTime`.
 */
export interface MeetingDates {
  readonly itemDeadline: LocalDate;
  readonly kallelseDate: LocalDate;
  /** The instant the scheduler posts the kallelse. */
  readonly kallelseAt: string;
}

export function meetingDates(meeting: Pick<Meeting, "date" | "timeZone">, settings: GroupSettingsInput = DEFAULT_SETTINGS): MeetingDates {
  const itemDeadline = settings.itemDeadlineWorkingDays === 0 ? meeting.date : addWorkingDays(meeting.date, -settings.itemDeadlineWorkingDays);
  const kallelseDate = deadlineDay(addDays(meeting.date, -settings.kallelseDaysBefore));
  const kallelseAt = zonedInstant(kallelseDate, settings.kallelseTime, meeting.timeZone).toISOString();
  return { itemDeadline, kallelseDate, kallelseAt };
}

/** True when an item submitted at `at` misses the meeting's item deadline. */
export function isLate(at: Date, meeting: Pick<Meeting, "date" | "timeZone">, settings: GroupSettingsInput = DEFAULT_SETTINGS): boolean {
  return zonedDate(at, meeting.timeZone) > meetingDates(meeting, settings).itemDeadline;
}

/**
 * How an item stands to the deadline of the meeting it is on now. `item.late` says it missed the deadline
 * of the meeting it first headed for; when it then went on to the next meeting, whose deadline was still
 * open, it is on time there ("movedOn"), and calling it late would send readers to the wrong meeting.
 * Late: raised at the missed meeting anyway, put on a meeting by triage after that meeting's deadline, or
 * no later meeting planned yet.
 */
export type ItemTiming = "onTime" | "late" | "movedOn";

/** Whether an item is late for `meeting` (its deadline from `dates`): see ItemTiming. */
export function lateOn(item: Pick<AgendaItem, "late" | "submittedAt">, meeting: Pick<Meeting, "timeZone">, dates: Pick<MeetingDates, "itemDeadline">): boolean {
  return item.late && zonedDate(new Date(item.submittedAt), meeting.timeZone) > dates.itemDeadline;
}

export function timingOf(item: Pick<AgendaItem, "late" | "submittedAt">, meeting: Pick<Meeting, "date" | "timeZone"> | undefined, settings: GroupSettingsInput = DEFAULT_SETTINGS): ItemTiming {
  if (!item.late) return "onTime";
  if (!meeting) return "late";
  return lateOn(item, meeting, meetingDates(meeting, settings)) ? "late" : "movedOn";
}

/**
 * Parses a meeting time given on the command line or a card: an ISO date-time with an offset or `Z`
 * is an instant; without one it is a wall time in `timeZone`. Answers the instant and its local date/time.
 */
export function parseMeetingTime(text: string, timeZone: string): { startsAt: Date; date: LocalDate; time: string } | undefined {
  const s = text.trim();
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::00(?:\.0+)?)?$/.exec(s);
  let startsAt: Date;
  if (local) {
    try {
      startsAt = zonedInstant(local[1]!, local[2]!, timeZone);
    } catch {
      return undefined;
    }
  } else {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return undefined;
    const t = Date.parse(s);
    if (Number.isNaN(t)) return undefined;
    startsAt = new Date(t);
  }
  if (Number.isNaN(startsAt.getTime())) return undefined;
  const date = zonedDate(startsAt, timeZone);
  const f = formatterFor(timeFormats, timeZone, () => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })).formatToParts(startsAt);
  const time = `${f.find((p) => p.type === "hour")?.value ?? "00"}:${f.find((p) => p.type === "minute")?.value ?? "00"}`;
  // A local date that does not exist (2026-02-30) rolls over in Date.UTC: refuse it.
  if (local && date !== local[1]) return undefined;
  return { startsAt, date, time };
}

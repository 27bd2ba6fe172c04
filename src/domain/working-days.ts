import { getHolidays } from "swedish-holidays";
import { formatterFor } from "./clock";

/**
 * Swedish working days, computed on calendar dates ("YYYY-MM-DD"), never on the process time zone.
 *
 * Non-working: Saturdays, Sundays, the allmänna helgdagar (lag 1989:253) and midsommarafton, julafton and
 * nyårsafton. Working: skärtorsdagen, valborgsmässoafton, trettondagsafton, allhelgonaafton.
 *
 * About swedish-holidays: `isPublicHoliday` counts only the allmänna helgdagar (not the three aftnar), and
 * `isHoliday` counts every afton (also skärtorsdagen and valborgsmässoafton, which are working days). Worse,
 * its dates are computed with local-time Date arithmetic and come out a day early for movable feasts under
 * a process TZ west of UTC (e.g. America/New_York gives långfredagen 2026-04-02). So the rules are
 * computed here on plain dates; the package is used only for the holiday names, matched by date when the
 * process TZ lets it compute correctly (the tests compare both).
 */

export type LocalDate = string; // YYYY-MM-DD

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: LocalDate): { y: number; m: number; d: number } {
  const match = DATE_RE.exec(date);
  if (!match) throw new Error(`not a calendar date (YYYY-MM-DD): ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const fmt = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Adds calendar days on the proleptic Gregorian calendar (UTC arithmetic, independent of TZ). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { y, m, d } = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fmt(year, month, day);
}

/** The first date on or after `from` that falls on `wd`. */
function onOrAfter(from: LocalDate, wd: number): LocalDate {
  return addDays(from, (wd - weekday(from) + 7) % 7);
}

export interface DayOff {
  readonly date: LocalDate;
  readonly name: string;
  /** true for allmänna helgdagar; false for midsommarafton, julafton and nyårsafton. */
  readonly publicHoliday: boolean;
}

const cache = new Map<number, readonly DayOff[]>();

/** The weekday-independent days off in a year (helgdagar and the three aftnar), in date order. */
export function swedishDaysOff(year: number): readonly DayOff[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsommardagen = onOrAfter(fmt(year, 6, 20), 6);
  const list: DayOff[] = [
    { date: fmt(year, 1, 1), name: "Nyårsdagen", publicHoliday: true },
    { date: fmt(year, 1, 6), name: "Trettondedag jul", publicHoliday: true },
    { date: addDays(easter, -2), name: "Långfredagen", publicHoliday: true },
    { date: easter, name: "Påskdagen", publicHoliday: true },
    { date: addDays(easter, 1), name: "Annandag påsk", publicHoliday: true },
    { date: fmt(year, 5, 1), name: "Första maj", publicHoliday: true },
    { date: addDays(easter, 39), name: "Kristi himmelsfärdsdag", publicHoliday: true },
    { date: addDays(easter, 49), name: "Pingstdagen", publicHoliday: true },
    { date: fmt(year, 6, 6), name: "Sveriges nationaldag", publicHoliday: true },
    { date: addDays(midsommardagen, -1), name: "Midsommarafton", publicHoliday: false },
    { date: midsommardagen, name: "Midsommardagen", publicHoliday: true },
    { date: onOrAfter(fmt(year, 10, 31), 6), name: "Alla helgons dag", publicHoliday: true },
    { date: fmt(year, 12, 24), name: "Julafton", publicHoliday: false },
    { date: fmt(year, 12, 25), name: "Juldagen", publicHoliday: true },
    { date: fmt(year, 12, 26), name: "Annandag jul", publicHoliday: true },
    { date: fmt(year, 12, 31), name: "Nyårsafton", publicHoliday: false },
  ].sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

/** What swedish-holidays reports for a year, as plain dates (only trustworthy when the process TZ is not west of UTC). */
export function packageHolidays(year: number): { date: LocalDate; name: string; isPublicHoliday: boolean }[] {
  return getHolidays(year).map((h) => ({ date: fmt(h.year, h.month, h.day), name: h.name, isPublicHoliday: h.isPublicHoliday }));
}

export function dayOff(date: LocalDate): DayOff | undefined {
  return swedishDaysOff(parts(date).y).find((h) => h.date === date);
}

export function isWorkingDay(date: LocalDate): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  return dayOff(date) === undefined;
}

/** A deadline on a non-working day moves earlier, to the last working day before it. */
export function deadlineDay(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** A scheduled post on a non-working day moves later, to the next working day. */
export function scheduledDay(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Counts `n` working days forward (n > 0) or backward (n < 0) from `date` (which itself is not counted). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let d = date;
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The calendar date of an instant in a time zone (whatever the process TZ). */
export function zonedDate(at: Date, timeZone: string): LocalDate {
  const p = zonedParts(at, timeZone);
  return fmt(p.year, p.month, p.day);
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function zonedParts(at: Date, timeZone: string) {
  const f = formatterFor(partsFormats, timeZone, () =>
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }),
  ).formatToParts(at);
  const get = (t: string) => Number(f.find((x) => x.type === t)?.value ?? "0");
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The zone's offset from UTC in minutes at an instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant of a wall-clock time on a date in a zone. A time skipped by the spring DST change maps to
 * the instant one hour later; an ambiguous autumn time maps to its first occurrence.
 */
export function zonedInstant(date: LocalDate, time: string, timeZone: string): Date {
  const { y, m, d } = parts(date);
  const tm = /^(\d{2}):(\d{2})$/.exec(time);
  if (!tm) throw new Error(`not a time (HH:MM): ${time}`);
  const wall = Date.UTC(y, m - 1, d, Number(tm[1]), Number(tm[2]));
  // Try the offsets around the guess; pick the earliest instant whose local wall time matches.
  const candidates = [-3, -2, -1, 0, 1, 2, 3]
    .map((h) => wall - offsetMinutes(new Date(wall + h * 3_600_000), timeZone) * 60_000)
    .filter((t, i, all) => all.indexOf(t) === i)
    .sort((a, b) => a - b);
  for (const t of candidates) {
    const p = zonedParts(new Date(t), timeZone);
    if (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wall) return new Date(t);
  }
  // Skipped wall time (spring forward): use the offset in force before the gap.
  return new Date(wall - offsetMinutes(new Date(wall - 86_400_000 / 2), timeZone) * 60_000);
}

export interface IsoWeek {
  readonly year: number;
  readonly week: number;
  /** e.g. "2026-W48" */
  readonly key: string;
  /** Monday of the week */
  readonly monday: LocalDate;
}

/** The ISO 8601 week of a calendar date. */
export function isoWeekOfDate(date: LocalDate): IsoWeek {
  const wd = (weekday(date) + 6) % 7; // Monday = 0
  const monday = addDays(date, -wd);
  const thursday = addDays(monday, 3);
  const year = parts(thursday).y;
  const jan4 = fmt(year, 1, 4);
  const week1Monday = addDays(jan4, -((weekday(jan4) + 6) % 7));
  const week = Math.round((Date.parse(`${monday}T00:00:00Z`) - Date.parse(`${week1Monday}T00:00:00Z`)) / (7 * 86_400_000)) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, "0")}`, monday };
}

/** The ISO week of an instant in a time zone (e.g. TIME_ZONE). */
export function isoWeek(at: Date, timeZone: string): IsoWeek {
  return isoWeekOfDate(zonedDate(at, timeZone));
}

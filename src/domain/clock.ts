export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** SAMVERKAN_NOW: the clock stands still at the given instant (demos and tests). */
export const fixedClock = (at: Date): Clock => ({ now: () => new Date(at.getTime()) });

/** The calendar date (YYYY-MM-DD) of an instant in a time zone, whatever the process TZ. */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** SAMVERKAN_NOW: the clock stands still at the given instant (demos and tests). */
export const fixedClock = (at: Date): Clock => ({ now: () => new Date(at.getTime()) });

/** The calendar date (YYYY-MM-DD) of an instant in a time zone, whatever the process TZ. */
export function localDate(at: Date, timeZone: string): string {
  const parts = formatterFor(dateFormats, timeZone, () => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter kept per time zone: building an Intl.DateTimeFormat costs ~20× its formatToParts (tens to hundreds of µs,
 * and garbage), and a card with a next meeting used to build several per turn. The zones are the config's and the
 * meetings' (a handful), so the map stays small.
 */
export function formatterFor(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(timeZone);
  if (!f) cache.set(timeZone, (f = make()));
  return f;
}

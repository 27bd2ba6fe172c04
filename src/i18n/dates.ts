/**
 * Dates as a reader of each language writes them, in the configured time zone (never the process TZ):
 * Swedish "1 december 2026 kl. 09:15", English "1 December 2026, 09:15". Formatters are built once per
 * language and zone (Intl formatters are costly to build, cheap to use).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(at: Date, locale: "sv-SE" | "en-GB", timeZone: string) {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  const parts = f.formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: get("day"), month: get("month"), year: get("year"), time: `${get("hour")}:${get("minute")}` };
}

/** "1 december 2026 kl. 09:15"; an unreadable instant is shown as given. */
export function svDateTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const p = partsOf(at, "sv-SE", timeZone);
  return `${p.day} ${p.month} ${p.year} kl. ${p.time}`;
}

/** "1 December 2026, 09:15"; an unreadable instant is shown as given. */
export function enDateTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const p = partsOf(at, "en-GB", timeZone);
  return `${p.day} ${p.month} ${p.year}, ${p.time}`;
}

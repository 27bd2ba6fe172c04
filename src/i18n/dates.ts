/**
 * Dates as a reader of each language writes them, in the configured time zone (never the process TZ):
 * Swedish "1 december 2026 kl. 09:15", English "1 December 2026 at 09:15". Formatters are built once per
 * language and zone (Intl formatters are costly to build, cheap to use). The numeric "2026-11-23 14:05"
 * of minutes and the CLI is src/minutes/time.ts localDateTime.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

type Parts = { day: string; month: string; year: string; time: string };

/** The instant in the locale's words, laid out by `layout`; an unreadable instant is shown as given. */
function written(iso: string, timeZone: string, locale: "sv-SE" | "en-GB", layout: (p: Parts) => string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  const parts = f.formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  return layout({ day: get("day"), month: get("month"), year: get("year"), time: `${get("hour")}:${get("minute")}` });
}

/** "1 december 2026 kl. 09:15"; an unreadable instant is shown as given. */
export const svDateTime = (iso: string, timeZone: string): string => written(iso, timeZone, "sv-SE", (p) => `${p.day} ${p.month} ${p.year} kl. ${p.time}`);

/** "1 December 2026 at 09:15"; an unreadable instant is shown as given. */
export const enDateTime = (iso: string, timeZone: string): string => written(iso, timeZone, "en-GB", (p) => `${p.day} ${p.month} ${p.year} at ${p.time}`);

const SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A local date "2026-12-15", optionally with a time "2026-12-15 10:00" (as meetings, deadlines and minutes keep them). */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}))?$/;

/**
 * A local date (and time) the way the cards' other dates read — "15 december 2026 kl. 10:00", "15 December
 * 2026 at 10:00" — so that one card never shows "2026-12-15 10:00" beside another's written-out date. It is
 * already local (no time zone to apply). Anything else (an empty or unreadable value) is shown as given.
 */
function local(value: string, months: readonly string[], at: string): string {
  const m = LOCAL.exec(value.trim());
  const month = m ? months[Number(m[2]) - 1] : undefined;
  if (!m || !month) return value;
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] ? `${day}${at}${m[4]}` : day;
}

/** "15 december 2026" / "15 december 2026 kl. 10:00" from "2026-12-15" / "2026-12-15 10:00". */
export const svLocal = (value: string): string => local(value, SV_MONTHS, " kl. ");
/** "15 December 2026" / "15 December 2026 at 10:00" from "2026-12-15" / "2026-12-15 10:00". */
export const enLocal = (value: string): string => local(value, EN_MONTHS, " at ");

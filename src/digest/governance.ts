import type { Catalog, GroupRecord, QualityIssue } from "../catalog/schema";
import { fold } from "../catalog/text";
import { entryName } from "../catalog/lookup";
import { addDays, type LocalDate } from "../domain/working-days";
import type { GovernanceNote } from "./schema";

/** An annual report is listed from this many days before its due date (28 February: from November). */
export const ANNUAL_REPORT_LEAD_DAYS = 120;
/** "Ends within six months". */
export const ENDING_WITHIN_MONTHS = 6;

function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, d));
  return t.toISOString().slice(0, 10);
}

/** The next date on or after `today` that falls on MM-DD (29 February in a common year: 28 February). */
export function nextMonthDay(today: LocalDate, monthDay: string): LocalDate {
  const year = Number(today.slice(0, 4));
  const at = (y: number) => {
    const candidate = `${y}-${monthDay}`;
    return monthDay === "02-29" && addDays(`${y}-02-28`, 1).slice(5) !== "02-29" ? `${y}-02-28` : candidate;
  };
  const thisYear = at(year);
  return thisYear >= today ? thisYear : at(year + 1);
}

/** The catalog's quality report of an entry (by entry id, else by its document). */
export function qualityOf(catalog: Catalog, g: GroupRecord): readonly QualityIssue[] {
  const own = catalog.quality.find((q) => q.entryId === g.id);
  if (own) return own.issues;
  if (g.document) return catalog.quality.find((q) => q.documentId === g.document!.documentId)?.issues ?? [];
  return [];
}

export interface RegionFacts {
  /** The organisation's regions (from the catalog), when known. */
  readonly regions: readonly string[] | undefined;
  /** The regions the group's active members say they represent. */
  readonly represented: readonly string[];
}

/**
 * The governance calendar of one group on a date: annual report due, mandate expired or ending within
 * six months, revision date passed, placeholders and missing key fields, regions without a representative
 * where the mandate says every region takes part. Pure: dates are recomputed against `today`, not taken
 * from the catalog's ingest-time quality flags.
 */
export function governanceNotes(catalog: Catalog, g: GroupRecord, today: LocalDate, regions?: RegionFacts): GovernanceNote[] {
  const notes: GovernanceNote[] = [];
  const seenDue = new Set<string>();
  for (const r of g.reporting) {
    if (!r.dueMonthDay || !/^\d{2}-\d{2}$/.test(r.dueMonthDay)) continue;
    const due = nextMonthDay(today, r.dueMonthDay);
    if (seenDue.has(due) || due > addDays(today, ANNUAL_REPORT_LEAD_DAYS)) continue;
    seenDue.add(due);
    const to = r.toId ? entryName(catalog, r.toId, r.toText) : r.toText;
    notes.push({ code: "ANNUAL_REPORT", due, what: r.what, ...(to ? { to } : {}) });
  }
  // An annual report the mandate asks for without a date: a reminder in the first quarter, when the year's
  // verksamhetsberättelser are written (the sample mandates that give a date give 28 February).
  if (today.slice(5, 7) <= "03")
    for (const r of g.reporting) {
      if (r.cadence !== "annual" || r.dueMonthDay) continue;
      const to = r.toId ? entryName(catalog, r.toId, r.toText) : r.toText;
      notes.push({ code: "ANNUAL_REPORT_UNDATED", what: r.what, ...(to ? { to } : {}) });
    }
  const until = g.validity?.validUntil;
  if (until) {
    if (until < today) notes.push({ code: "MANDATE_EXPIRED", until });
    else if (until <= addMonths(today, ENDING_WITHIN_MONTHS)) notes.push({ code: "MANDATE_ENDING", until });
  }
  const revise = g.validity?.reviseBy;
  if (revise && revise < today) notes.push({ code: "REVISION_PASSED", reviseBy: revise, text: g.validity?.reviseByText ?? revise });
  const issues = qualityOf(catalog, g);
  const placeholderIssues = issues.filter((i) => i.code === "PLACEHOLDER");
  const placeholders = [...new Set(placeholderIssues.flatMap((i) => (typeof i.params?.text === "string" ? [i.params.text] : [])))];
  const untilText = g.validity?.validUntilText;
  if (untilText && !g.validity?.validUntil && !placeholders.some((p) => p.includes(untilText))) placeholders.push(untilText);
  if (placeholders.length > 0) notes.push({ code: "PLACEHOLDERS", texts: placeholders });
  // A placeholder without text is an empty field (the document's Datum): listed with the missing fields.
  const emptyFields = placeholderIssues.filter((i) => typeof i.params?.text !== "string").map((i) => i.field ?? "?");
  const fields = [...new Set([...issues.filter((i) => i.code === "MISSING_FIELD").map((i) => String(i.params?.field ?? i.field ?? "?")), ...emptyFields])];
  if (fields.length > 0) notes.push({ code: "MISSING_FIELDS", fields });
  if (g.composition?.representation === "one-per-region" && regions) {
    if (regions.regions && regions.regions.length > 0) {
      // "Uppsala", "Region Uppsala" and "Region Örebro län" / "Örebro" name the same region
      const key = (r: string) => fold(r).replace(/^region\s+/, "").replace(/\s+lan$/, "").trim();
      const have = new Set(regions.represented.map(key));
      const missing = regions.regions.filter((r) => !have.has(key(r)));
      if (missing.length > 0) notes.push({ code: "REGIONS_MISSING", regions: missing });
    } else {
      notes.push({ code: "REGIONS_UNKNOWN", represented: [...new Set(regions.represented)].sort((a, b) => a.localeCompare(b, "sv")) });
    }
  }
  return notes;
}

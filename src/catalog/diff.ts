import type { GroupRecord, MeetingFrequency, ReportingDuty, Validity } from "./schema";

/**
 * What a new version of a mandate changes, field by field: duties, boundaries, members, reporting (added
 * and removed), and name, commissioner, chair, meeting frequency and validity (before → after). Texts are
 * compared with whitespace folded, so the same mandate read from PDF or text shows no change.
 */

export interface ListDiff<T> {
  readonly added: T[];
  readonly removed: T[];
}

export interface Change<T> {
  readonly before?: T;
  readonly after?: T;
}

export type Meetings = Pick<MeetingFrequency, "min" | "max" | "per">;
export type ValidityFacts = Pick<Validity, "decidedDate" | "decidedBy" | "validUntil" | "validUntilText" | "reviseBy" | "reviseByText">;
export type ReportingItem = Pick<ReportingDuty, "what" | "toId" | "dueMonthDay" | "cadence">;

export interface MandateDiff {
  /** No earlier version: every fact is new. */
  readonly isNew: boolean;
  readonly duties: ListDiff<string>;
  readonly boundaries: ListDiff<string>;
  readonly members: ListDiff<string>;
  readonly reporting: ListDiff<ReportingItem>;
  /** Present only when changed. */
  readonly name?: Change<string>;
  readonly commissioner?: Change<string>;
  readonly chair?: Change<string>;
  readonly meetings?: Change<Meetings>;
  readonly validity?: Change<ValidityFacts>;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

function listDiff<T>(before: readonly T[], after: readonly T[], key: (x: T) => string): ListDiff<T> {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  const once = <X>(xs: readonly X[]) => xs.filter((x, i) => xs.findIndex((y) => key(y as never) === key(x as never)) === i);
  return { added: once(after.filter((x) => !b.has(key(x)))), removed: once(before.filter((x) => !a.has(key(x)))) };
}

function change<T>(before: T | undefined, after: T | undefined, key: (x: T) => string): Change<T> | undefined {
  const kb = before === undefined ? "" : key(before);
  const ka = after === undefined ? "" : key(after);
  if (kb === ka) return undefined;
  return { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

const texts = (xs: readonly { text: string }[] | undefined) => (xs ?? []).map((x) => norm(x.text));
const meetingsOf = (r: GroupRecord | undefined): Meetings | undefined => (r?.meetingFrequency ? { min: r.meetingFrequency.min, max: r.meetingFrequency.max, per: r.meetingFrequency.per } : undefined);
const reportingOf = (r: GroupRecord | undefined): ReportingItem[] =>
  (r?.reporting ?? []).map((x) => ({ what: x.what, ...(x.toId ? { toId: x.toId } : {}), ...(x.dueMonthDay ? { dueMonthDay: x.dueMonthDay } : {}), ...(x.cadence ? { cadence: x.cadence } : {}) }));
function validityOf(r: GroupRecord | undefined): ValidityFacts | undefined {
  const v = r?.validity;
  if (!v) return undefined;
  const keys = ["decidedDate", "decidedBy", "validUntil", "validUntilText", "reviseBy", "reviseByText"] as const;
  const out = Object.fromEntries(keys.filter((k) => v[k] !== undefined).map((k) => [k, v[k]])) as ValidityFacts;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function diffMandate(before: GroupRecord | undefined, after: GroupRecord): MandateDiff {
  const id = (s: string) => s;
  const name = change(before?.name, after.name, id);
  const commissioner = change(before?.commissioner?.targetId, after.commissioner?.targetId, id);
  const chair = change(before?.chair ? norm(before.chair.clause.text) : undefined, after.chair ? norm(after.chair.clause.text) : undefined, id);
  const meetings = change(meetingsOf(before), meetingsOf(after), (m) => JSON.stringify(m));
  const validity = change(validityOf(before), validityOf(after), (v) => JSON.stringify(v));
  return {
    isNew: !before,
    duties: listDiff(texts(before?.duties), texts(after.duties), id),
    boundaries: listDiff(texts(before?.boundaries), texts(after.boundaries), id),
    members: listDiff(texts(before?.composition?.clauses), texts(after.composition?.clauses), id),
    reporting: listDiff(reportingOf(before), reportingOf(after), (r) => JSON.stringify([r.what, r.toId, r.dueMonthDay, r.cadence])),
    ...(name && before ? { name } : {}),
    ...(commissioner ? { commissioner } : {}),
    ...(chair ? { chair } : {}),
    ...(meetings ? { meetings } : {}),
    ...(validity ? { validity } : {}),
  };
}

/** Does the new version change anything the preview shows? */
export function hasChanges(d: MandateDiff): boolean {
  return (
    d.isNew ||
    [d.duties, d.boundaries, d.members, d.reporting].some((l) => l.added.length + l.removed.length > 0) ||
    [d.name, d.commissioner, d.chair, d.meetings, d.validity].some((c) => c !== undefined)
  );
}

const meetingsText = (m: Meetings | undefined) => (m ? `${m.min ?? "?"}${m.max !== m.min ? `–${m.max}` : ""}/${m.per}` : "–");
const validityText = (v: ValidityFacts | undefined) => (v ? Object.entries(v).map(([k, x]) => `${k} ${x}`).join(", ") : "–");

/** The diff as readable lines (the CLI and the stored version history): "- duty: …", "+ boundary: …", "~ meetings: a → b". */
export function diffLines(d: MandateDiff): string[] {
  const out: string[] = [];
  const list = (label: string, l: ListDiff<string>) => {
    for (const t of l.removed) out.push(`- ${label}: ${t}`);
    for (const t of l.added) out.push(`+ ${label}: ${t}`);
  };
  list("duty", d.duties);
  list("boundary", d.boundaries);
  list("member", d.members);
  const rep = (r: ReportingItem) => `${r.what}${r.toId ? ` → ${r.toId}` : ""}${r.dueMonthDay ? `, by ${r.dueMonthDay}` : ""}`;
  list("reporting", { added: d.reporting.added.map(rep), removed: d.reporting.removed.map(rep) });
  if (d.isNew) return out;
  const value = <T>(label: string, c: Change<T> | undefined, show: (x: T | undefined) => string) => {
    if (c) out.push(`~ ${label}: ${show(c.before)} → ${show(c.after)}`);
  };
  value("name", d.name, (x) => x ?? "–");
  value("commissioner", d.commissioner, (x) => x ?? "–");
  value("chair", d.chair, (x) => x ?? "–");
  value("meetings", d.meetings, meetingsText);
  value("validity", d.validity, validityText);
  return out;
}

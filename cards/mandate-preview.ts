import { z } from "zod";
import type { Language } from "../src/domain/language";
import type { Messages } from "../src/i18n";
import type { MandatePreview } from "../src/catalog/drafts";
import type { Change, ListDiff, Meetings, ReportingItem, ValidityFacts } from "../src/catalog/diff";
import { ORGANIZATIONS } from "../src/catalog/schema";
import template from "./mandate-preview.json";
import { escapeText, renderTemplate, truncate } from "./render";
import { VERBS } from "./verbs";

/**
 * The preview of a mandate sent as a file: which group, new or revised, what changes field by field
 * (duties, boundaries, members, chair, meetings, reporting, validity, commissioner), the quality flags,
 * and "Publicera" / "Avbryt" while it waits. After a click the same card shows the outcome.
 */

export const MandatePreviewCardSchema = z.object({
  notice: z.string(),
  noticeStyle: z.enum(["default", "good", "attention"]),
  title: z.string().min(1),
  subtitle: z.string(),
  fileLine: z.string(),
  compareLine: z.string(),
  sectionsTitle: z.string(),
  sections: z.array(z.object({ heading: z.string().min(1), lines: z.array(z.string()) })).max(12),
  plainLine: z.string(),
  unchangedLine: z.string(),
  flagsTitle: z.string(),
  flags: z.array(z.string()).max(10),
  actions: z
    .array(z.object({ title: z.string().min(1), verb: z.enum([VERBS.mandatePublish, VERBS.mandateCancel]), style: z.enum(["positive", "default"]), draftId: z.string().min(1), lang: z.enum(["sv", "en"]) }))
    .max(2),
});
export type MandatePreviewCardData = z.infer<typeof MandatePreviewCardSchema>;

export const renderMandatePreviewCard = (data: MandatePreviewCardData) => renderTemplate(template, MandatePreviewCardSchema, data);

/** Where the draft stands: waiting for a click, or what the click did. */
export type PreviewState = { readonly kind: "pending" } | { readonly kind: "published"; readonly version: number } | { readonly kind: "cancelled" } | { readonly kind: "refused"; readonly text: string };

export interface PreviewCardInput {
  readonly draftId: string;
  readonly preview: MandatePreview;
  readonly state: PreviewState;
  /** A line above everything (e.g. "the catalog changed since…"). */
  readonly notice?: string;
  readonly lang: Language;
  readonly t: Messages;
}

const MAX_LINES = 5;
const line = (s: string) => escapeText(truncate(s.replace(/\s+/g, " ").trim(), 220));

function listLines<T>(l: ListDiff<T>, show: (x: T) => string, t: Messages, isNew: boolean): string[] {
  const m = t.mandates;
  const all = [...l.removed.map((x) => `${m.removed}: ${show(x)}`), ...l.added.map((x) => (isNew ? show(x) : `${m.added}: ${show(x)}`))];
  const shown = all.slice(0, MAX_LINES).map(line);
  return all.length > MAX_LINES ? [...shown, escapeText(m.more(all.length - MAX_LINES))] : shown;
}

function valueLines<T>(c: Change<T>, show: (x: T | undefined) => string, t: Messages, isNew: boolean): string[] {
  if (isNew) return [line(show(c.after))];
  return [line(`${t.mandates.before}: ${show(c.before)}`), line(`${t.mandates.after}: ${show(c.after)}`)];
}

function validityText(v: ValidityFacts | undefined, t: Messages): string {
  if (!v) return t.mandates.none;
  const g = t.groups;
  return (
    [
      v.decidedDate || v.decidedBy ? g.decided(v.decidedDate, v.decidedBy) : undefined,
      v.validUntil ? g.validUntil(v.validUntil) : v.validUntilText ? g.validUntil(v.validUntilText) : undefined,
      v.reviseBy || v.reviseByText ? g.reviseBy(v.reviseByText ?? v.reviseBy!) : undefined,
    ]
      .filter(Boolean)
      .join("; ") || t.mandates.none
  );
}

const meetingsText = (m: Meetings | undefined, t: Messages) => (m ? t.groups.meetingsPer(m.min, m.max, m.per) : t.mandates.none);

function sectionsOf(p: MandatePreview, t: Messages): { sections: MandatePreviewCardData["sections"]; unchanged: string[] } {
  const f = t.mandates.fields;
  const d = p.diff;
  const name = (id: string | undefined) => (id ? (p.names[id] ?? id) : t.mandates.none);
  const report = (r: ReportingItem) => [r.what, r.toId ? `→ ${name(r.toId)}` : "", r.dueMonthDay ? `(${t.mandates.due(r.dueMonthDay)})` : ""].filter(Boolean).join(" ");
  const count = (l: ListDiff<unknown>) => (d.isNew ? "" : ` (${t.mandates.counts(l.added.length, l.removed.length)})`);
  const sections: MandatePreviewCardData["sections"] = [];
  const unchanged: string[] = [];
  const list = <T>(title: string, l: ListDiff<T>, show: (x: T) => string) => {
    if (l.added.length + l.removed.length === 0) return void unchanged.push(title);
    sections.push({ heading: escapeText(`${title}${count(l)}`), lines: listLines(l, show, t, d.isNew) });
  };
  const value = <T>(title: string, c: Change<T> | undefined, show: (x: T | undefined) => string, track = true) => {
    if (!c) return void (track && unchanged.push(title));
    sections.push({ heading: escapeText(title), lines: valueLines(c, show, t, d.isNew) });
  };
  value(f.name, d.name, (x) => x ?? t.mandates.none, false);
  value(f.commissioner, d.commissioner, name, false);
  list(f.duties, d.duties, (x) => x);
  list(f.boundaries, d.boundaries, (x) => x);
  list(f.members, d.members, (x) => x);
  value(f.chair, d.chair, (x) => x ?? t.mandates.none, false);
  value(f.meetings, d.meetings, (x) => meetingsText(x, t));
  list(f.reporting, d.reporting, report);
  value(f.validity, d.validity, (x) => validityText(x, t));
  return { sections, unchanged };
}

function stateParts(i: PreviewCardInput): Pick<MandatePreviewCardData, "notice" | "noticeStyle" | "actions"> {
  const m = i.t.mandates;
  const s = i.state;
  if (s.kind === "published") return { notice: escapeText(m.published(s.version)), noticeStyle: "good", actions: [] };
  if (s.kind === "cancelled") return { notice: escapeText(m.cancelled), noticeStyle: "default", actions: [] };
  const notice = s.kind === "refused" ? s.text : (i.notice ?? "");
  const offer = !i.preview.unchanged;
  return {
    notice: escapeText(notice),
    noticeStyle: s.kind === "refused" ? "attention" : "default",
    actions: [
      ...(offer ? [{ title: m.publish, verb: VERBS.mandatePublish, style: "positive" as const, draftId: i.draftId, lang: i.lang }] : []),
      { title: m.cancel, verb: VERBS.mandateCancel, style: "default" as const, draftId: i.draftId, lang: i.lang },
    ],
  };
}

/** The card data for a preview (every value from the document or the person is escaped here). */
export function mandatePreviewCardData(i: PreviewCardInput): MandatePreviewCardData {
  const { preview: p, t } = i;
  const m = t.mandates;
  const org = ORGANIZATIONS.find((o) => o.id === p.organizationId)?.name ?? t.groups.unknown;
  const { sections, unchanged } = sectionsOf(p, t);
  const changed = sections.length > 0;
  const plain = p.unchanged ? m.sameAsPublished : !p.diff.isNew && !changed ? m.noChanges : "";
  return {
    ...stateParts(i),
    title: escapeText(p.isNew ? m.titleNew(p.entryName) : m.titleRevised(p.entryName)),
    subtitle: escapeText(`${org} · ${t.groups.kindLabel[p.entryType]}`),
    fileLine: escapeText(m.file(truncate(p.originalFileName, 120), m.formats[p.format], p.pages)),
    compareLine: escapeText(p.isNew || !p.previousVersion ? m.newEntry : m.comparedWith(p.previousVersion, (p.previousIngestedAt ?? "").slice(0, 10))),
    sectionsTitle: escapeText(p.diff.isNew ? m.contentTitle : m.changesTitle),
    sections,
    plainLine: escapeText(plain),
    unchangedLine: !p.diff.isNew && changed && unchanged.length > 0 ? escapeText(m.unchanged(unchanged)) : "",
    flagsTitle: escapeText(m.flagsTitle(p.quality.length)),
    flags: p.quality.slice(0, 8).map((q) => escapeText(truncate(t.quality[q.code](q), 300))),
  };
}

export const mandatePreviewCard = (i: PreviewCardInput) => renderMandatePreviewCard(mandatePreviewCardData(i));

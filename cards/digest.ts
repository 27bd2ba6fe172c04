import { z } from "zod";
import template from "./digest.json";
import { escapeText, MAX_CARD_BYTES, renderTemplate, type AdaptiveCard } from "./render";
import type { Messages } from "../src/i18n";
import type { Digest, DigestGroup } from "../src/digest/schema";

/**
 * The weekly digest card: one container per group, one block per section that has something to say
 * (empty sections are left out), a one-line "nothing this week" when no group has anything. Long lists end
 * with "… and N more"; the card is kept under Teams' 28 KB by showing fewer lines per section until it fits.
 * A deadline that has passed (overdue minutes, follow-ups, an expired mandate, a revision date passed) is
 * shown first and in bold, in the default colour: `warning` (yellow/amber) was hard to read on a light
 * theme, and red is kept for refusals. Everything else is plain; the card has no buttons.
 */
export const DigestCardSchema = z.object({
  title: z.string().min(1),
  subtitle: z.string(),
  note: z.string().default(""),
  nothing: z.string().default(""),
  groups: z.array(
    z.object({
      name: z.string(),
      /** `overdue`: the lines whose deadline has passed (shown first, in bold); `text`: the others. */
      sections: z.array(z.object({ title: z.string(), overdue: z.string().default(""), text: z.string().default("") })),
    }),
  ),
  footer: z.string().default(""),
});
export type DigestCardData = z.input<typeof DigestCardSchema>;

export const renderDigestCardData = (data: DigestCardData): AdaptiveCard => renderTemplate(template, DigestCardSchema, data);

export interface DigestLine {
  /** Unescaped, not truncated. */
  readonly text: string;
  /** Its deadline has passed: shown first, in bold. */
  readonly overdue: boolean;
}

export interface DigestSectionView {
  readonly key: "meetings" | "deadlines" | "triage" | "minutes" | "followUps" | "governance";
  readonly title: string;
  /** Every line, in digest order (overdue first where a section sorts so). */
  readonly lines: readonly DigestLine[];
}

/** Governance notes that say a date has passed. */
const PASSED: ReadonlySet<string> = new Set(["MANDATE_EXPIRED", "REVISION_PASSED"]);
const line = (text: string, overdue = false): DigestLine => ({ text, overdue });

/** The sections of a group with something to say, in digest order, as lines in the digest's language. */
export function groupSections(g: DigestGroup, t: Messages): DigestSectionView[] {
  const d = t.digest;
  const all: DigestSectionView[] = [
    { key: "meetings", title: d.sections.meetings, lines: g.meetings.map((m) => line(d.meeting(m.date, m.time, m.place))) },
    { key: "deadlines", title: d.sections.deadlines, lines: g.deadlines.map((x) => line(d.deadline(x.itemDeadline, x.meetingDate))) },
    { key: "triage", title: d.sections.triage, lines: g.triage.map((i) => line(d.triageItem(i.title, i.submittedDate, i.late))) },
    { key: "minutes", title: d.sections.minutes, lines: g.minutes.map((m) => line(d.minutesItem(m), m.overdue)) },
    { key: "followUps", title: d.sections.followUps, lines: g.followUps.map((f) => line(d.followUp(f), f.overdue)) },
    {
      key: "governance",
      title: d.sections.governance,
      lines: g.governance.map((n) => line((d.governance[n.code] as (x: typeof n) => string)(n), PASSED.has(n.code))),
    },
  ];
  return all.filter((s) => s.lines.length > 0);
}

const bullet = (l: DigestLine) => `- ${escapeText(l.text.length > 300 ? `${l.text.slice(0, 299)}…` : l.text)}`;

/** The first `max` lines as two markdown lists, overdue and the rest; "… and N more" ends the last one. */
function sectionText(lines: readonly DigestLine[], max: number, t: Messages): { overdue: string; text: string } {
  const shown = lines.slice(0, max);
  const overdue = shown.filter((l) => l.overdue).map(bullet);
  const rest = shown.filter((l) => !l.overdue).map(bullet);
  if (lines.length > max) (rest.length > 0 || overdue.length === 0 ? rest : overdue).push(`- ${t.digest.more(lines.length - max)}`);
  return { overdue: overdue.join("\n"), text: rest.join("\n") };
}

export function digestCardData(digest: Digest, t: Messages, opts: { preview?: boolean; maxLines?: number; maxGroups?: number } = {}): DigestCardData {
  const maxLines = opts.maxLines ?? 8;
  const withContent = digest.groups.filter((g) => groupSections(g, t).length > 0);
  const maxGroups = opts.maxGroups ?? withContent.length;
  return {
    title: t.digest.title(digest.week),
    subtitle: t.digest.subtitle(digest.date),
    note: opts.preview ? t.digest.previewNote : "",
    nothing: digest.empty ? t.digest.nothing : "",
    groups: withContent.slice(0, maxGroups).map((g) => ({
      name: escapeText(g.name),
      sections: groupSections(g, t).map((s) => ({ title: s.title, ...sectionText(s.lines, maxLines, t) })),
    })),
    footer: withContent.length > maxGroups ? t.digest.more(withContent.length - maxGroups) : "",
  };
}

/** Renders the digest card, showing fewer lines per section (then fewer groups) until it is under 28 KB. */
export function renderDigestCard(digest: Digest, t: Messages, opts: { preview?: boolean } = {}): AdaptiveCard {
  const attempts: { maxLines: number; maxGroups?: number }[] = [{ maxLines: 8 }, { maxLines: 5 }, { maxLines: 3 }, { maxLines: 1 }];
  for (let groups = 40; groups >= 1; groups = Math.floor(groups / 2)) attempts.push({ maxLines: 1, maxGroups: groups });
  for (const a of attempts) {
    const data = digestCardData(digest, t, { ...opts, ...a });
    const size = Buffer.byteLength(JSON.stringify(renderTemplateUnchecked(data)), "utf8");
    if (size <= MAX_CARD_BYTES - 512) return renderDigestCardData(data);
  }
  return renderDigestCardData(digestCardData(digest, t, { ...opts, maxLines: 1, maxGroups: 0 }));
}

function renderTemplateUnchecked(data: DigestCardData): unknown {
  try {
    return renderDigestCardData(data);
  } catch {
    return { tooBig: "x".repeat(MAX_CARD_BYTES + 1) };
  }
}

/** The digest as plain text (CLI, logs): the same sections and lines, nothing truncated. */
export function digestText(digest: Digest, t: Messages): string {
  const out = [`${t.digest.title(digest.week)} – ${t.digest.subtitle(digest.date)}`];
  if (digest.empty) out.push(t.digest.nothing);
  for (const g of digest.groups) {
    const sections = groupSections(g, t);
    if (sections.length === 0) continue;
    out.push("", `## ${g.name}`);
    for (const s of sections) out.push(`${s.title}:`, ...s.lines.map((l) => `  - ${l.text}`));
  }
  return out.join("\n");
}

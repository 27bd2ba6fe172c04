import { z } from "zod";
import template from "./digest.json";
import { escapeText, MAX_CARD_BYTES, renderTemplate, type AdaptiveCard } from "./render";
import type { Messages } from "../src/i18n";
import type { Digest, DigestGroup } from "../src/digest/schema";

/**
 * The weekly digest card: one container per group, one block per section that has something to say
 * (empty sections are left out), a one-line "nothing this week" when no group has anything. Long lists end
 * with "… and N more"; the card is kept under Teams' 28 KB by showing fewer lines per section until it fits.
 */
export const DigestCardSchema = z.object({
  title: z.string().min(1),
  subtitle: z.string(),
  note: z.string().default(""),
  nothing: z.string().default(""),
  groups: z.array(z.object({ name: z.string(), sections: z.array(z.object({ title: z.string(), text: z.string() })) })),
  footer: z.string().default(""),
});
export type DigestCardData = z.input<typeof DigestCardSchema>;

export const renderDigestCardData = (data: DigestCardData): AdaptiveCard => renderTemplate(template, DigestCardSchema, data);

export interface DigestSectionView {
  readonly key: "meetings" | "deadlines" | "triage" | "minutes" | "followUps" | "governance";
  readonly title: string;
  /** Every line (unescaped, not truncated). */
  readonly lines: readonly string[];
}

/** The sections of a group with something to say, in digest order, as lines in the digest's language. */
export function groupSections(g: DigestGroup, t: Messages): DigestSectionView[] {
  const d = t.digest;
  const all: DigestSectionView[] = [
    { key: "meetings", title: d.sections.meetings, lines: g.meetings.map((m) => d.meeting(m.date, m.time, m.place)) },
    { key: "deadlines", title: d.sections.deadlines, lines: g.deadlines.map((x) => d.deadline(x.itemDeadline, x.meetingDate)) },
    { key: "triage", title: d.sections.triage, lines: g.triage.map((i) => d.triageItem(i.title, i.submittedDate, i.late)) },
    { key: "minutes", title: d.sections.minutes, lines: g.minutes.map((m) => d.minutesItem(m)) },
    { key: "followUps", title: d.sections.followUps, lines: g.followUps.map((f) => d.followUp(f)) },
    {
      key: "governance",
      title: d.sections.governance,
      lines: g.governance.map((n) => (d.governance[n.code] as (x: typeof n) => string)(n)),
    },
  ];
  return all.filter((s) => s.lines.length > 0);
}

const listText = (lines: readonly string[], max: number, t: Messages): string => {
  const shown = lines.slice(0, max).map((l) => `- ${escapeText(l.length > 300 ? `${l.slice(0, 299)}…` : l)}`);
  if (lines.length > max) shown.push(`- ${t.digest.more(lines.length - max)}`);
  return shown.join("\n");
};

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
      sections: groupSections(g, t).map((s) => ({ title: s.title, text: listText(s.lines, maxLines, t) })),
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
    for (const s of sections) out.push(`${s.title}:`, ...s.lines.map((l) => `  - ${l}`));
  }
  return out.join("\n");
}

import { z } from "zod";
import type { Messages } from "../src/i18n";
import { entryName } from "../src/catalog/lookup";
import type { Catalog, GroupRecord } from "../src/catalog/schema";
import template from "./group-profile.json";
import { escapeText, renderTemplate, truncate } from "./render";

/** Every value is display text: user- and document-derived text is escaped by the builder below. */
export const GroupProfileCardSchema = z.object({
  name: z.string().min(1),
  subtitle: z.string(),
  purpose: z.string(),
  facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })),
  flagsTitle: z.string(),
  flags: z.array(z.string()),
  source: z.string(),
});
export type GroupProfileCardData = z.infer<typeof GroupProfileCardSchema>;

export const renderGroupProfileCard = (data: GroupProfileCardData) => renderTemplate(template, GroupProfileCardSchema, data);

/** Who looks at the profile: the role holders to show, and whether the quality flags are for them. */
export interface ProfileViewer {
  /** The group's chair and secretary (from roles), or administrators: they fix the mandate's gaps. */
  readonly showFlags: boolean;
  /** Names of the people holding the roles (a kind of group has none). */
  readonly holders?: { readonly chair?: string; readonly secretary?: string };
}

const first = (clauses: readonly { text: string }[]) => clauses[0]?.text;

function validityText(g: GroupRecord, t: Messages): string | undefined {
  const v = g.validity;
  if (!v) return undefined;
  return (
    [
      v.decidedDate || v.decidedBy ? t.groups.decided(v.decidedDate, v.decidedBy) : undefined,
      v.validUntil ? t.groups.validUntil(v.validUntil) : undefined,
      v.reviseBy || v.reviseByText ? t.groups.reviseBy(v.reviseBy ?? v.reviseByText!) : undefined,
    ]
      .filter(Boolean)
      .join("; ") || undefined
  );
}

/** The facts of the profile, in order; rows without a value are left out. */
function factsOf(catalog: Catalog, g: GroupRecord, t: Messages, viewer: ProfileViewer, org: string): { title: string; value: string | undefined }[] {
  const f = t.groups.facts;
  const name = (id: string | undefined, fallback?: string) => (id ? entryName(catalog, id, fallback ?? id) : fallback);
  const holders = viewer.holders;
  return [
    { title: f.organization, value: org },
    { title: f.kind, value: [t.groups.kindLabel[g.entryType], name(g.kindId), g.area ? t.groups.areaLabel(g.area) : undefined].filter(Boolean).join(", ") },
    { title: f.commissioner, value: g.commissioner ? name(g.commissioner.targetId, g.commissioner.text) : undefined },
    { title: f.parent, value: g.parent ? name(g.parent.targetId, g.parent.text) : undefined },
    // who holds the role (from roles) and how the mandate says the chair is chosen, apart
    { title: f.chair, value: holders ? (holders.chair ?? t.groups.noHolder) : undefined },
    { title: f.chairRule, value: g.chair?.clause.text },
    { title: f.secretary, value: holders?.secretary },
    { title: f.members, value: g.composition ? first(g.composition.clauses) : undefined },
    { title: f.coOpted, value: first(g.coOpted) },
    { title: f.meetings, value: g.meetingFrequency ? t.groups.meetingsPer(g.meetingFrequency.min, g.meetingFrequency.max, g.meetingFrequency.per) : undefined },
    { title: f.reporting, value: [...new Set(g.reporting.map((r) => r.clause.text))].join(" ") || undefined },
    { title: f.validity, value: validityText(g, t) },
  ];
}

export function groupProfileCardData(catalog: Catalog, g: GroupRecord, t: Messages, viewer: ProfileViewer): GroupProfileCardData {
  const org = catalog.organizations.find((o) => o.id === g.organizationId)?.name ?? t.groups.unknown;
  const quality = catalog.quality.find((q) => q.entryId === g.id || (g.document && q.documentId === g.document.documentId));
  const doc = g.document;
  return {
    name: escapeText(g.name),
    subtitle: escapeText(org),
    purpose: escapeText(first(g.purpose) ?? first(g.duties) ?? first(g.mentions) ?? ""),
    facts: factsOf(catalog, g, t, viewer, org)
      .filter((x): x is { title: string; value: string } => !!x.value)
      .map((x) => ({ title: x.title, value: escapeText(truncate(x.value, 400)) })),
    flagsTitle: t.groups.flagsTitle,
    // rendered in the user's language from code + params (the English `message` is for the CLI)
    flags: viewer.showFlags ? (quality?.issues ?? []).slice(0, 8).map((i) => escapeText(t.quality[i.code](i))) : [],
    source: doc ? escapeText(t.groups.source(doc.title ?? doc.fileName, [doc.diarienummer, doc.date].filter(Boolean).join(", "))) : t.groups.sourceReferences,
  };
}

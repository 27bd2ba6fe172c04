import { CardFactory } from "botbuilder";
import type { Services } from "../../src/services";
import type { Catalog, GroupRecord } from "../../src/catalog/schema";
import { entryById, findGroup } from "../../src/catalog/lookup";
import type { Messages } from "../../src/i18n";
import { renderGroupProfileCard, type GroupProfileCardData } from "../../cards/group-profile";
import { escapeText, truncate } from "../../cards/render";
import type { BotApp } from "../app";
import { languageOf, textOf } from "../turn";

export const GROUP_COMMANDS = {
  list: /^\s*(grupper|groups|lista grupper|list groups)\s*[.!?]*\s*$/i,
  show: /^\s*(visa|show)\b\s*(.*)$/i,
} as const;

const MAX_LIST = 60;

function nameOf(catalog: Catalog, id: string | undefined, fallback?: string): string | undefined {
  if (!id) return fallback;
  return entryById(catalog, id)?.name ?? fallback;
}

const first = (clauses: readonly { text: string }[]) => clauses[0]?.text;

export function groupList(catalog: Catalog, t: Messages): string {
  if (catalog.entries.length === 0) return t.groups.listEmpty;
  const lines: string[] = [`**${t.groups.listTitle}**`];
  for (const org of [...catalog.organizations, { id: "unknown", name: "–", aliases: [] }]) {
    const entries = catalog.entries.filter((e) => e.organizationId === org.id && e.entryType !== "referenced");
    if (entries.length === 0) continue;
    lines.push(`\n**${escapeText(org.name)}**`);
    for (const e of entries.slice(0, MAX_LIST)) lines.push(`- ${escapeText(e.name)} (${t.groups.kindLabel[e.entryType]})`);
  }
  const referenced = catalog.entries.filter((e) => e.entryType === "referenced").length;
  if (referenced > 0) lines.push(`\n_${referenced} × ${t.groups.kindLabel.referenced}_`);
  return lines.join("\n");
}

export function profileData(catalog: Catalog, g: GroupRecord, t: Messages): GroupProfileCardData {
  const f = t.groups.facts;
  const org = catalog.organizations.find((o) => o.id === g.organizationId)?.name ?? t.groups.unknown;
  const facts: { title: string; value: string | undefined }[] = [
    { title: f.organization, value: org },
    { title: f.kind, value: [t.groups.kindLabel[g.entryType], nameOf(catalog, g.kindId), g.area ? t.groups.areaLabel(g.area) : undefined].filter(Boolean).join(", ") },
    { title: f.commissioner, value: g.commissioner ? nameOf(catalog, g.commissioner.targetId, g.commissioner.text) : undefined },
    { title: f.parent, value: g.parent ? nameOf(catalog, g.parent.targetId, g.parent.text) : undefined },
    { title: f.chair, value: g.chair?.clause.text },
    { title: f.members, value: g.composition ? first(g.composition.clauses) : undefined },
    { title: f.coOpted, value: first(g.coOpted) },
    {
      title: f.meetings,
      value: g.meetingFrequency ? t.groups.meetingsPer(g.meetingFrequency.min, g.meetingFrequency.max, g.meetingFrequency.per) : undefined,
    },
    { title: f.reporting, value: [...new Set(g.reporting.map((r) => r.clause.text))].join(" ") || undefined },
    {
      title: f.validity,
      value: g.validity
        ? [
            g.validity.decidedDate || g.validity.decidedBy ? t.groups.decided(g.validity.decidedDate, g.validity.decidedBy) : undefined,
            g.validity.validUntil ? t.groups.validUntil(g.validity.validUntil) : undefined,
            g.validity.reviseBy || g.validity.reviseByText ? t.groups.reviseBy(g.validity.reviseBy ?? g.validity.reviseByText!) : undefined,
          ]
            .filter(Boolean)
            .join("; ") || undefined
        : undefined,
    },
  ];
  const quality = catalog.quality.find((q) => q.entryId === g.id || (g.document && q.documentId === g.document.documentId));
  const doc = g.document;
  return {
    name: escapeText(g.name),
    subtitle: escapeText(org),
    purpose: escapeText(first(g.purpose) ?? first(g.duties) ?? first(g.mentions) ?? ""),
    facts: facts.filter((x): x is { title: string; value: string } => !!x.value).map((x) => ({ title: x.title, value: escapeText(truncate(x.value, 400)) })),
    flagsTitle: t.groups.flagsTitle,
    // rendered in the user's language from code + params (the English `message` is for the CLI)
    flags: (quality?.issues ?? []).slice(0, 8).map((i) => escapeText(t.quality[i.code](i))),
    source: doc
      ? escapeText(t.groups.source(doc.title ?? doc.fileName, [doc.diarienummer, doc.date].filter(Boolean).join(", ")))
      : t.groups.sourceReferences,
  };
}


export function register(app: BotApp, services: Services): void {
  app.message(GROUP_COMMANDS.list, async (context, _state) => {
    const { t } = await languageOf(context, services);
    await context.sendActivity(groupList(await services.currentCatalog.get(), t));
  });

  app.message(GROUP_COMMANDS.show, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const query = (GROUP_COMMANDS.show.exec(textOf(context))?.[2] ?? "").trim();
    if (!query) {
      await context.sendActivity(t.groups.showUsage);
      return;
    }
    const catalog = await services.currentCatalog.get();
    const found = findGroup(catalog, query);
    if (found.ok) {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(renderGroupProfileCard(profileData(catalog, found.entry, t)))] });
    } else if (found.code === "AMBIGUOUS") {
      await context.sendActivity(t.groups.ambiguous(found.candidates.slice(0, 8).map((c) => escapeText(c.name))));
    } else {
      await context.sendActivity(t.groups.notFound(escapeText(truncate(query, 80))));
    }
  });
}

import { CardFactory } from "botbuilder";
import type { Services } from "../../src/services";
import type { Catalog, GroupRecord } from "../../src/catalog/schema";
import { findGroup } from "../../src/catalog/lookup";
import { spellOutAbbreviations } from "../../src/routing/spell-out";
import type { Messages } from "../../src/i18n";
import { groupProfileCardData, renderGroupProfileCard, type ProfileViewer } from "../../cards/group-profile";
import { escapeText } from "../../cards/render";
import { quotedName } from "../group-lookup";
import type { BotApp } from "../app";
import { actorOf, languageOf, textOf, type Actor } from "../turn";

export const GROUP_COMMANDS = {
  list: /^\s*(grupper|groups|lista grupper|list groups)\s*[.!?]*\s*$/i,
  show: /^\s*(visa|show)\b\s*(.*)$/i,
} as const;

const MAX_LIST = 60;

export function groupList(catalog: Catalog, t: Messages): string {
  if (catalog.entries.length === 0) return t.groups.listEmpty;
  const lines: string[] = [`**${t.groups.listTitle}**`];
  const orgs = [...catalog.organizations, { id: "unknown", name: "–", aliases: [] }];
  for (const org of orgs) {
    const entries = catalog.entries.filter((e) => e.organizationId === org.id && e.entryType !== "referenced");
    if (entries.length === 0) continue;
    lines.push(`\n**${escapeText(org.name)}**`);
    for (const e of entries.slice(0, MAX_LIST)) lines.push(`- ${escapeText(e.name)} (${t.groups.kindLabel[e.entryType]})`);
  }
  // bodies the mandates only refer to (Chefsforum, Koncernledning …), by name, one line per organisation
  const referenced = catalog.entries.filter((e) => e.entryType === "referenced");
  if (referenced.length > 0) {
    lines.push(`\n**${t.groups.referencedTitle}** – _${t.groups.referencedNote}_`);
    for (const org of orgs) {
      const names = referenced.filter((e) => e.organizationId === org.id).map((e) => escapeText(e.name));
      if (names.length > 0) lines.push(`- ${escapeText(org.name)}: ${names.slice(0, MAX_LIST).join(", ")}`);
    }
  }
  return lines.join("\n");
}

/**
 * What the person looking at a profile is shown beyond the mandate: who holds the chair and secretary
 * roles, and — for the group's chair and secretary and for administrators only — the quality flags.
 */
async function viewerOf(services: Services, actor: Actor, g: GroupRecord): Promise<ProfileViewer> {
  if (g.entryType === "kind") return { showFlags: actor.isAdmin };
  const roles = await services.agenda.listRoles(g.id);
  const holder = (role: string) => roles.find((r) => r.role === role)?.person.name || undefined;
  const own = await services.agenda.rolesOf(actor, g.id);
  const chair = holder("chair");
  const secretary = holder("secretary");
  return {
    showFlags: actor.isAdmin || own.some((r) => FLAG_ROLES.includes(r)),
    holders: { ...(chair ? { chair } : {}), ...(secretary ? { secretary } : {}) },
  };
}

const FLAG_ROLES: readonly string[] = ["chair", "secretary"];

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
    const found = findGroup(catalog, query, spellOutAbbreviations);
    if (found.ok) {
      const viewer = await viewerOf(services, actorOf(context, services), found.entry);
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(renderGroupProfileCard(groupProfileCardData(catalog, found.entry, t, viewer)))] });
    } else if (found.code === "AMBIGUOUS") {
      await context.sendActivity(t.groups.ambiguous(found.candidates.slice(0, 8).map((c) => escapeText(c.name))));
    } else {
      await context.sendActivity(t.groups.notFound(quotedName(query)));
    }
  });
}

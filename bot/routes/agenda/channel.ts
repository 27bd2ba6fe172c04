import type { TurnContext } from "botbuilder";
import type { Services } from "../../../src/services";
import { escapeText } from "../../../cards/render";
import type { BotApp } from "../../app";
import { lookupGroup } from "../../group-lookup";
import { actorOf, conversationKind, languageOf, tenantOf, textOf } from "../../turn";
import { refusal } from "./edge";

/** "koppla kanalen till <grupp>" / "link this channel to <group>". */
export const BIND_COMMAND = /^\s*(?:koppla\s+(?:den\s+här\s+|denna\s+)?kanalen\s+till|link\s+this\s+channel\s+to)\b\s*(.*)$/i;

function channelOf(context: TurnContext) {
  const a = context.activity;
  const data = (a.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
  const conversationId = (a.conversation?.id ?? "").split(";")[0]!;
  return {
    tenantId: tenantOf(context),
    teamId: data.team?.id ?? conversationId,
    channelId: data.channel?.id ?? conversationId,
    conversationId,
    ...(a.serviceUrl ? { serviceUrl: a.serviceUrl } : {}),
  };
}

/** The group's home channel, set from inside the channel by an admin, the chair or the secretary. */
export function register(app: BotApp, services: Services): void {
  app.message(BIND_COMMAND, async (context, _state) => {
    const { t, lang } = await languageOf(context, services);
    if (conversationKind(context) !== "channel") return void (await context.sendActivity(t.agenda.bindOnlyInChannel));
    const query = (BIND_COMMAND.exec(textOf(context))?.[1] ?? "").trim();
    if (!query) return void (await context.sendActivity(t.agenda.bindUsage));
    const g = lookupGroup(await services.currentCatalog.get(), query, t);
    if (!g.ok) return void (await context.sendActivity(g.reply));
    const r = await services.agenda.bindChannel(actorOf(context, services), g.id, channelOf(context));
    if (!r.ok) return void (await context.sendActivity(refusal(lang, r)));
    await context.sendActivity(r.previous && r.previous.conversationId !== r.binding.conversationId ? t.agenda.boundMoved(escapeText(g.name)) : t.agenda.bound(escapeText(g.name)));
  });
}

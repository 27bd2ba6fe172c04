import type { TurnContext } from "botbuilder";
import { chooseLanguage, type Language } from "../src/domain/language";
import { messages, type Messages } from "../src/i18n";
import type { ConversationKind } from "../src/conversations/schema";
import type { Services } from "../src/services";

/** Who is acting: always from the activity, never from card data. */
export interface Actor {
  readonly tenantId: string;
  readonly teamsId: string;
  /** Entra object id; local clients may not send one, then the Teams id stands in. */
  readonly userId: string;
  readonly aadObjectId?: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

export const LOCAL_TENANT = "local";

export function tenantOf(context: TurnContext): string {
  const a = context.activity;
  return (
    (a.conversation as { tenantId?: string } | undefined)?.tenantId ??
    (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ??
    LOCAL_TENANT
  );
}

export function conversationKind(context: TurnContext): ConversationKind {
  const type = context.activity.conversation?.conversationType;
  if (type === "channel") return "channel";
  if (type === "groupChat") return "groupChat";
  return "personal";
}

export function actorOf(context: TurnContext, services: Services): Actor {
  const from = context.activity.from ?? { id: "", name: "" };
  const aadObjectId = from.aadObjectId || undefined;
  const userId = aadObjectId ?? from.id;
  const { adminIds, bot } = services.config;
  const isAdmin = adminIds.includes(userId) || (!bot && adminIds.length === 0);
  return { tenantId: tenantOf(context), teamsId: from.id, userId, aadObjectId, name: from.name ?? "", isAdmin };
}

/** The text the user typed, with the bot's own mention already removed by the Application. */
export function textOf(context: TurnContext): string {
  return (context.activity.text ?? "").replace(/\u00a0/g, " ").trim();
}

export interface TurnLanguage {
  readonly lang: Language;
  readonly t: Messages;
}

export async function languageOf(context: TurnContext, services: Services, text = textOf(context)): Promise<TurnLanguage> {
  const actor = actorOf(context, services);
  const settings = await services.conversations.userSettings(actor.tenantId, actor.userId);
  const lang = chooseLanguage({ stored: settings?.language, text, locale: context.activity.locale });
  return { lang, t: messages(lang) };
}

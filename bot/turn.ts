import type { TurnContext } from "botbuilder";
import { chooseLanguage, detectLanguage, LanguageSchema, type Language } from "../src/domain/language";
import { htmlToText } from "../src/domain/html-text";
import type { TeamsActor } from "../src/domain/actor";
import { messages, type Messages } from "../src/i18n";
import type { ConversationKind } from "../src/conversations/schema";
import type { Services } from "../src/services";

/** Who is acting: always from the activity, never from card data (declared once: src/domain/actor.ts). */
export type Actor = TeamsActor;

export const LOCAL_TENANT = "local";

export function tenantOf(context: TurnContext): string {
  const a = context.activity;
  const fromConversation = (a.conversation as { tenantId?: unknown } | undefined)?.tenantId;
  const fromChannelData = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromConversation === "string" && fromConversation) return fromConversation;
  if (typeof fromChannelData === "string" && fromChannelData) return fromChannelData;
  return LOCAL_TENANT;
}

export function conversationKind(context: TurnContext): ConversationKind {
  const type = context.activity.conversation?.conversationType;
  if (type === "channel") return "channel";
  if (type === "groupChat") return "groupChat";
  return "personal";
}

/** The conversation a reference is kept for: a channel, never one of its reply threads. */
export function conversationIdOf(context: TurnContext): string {
  const id = context.activity.conversation?.id ?? "";
  return conversationKind(context) === "channel" ? id.split(";messageid=")[0]! : id;
}

export function actorOf(context: TurnContext, services: Services): Actor {
  const from = context.activity.from ?? { id: "", name: "" };
  const aadObjectId = from.aadObjectId || undefined;
  const userId = aadObjectId ?? from.id;
  const { adminIds, bot } = services.config;
  const isAdmin = adminIds.includes(userId) || (!bot && adminIds.length === 0);
  return { tenantId: tenantOf(context), teamsId: from.id, userId, aadObjectId, name: from.name ?? "", isAdmin };
}

const TEXT_KEY = Symbol("samverkan.text");
const LANG_KEY = Symbol("samverkan.lang");
const DETECTED_KEY = Symbol("samverkan.detected");

/**
 * The text the user typed, as plain text: Teams' HTML (`<p>`, `<br>`, entities) turned into lines once
 * per turn (bot/app.ts also writes it back to `activity.text` before any route matches), the bot's own
 * mention already removed by the Application.
 */
export function textOf(context: TurnContext): string {
  const cached = context.turnState.get(TEXT_KEY) as string | undefined;
  if (cached !== undefined) return cached;
  const raw = context.activity.text;
  const text = typeof raw === "string" ? htmlToText(raw).trim() : "";
  context.turnState.set(TEXT_KEY, text);
  return text;
}

/**
 * The language a text of this turn is written in (detectLanguage), detected once per turn: the guards ask for the
 * message's (the conversation's language) and the reply's language asks again.
 */
export function detectedLanguageOf(context: TurnContext, text: string): Language | undefined {
  const kept = context.turnState.get(DETECTED_KEY) as { text: string; lang: Language | undefined } | undefined;
  if (kept?.text === text) return kept.lang;
  const lang = detectLanguage(text);
  context.turnState.set(DETECTED_KEY, { text, lang });
  return lang;
}

/** The turn's text from now on (a command sent by a button): the activity and `textOf` agree. */
export function setText(context: TurnContext, text: string): void {
  const plain = htmlToText(text).trim();
  context.activity.text = plain;
  context.turnState.set(TEXT_KEY, plain);
}

/** A click: an Action.Execute invoke, or a message carrying an Action.Submit's value and no text. */
export function isClick(context: TurnContext): boolean {
  const a = context.activity;
  if (a.type === "invoke") return true;
  return a.type === "message" && !!a.value && typeof a.value === "object" && !textOf(context);
}

/** The language a clicked card was rendered in (its action data's `lang`), if it says. */
export function cardLanguageOf(context: TurnContext): Language | undefined {
  const v = context.activity.value as { action?: { data?: { lang?: unknown } }; lang?: unknown } | undefined;
  if (!v || typeof v !== "object") return undefined;
  const lang = context.activity.type === "invoke" ? v.action?.data?.lang : v.lang;
  const parsed = LanguageSchema.safeParse(lang);
  return parsed.success ? parsed.data : undefined;
}

export interface TurnLanguage {
  readonly lang: Language;
  readonly t: Messages;
}

/**
 * The reply language of this turn: the person's stored choice, else the card's `lang` (clicks) or the
 * message's detected language, else the conversation's last detected language, else the Teams locale,
 * else Swedish. `text` overrides the message text to detect (e.g. only a command's first line).
 */
export async function languageOf(context: TurnContext, services: Services, text?: string): Promise<TurnLanguage> {
  const stored = await storedLanguageOf(context, services);
  const click = isClick(context);
  const card = click ? cardLanguageOf(context) : undefined;
  const messageText = click ? undefined : (text ?? textOf(context));
  const decided = stored ?? card ?? (messageText ? detectedLanguageOf(context, messageText) : undefined);
  const conversation = decided ? undefined : await services.conversations.lastLanguage(tenantOf(context), conversationIdOf(context));
  // chooseLanguage's first three signals are `decided`: the text is not detected a second time
  const lang = decided ?? chooseLanguage({ conversation, locale: context.activity.locale });
  context.turnState.set(LANG_KEY, lang);
  return { lang, t: messages(lang) };
}

/** The person's stored language choice, if they made one (the first of `languageOf`'s signals; the settings read is cached). */
export async function storedLanguageOf(context: TurnContext, services: Services): Promise<Language | undefined> {
  const actor = actorOf(context, services);
  return (await services.conversations.userSettings(actor.tenantId, actor.userId))?.language;
}

/** The language this turn answered in, once `languageOf` ran (cards sent in the turn carry it). */
export const turnLanguage = (context: TurnContext): Language | undefined => context.turnState.get(LANG_KEY) as Language | undefined;

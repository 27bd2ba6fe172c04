import { ActivityTypes, INVOKE_RESPONSE_KEY, type Activity, type TurnContext, TurnContext as TC } from "botbuilder";
// The library's files, not its index: the index also loads its AI stack (OpenAI client, GPT tokenizer,
// ~190 more modules, 0.4–0.6 s of CPU at every start) that this bot does not use.
import { Application } from "@microsoft/teams-ai/lib/Application";
import { TurnState } from "@microsoft/teams-ai/lib/TurnState";
import type { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import type { Services } from "../src/services";
import { containsPersonnummer, containsPersonnummerDeep } from "../src/domain/personnummer";
import { messages } from "../src/i18n";
import { chooseLanguage, detectLanguage, type Language } from "../src/domain/language";
import { stampLanguage } from "../cards/render";
import { actorOf, cardLanguageOf, conversationIdOf, conversationKind, detectedLanguageOf, isClick, languageOf, setText, tenantOf, textOf, turnLanguage } from "./turn";
import { reply, sendInvokeReply } from "./invoke-response";
import { oddIdIn, outOfDate } from "./card-data";
import * as core from "./routes/core";

export type BotApp = Application<TurnState>;

/** A feature's route module: registers its selectors and handlers. Order matters: first match wins. */
export type RouteModule = (app: BotApp, services: Services) => void;

async function rememberConversation(context: TurnContext, services: Services, language: Language | undefined): Promise<void> {
  const a = context.activity;
  if (!a.conversation?.id || !a.serviceUrl) return;
  const kind = conversationKind(context);
  const channelData = (a.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
  // A channel reference points at the channel, never at a reply thread.
  const conversationId = conversationIdOf(context);
  const reference = TC.getConversationReference(a) as Record<string, unknown>;
  delete reference.activityId;
  await services.conversations.remember({
    tenantId: tenantOf(context),
    conversationId,
    kind,
    teamId: channelData.team?.id,
    channelId: channelData.channel?.id ?? (kind === "channel" ? conversationId : undefined),
    userId: kind === "personal" ? actorOf(context, services).userId : undefined,
    reference: { ...(reference as object), conversation: { ...(a.conversation as object), id: conversationId } } as never,
    ...(language ? { language } : {}),
  });
}

/** A refusal before any route: a message for messages, the invoke response for clicks, nothing otherwise. */
async function refuse(context: TurnContext, text: string): Promise<false> {
  const type = context.activity.type;
  if (type === ActivityTypes.Invoke) await sendInvokeReply(context, reply.message(text));
  else if (type === ActivityTypes.Message) await context.sendActivity(text);
  return false;
}

/** The language of a refusal, decided without reading the store (the turn must not touch it). */
function refusalLanguage(context: TurnContext, text: string): Language {
  return chooseLanguage({ card: isClick(context) ? cardLanguageOf(context) : undefined, text, locale: context.activity.locale });
}

/** Every card sent in a turn says which language it was rendered in (unless it says so already). */
function stampOutgoingCards(context: TurnContext): void {
  context.onSendActivities(async (ctx, activities, next) => {
    const lang = turnLanguage(ctx);
    if (lang) for (const a of activities) stampActivity(a, lang);
    return next();
  });
}

function stampActivity(a: Partial<Activity>, lang: Language): void {
  for (const att of a.attachments ?? []) {
    if (att.contentType === "application/vnd.microsoft.card.adaptive" && att.content) stampLanguage(att.content, lang);
  }
  const body = (a.value as { body?: { type?: string; value?: unknown } } | undefined)?.body;
  if (a.type === ActivityTypes.InvokeResponse && body?.type === "application/vnd.microsoft.card.adaptive") stampLanguage(body.value, lang);
}

/**
 * Guards that run before any route: plain text once for every route, tenant allow-list, length limit,
 * personal identity numbers in any text or card value (refused: neither stored nor logged, not even the
 * conversation reference is touched), then the conversation bookkeeping. Returning false ends the turn.
 */
function registerGuards(app: BotApp, services: Services): void {
  app.turn("beforeTurn", async (context) => {
    const a = context.activity;
    // Teams' HTML becomes plain text here, before teams-ai matches routes against activity.text; a
    // button that sends a command (Action.Submit data `{ command }`, e.g. on the help card) is that text.
    if (a.type === ActivityTypes.Message) {
      const command = (a.value as { command?: unknown } | undefined)?.command;
      if (!textOf(context) && typeof command === "string" && command.length <= 200) setText(context, command);
      else if (typeof a.text === "string") a.text = textOf(context);
    }
    const { allowedTenants, maxTextLength } = services.config;
    if (allowedTenants.length > 0 && !allowedTenants.includes(tenantOf(context))) {
      return refuse(context, messages(refusalLanguage(context, textOf(context))).core.notAllowedTenant);
    }
    const text = a.type === ActivityTypes.Message ? textOf(context) : "";
    if (text.length > maxTextLength) {
      const { t } = await languageOf(context, services, text.slice(0, 500));
      return refuse(context, t.core.tooLong(maxTextLength));
    }
    if ((text && containsPersonnummer(text)) || containsPersonnummerDeep(a.value)) {
      return refuse(context, messages(refusalLanguage(context, text.replace(/\d/g, " "))).core.personalData);
    }
    // Ids that cannot be ids (`/ \\ ? #`, control characters, too long) never reach a route or Cosmos.
    const odd = a.type === ActivityTypes.Invoke ? oddIdIn((a.value as { action?: { data?: unknown } } | undefined)?.action?.data) : undefined;
    if (odd) {
      services.logger.info({ key: odd }, "card data refused: not an id");
      const { t } = await languageOf(context, services);
      await sendInvokeReply(context, outOfDate(t));
      return false;
    }
    stampOutgoingCards(context);
    const type = a.type;
    if (type === ActivityTypes.Message || type === ActivityTypes.Invoke || type === ActivityTypes.ConversationUpdate || type === ActivityTypes.InstallationUpdate) {
      const removal =
        (type === ActivityTypes.InstallationUpdate && String(a.action ?? "").startsWith("remove")) ||
        (a.membersRemoved ?? []).some((m) => m.id === a.recipient?.id);
      // The conversation keeps the language last detected in it (for replies to text that gives no sign).
      if (!removal) await rememberConversation(context, services, text ? detectedLanguageOf(context, text) : undefined);
    }
    return true;
  });
}

export function createBot(adapter: TeamsAdapter, services: Services, features: readonly RouteModule[] = []): BotApp {
  const app = new Application<TurnState>({
    adapter,
    botAppId: services.config.bot?.id ?? "",
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  // teams-ai 1.7 ignores `startTypingTimer: false` (run() always starts it) and keeps one timer per
  // Application, shared by concurrent turns; a slow turn then posts "typing" before its reply.
  app.startTypingTimer = () => undefined;
  registerGuards(app, services);
  core.registerLifecycle(app, services);
  core.registerCommands(app, services);
  for (const feature of features) feature(app, services);
  core.registerFallback(app, services);

  app.error(async (context, error) => {
    services.logger.error({ err: error, activityId: context.activity?.id, type: context.activity?.type }, "turn failed");
    const lang = turnLanguage(context) ?? detectLanguage(textOf(context)) ?? chooseLanguage({ locale: context.activity?.locale });
    const text = messages(lang).core.error;
    if (context.activity?.type === ActivityTypes.Message) await context.sendActivity(text).catch(() => undefined);
    // A click gets a polite answer too, not the adapter's 501/500.
    if (context.activity?.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      await sendInvokeReply(context, reply.message(text)).catch(() => undefined);
    }
  });
  return app;
}

import { ActivityTypes, type TurnContext, TurnContext as TC } from "botbuilder";
import { Application, TurnState, type TeamsAdapter } from "@microsoft/teams-ai";
import type { Services } from "../src/services";
import { containsPersonnummer } from "../src/domain/personnummer";
import { messages } from "../src/i18n";
import { chooseLanguage, detectLanguage } from "../src/domain/language";
import { actorOf, conversationKind, languageOf, tenantOf, textOf } from "./turn";
import * as core from "./routes/core";

export type BotApp = Application<TurnState>;

/** A feature's route module: registers its selectors and handlers. Order matters: first match wins. */
export type RouteModule = (app: BotApp, services: Services) => void;

async function rememberConversation(context: TurnContext, services: Services): Promise<void> {
  const a = context.activity;
  if (!a.conversation?.id || !a.serviceUrl) return;
  const kind = conversationKind(context);
  const channelData = (a.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
  // A channel reference points at the channel, never at a reply thread.
  const conversationId = kind === "channel" ? a.conversation.id.split(";messageid=")[0]! : a.conversation.id;
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
  });
}

/**
 * Guards that run before any route: tenant allow-list, conversation bookkeeping, and text that must
 * never be processed (too long, personal identity numbers). Returning false ends the turn.
 */
function registerGuards(app: BotApp, services: Services): void {
  app.turn("beforeTurn", async (context) => {
    const { allowedTenants, maxTextLength } = services.config;
    if (allowedTenants.length > 0 && !allowedTenants.includes(tenantOf(context))) {
      if (context.activity.type === ActivityTypes.Message) {
        const lang = chooseLanguage({ text: context.activity.text, locale: context.activity.locale });
        await context.sendActivity(messages(lang).core.notAllowedTenant);
      }
      return false;
    }
    const text = context.activity.type === ActivityTypes.Message ? textOf(context) : "";
    if (text.length > maxTextLength) {
      const { t } = await languageOf(context, services, text.slice(0, 500));
      await context.sendActivity(t.core.tooLong(maxTextLength));
      return false;
    }
    if (text && containsPersonnummer(text)) {
      // Neither stored nor logged: not even the conversation reference is touched on this turn.
      const lang = chooseLanguage({ text: text.replace(/\d/g, " "), locale: context.activity.locale });
      await context.sendActivity(messages(lang).core.personalData);
      return false;
    }
    const type = context.activity.type;
    if (type === ActivityTypes.Message || type === ActivityTypes.Invoke || type === ActivityTypes.ConversationUpdate || type === ActivityTypes.InstallationUpdate) {
      const removal =
        (type === ActivityTypes.InstallationUpdate && String(context.activity.action ?? "").startsWith("remove")) ||
        (context.activity.membersRemoved ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (!removal) await rememberConversation(context, services);
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
  registerGuards(app, services);
  core.registerLifecycle(app, services);
  core.registerCommands(app, services);
  for (const feature of features) feature(app, services);
  core.registerFallback(app, services);

  app.error(async (context, error) => {
    services.logger.error({ err: error, activityId: context.activity?.id, type: context.activity?.type }, "turn failed");
    if (context.activity?.type === ActivityTypes.Message) {
      const lang = detectLanguage(textOf(context)) ?? chooseLanguage({ locale: context.activity.locale });
      await context.sendActivity(messages(lang).core.error).catch(() => undefined);
    }
  });
  return app;
}

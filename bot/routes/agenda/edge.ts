import { ActivityTypes, type TurnContext } from "botbuilder";
import type { z } from "zod";
import type { Services } from "../../../src/services";
import { LanguageSchema } from "../../../src/domain/language";
import { messages } from "../../../src/i18n";
import type { ReceiptLocation } from "../../../src/agenda/ports";
import { errorText } from "../../../src/i18n/errors";
import type { Refusal } from "../../../src/agenda/schema";
import { escapeText, type AdaptiveCard } from "../../../cards/render";
import { actorOf, conversationKind, languageOf, tenantOf, type TurnLanguage } from "../../turn";

/**
 * The edge of the agenda's routes: the language of a click, card data parsed with its zod schema (data
 * that does not fit is "this card is out of date", never a 5xx), the invoke answer, and refusals in words.
 */

/**
 * The language of a click: the person's stored choice, else the language the card was rendered in (its
 * data's `lang`), else what the turn tells (the Teams locale).
 */
export async function clickLanguage(context: TurnContext, services: Services, data: unknown): Promise<TurnLanguage> {
  const actor = actorOf(context, services);
  const stored = (await services.conversations.userSettings(actor.tenantId, actor.userId))?.language;
  const card = LanguageSchema.safeParse((data as { lang?: unknown } | undefined)?.lang);
  const lang = stored ?? (card.success ? card.data : (await languageOf(context, services, "")).lang);
  return { lang, t: messages(lang) };
}

/**
 * Answers an Action.Execute ourselves. teams-ai switches a card that carries `refresh` to "replace for
 * all" (updateActivity on replyToId) and keeps that for the verb; the receipt only wants the clicker's
 * card replaced, so every agenda click is answered here and teams-ai leaves it alone.
 */
export async function answer(context: TurnContext, body: AdaptiveCard | string): Promise<string> {
  const value =
    typeof body === "string"
      ? { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: body }
      : { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: body };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: value } });
  return "";
}

/** Card data through its schema; undefined when it does not fit (an old or tampered card). */
export function cardData<S extends z.ZodTypeAny>(schema: S, data: unknown): z.infer<S> | undefined {
  const parsed = schema.safeParse(data ?? {});
  return parsed.success ? parsed.data : undefined;
}

/** A refusal in the user's language (names escaped for Teams markdown). */
export const refusal = (lang: TurnLanguage["lang"], r: Refusal): string => errorText(lang, "agenda", r, escapeText);

/** Where the card that was clicked is: the submit's answer replaces it, so it becomes the receipt. */
export function receiptLocation(context: TurnContext): ReceiptLocation | undefined {
  const a = context.activity;
  if (!a.replyToId || !a.conversation?.id) return undefined;
  return { tenantId: tenantOf(context), conversationId: a.conversation.id, kind: conversationKind(context), activityId: a.replyToId };
}

import type { TurnContext } from "botbuilder";
import type { ReceiptLocation } from "../../../src/agenda/ports";
import { errorText } from "../../../src/i18n/errors";
import type { Refusal } from "../../../src/agenda/schema";
import { escapeText } from "../../../cards/render";
import { conversationKind, tenantOf, type TurnLanguage } from "../../turn";

/**
 * What the agenda's routes share at the edge (card data, the language and the invoke answer are
 * bot/card-data.ts's and bot/invoke-response.ts's): refusals in words, and where a clicked card is.
 */

/** A refusal in the user's language (names escaped for Teams markdown). */
export const refusal = (lang: TurnLanguage["lang"], r: Refusal): string => errorText(lang, "agenda", r, escapeText);

/** Where the card that was clicked is: the submit's answer replaces it, so it becomes the receipt. */
export function receiptLocation(context: TurnContext): ReceiptLocation | undefined {
  const a = context.activity;
  if (!a.replyToId || !a.conversation?.id) return undefined;
  return { tenantId: tenantOf(context), conversationId: a.conversation.id, kind: conversationKind(context), activityId: a.replyToId };
}

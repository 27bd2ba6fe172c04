import { ActivityTypes, type TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../cards/render";

/**
 * What an Action.Execute (or any invoke) is answered with. Universal Actions: the HTTP status is 200 and
 * the body says what the client shows — the card replacing the clicked one (for the clicker only), a
 * short message, or an error.
 */
export type InvokeReply =
  | { readonly kind: "card"; readonly card: AdaptiveCard }
  | { readonly kind: "message"; readonly text: string }
  | { readonly kind: "error"; readonly statusCode: 400 | 401 | 403 | 404 | 412 | 500; readonly code: string; readonly text: string };

export const reply = {
  card: (card: AdaptiveCard): InvokeReply => ({ kind: "card", card }),
  message: (text: string): InvokeReply => ({ kind: "message", text }),
  error: (statusCode: 400 | 401 | 403 | 404 | 412 | 500, code: string, text: string): InvokeReply => ({ kind: "error", statusCode, code, text }),
} as const;

const CARD = "application/vnd.microsoft.card.adaptive";
const MESSAGE = "application/vnd.microsoft.activity.message";
const ERROR = "application/vnd.microsoft.error";

function bodyOf(r: InvokeReply) {
  switch (r.kind) {
    case "card":
      return { statusCode: 200, type: CARD, value: r.card };
    case "message":
      return { statusCode: 200, type: MESSAGE, value: r.text };
    case "error":
      return { statusCode: r.statusCode, type: ERROR, value: { code: r.code, message: r.text } };
  }
}

/**
 * Sends the invoke response ourselves and returns "" (what an `actionExecute` handler returns then:
 * teams-ai sees the response is set and adds nothing). teams-ai would otherwise switch a card that
 * carries `refresh` to "replace for all" (an awaited update of the message for everyone, showing one
 * person's view) and keep that for the verb; here the clicker's card alone is replaced, always.
 */
export async function sendInvokeReply(context: TurnContext, r: InvokeReply): Promise<""> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: bodyOf(r) } });
  return "";
}

/** Shorthand: a card (object) or a message (string) as the invoke response. */
export const answerInvoke = (context: TurnContext, value: AdaptiveCard | string): Promise<""> =>
  sendInvokeReply(context, typeof value === "string" ? reply.message(value) : reply.card(value));

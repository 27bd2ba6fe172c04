import type { TurnContext } from "botbuilder";
import { z } from "zod";
import type { Services } from "../src/services";
import type { Messages } from "../src/i18n";
import type { Language } from "../src/domain/language";
import { LanguageSchema } from "../src/domain/language";
import { IdSchema } from "../src/domain/ids";
import type { Verb } from "../cards/verbs";
import type { BotApp } from "./app";
import { reply, sendInvokeReply, type InvokeReply } from "./invoke-response";
import { actorOf, languageOf, type Actor } from "./turn";

/**
 * Card data is never trusted: every Action.Execute handler parses `action.data` with a zod schema here,
 * at the edge (ids with `IdSchema` from src/domain/ids.ts), and data that does not fit is answered with
 * "this card is out of date" in the person's language — never a 5xx, a stack or a Cosmos error. The
 * actor always comes from the activity.
 */

/** Every card action's data may carry the language the card was rendered in (bot/turn.ts reads it). */
export const CardDataBase = z.object({ lang: LanguageSchema.optional() });

export type CardDataResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: readonly string[] };

/** Parses card data; what was wrong is listed by path only (values may be personal and are never logged). */
export function parseCardData<S extends z.ZodTypeAny>(schema: S, data: unknown): CardDataResult<z.output<S>> {
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => i.path.join(".") || "(data)") };
}

const ID_KEY = /(^id$|Id$)/;

/**
 * A value under an id-named key (`groupId`, `minutesId`, `id`, …) that cannot be an id: Cosmos would
 * refuse it with an SDK error deep in a use case. Checked for every click before any route runs, so a
 * verb whose schema forgot `IdSchema` still answers "out of date". Returns the key path, or undefined.
 */
export function oddIdIn(data: unknown, path = "", depth = 0): string | undefined {
  if (depth > 8 || !data || typeof data !== "object") return undefined;
  for (const [k, v] of Object.entries(data)) {
    const here = path ? `${path}.${k}` : k;
    if (typeof v === "string" && ID_KEY.test(k) && v !== "" && !IdSchema.safeParse(v).success) return here;
    if (v && typeof v === "object") {
      const found = oddIdIn(v, here, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The polite answer to card data that does not fit (an old card, a changed card, a forged click). */
export const outOfDate = (t: Messages): InvokeReply => reply.message(t.core.cardOutOfDate);

export interface CardTurn {
  readonly context: TurnContext;
  readonly lang: Language;
  readonly t: Messages;
  readonly actor: Actor;
}

export type CardHandler<S extends z.ZodTypeAny> = (data: z.output<S>, turn: CardTurn) => Promise<InvokeReply>;

/**
 * Registers an Action.Execute verb: the reply language (card `lang` first), the data parsed with
 * `schema`, the handler called only with data that fits, and its reply sent as the invoke response.
 */
export function onCardAction<S extends z.ZodTypeAny>(app: BotApp, services: Services, verb: Verb, schema: S, handler: CardHandler<S>): void {
  app.adaptiveCards.actionExecute(verb, async (context) => {
    const { lang, t } = await languageOf(context, services);
    const parsed = parseCardData(schema, (context.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data);
    if (!parsed.ok) {
      services.logger.info({ verb, issues: parsed.issues }, "card data refused");
      return sendInvokeReply(context, outOfDate(t));
    }
    return sendInvokeReply(context, await handler(parsed.data, { context, lang, t, actor: actorOf(context, services) }));
  });
}

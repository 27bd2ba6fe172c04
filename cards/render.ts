import * as ACData from "adaptivecards-templating";
import type { z } from "zod";

export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly [key: string]: unknown;
}

/** Teams refuses cards over 28 KB; views must summarise long content instead. */
export const MAX_CARD_BYTES = 28 * 1024;

/**
 * Adaptive Card templating evaluates `${…}` expressions inside data values too; user text is escaped
 * so that it can never become an expression or Markdown that changes the card.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\$\{/g, "$\u200b{")
    .replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"))
    .replace(/([\\`*_[\]#|])/g, "\\$1");
}

/**
 * Input values are shown as typed (no Markdown), so only template expressions are neutralised: a
 * zero-width space after "$" (removed again by `unescapeInput` when the form comes back).
 */
export const escapeInput = (s: string) => s.replace(/\$\{/g, "$\u200b{");
export const unescapeInput = (s: string) => s.replace(/\$\u200b\{/g, "${");

/** Shortens display text to `n` characters, ending with "…". */
export const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderTemplate<S extends z.ZodTypeAny>(template: object, schema: S, data: z.input<S>): AdaptiveCard {
  const parsed = schema.parse(data);
  const card = new ACData.Template(template).expand({ $root: parsed }) as AdaptiveCard;
  const size = Buffer.byteLength(JSON.stringify(card), "utf8");
  if (size > MAX_CARD_BYTES) throw new Error(`card is ${size} bytes, over Teams' ${MAX_CARD_BYTES}`);
  return card;
}

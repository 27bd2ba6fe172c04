import * as ACData from "adaptivecards-templating";
import type { z } from "zod";

export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly [key: string]: unknown;
}

/** Teams refuses cards over 28 KB; views must summarise long content instead. */
export const MAX_CARD_BYTES = 28 * 1024;

/** The languages a card can be rendered in (as in src/domain/language.ts; cards stay free of src types here). */
export type CardLanguage = "sv" | "en";

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

/**
 * Templates compiled once per card type: `new Template()` parses every `${…}` expression of the
 * template (adaptive-expressions), which cost about a fifth of a routing turn's CPU when done per
 * render. `expand` is synchronous and keeps no state between calls, so one instance serves all renders.
 */
const compiled = new WeakMap<object, ACData.Template>();
function compile(template: object): ACData.Template {
  let t = compiled.get(template);
  if (!t) {
    t = new ACData.Template(template);
    compiled.set(template, t);
  }
  return t;
}

const ACTIONS_WITH_DATA = new Set(["Action.Execute", "Action.Submit"]);

/**
 * Every action that sends data gets `lang`, the language the card was rendered in, so a click is
 * answered in the card's language (not the client's locale). Actions that already say (a card that set
 * its own `lang`) are left as they are. Changes the card in place and returns it.
 */
export function stampLanguage<T>(card: T, lang: CardLanguage): T {
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64 || !node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.type === "string" && ACTIONS_WITH_DATA.has(o.type)) {
      const data = o.data;
      if (data === undefined || data === null) o.data = { lang };
      else if (typeof data === "object" && !Array.isArray(data) && !("lang" in data)) o.data = { ...data, lang };
    }
    for (const v of Object.values(o)) if (v && typeof v === "object") visit(v, depth + 1);
  };
  visit(card, 0);
  return card;
}

/**
 * Validates the data with the card's schema and expands the template (compiled once). With `lang`, every
 * action's data carries the language (see `stampLanguage`).
 */
export function renderTemplate<S extends z.ZodTypeAny>(template: object, schema: S, data: z.input<S>, lang?: CardLanguage): AdaptiveCard {
  const parsed = schema.parse(data);
  const card = compile(template).expand({ $root: parsed }) as AdaptiveCard;
  if (lang) stampLanguage(card, lang);
  const size = Buffer.byteLength(JSON.stringify(card), "utf8");
  if (size > MAX_CARD_BYTES) throw new Error(`card is ${size} bytes, over Teams' ${MAX_CARD_BYTES}`);
  return card;
}

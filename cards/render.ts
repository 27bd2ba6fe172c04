import * as ACData from "adaptivecards-templating";
import type { z } from "zod";
import { isDeepStrictEqual } from "node:util";
import { compileFill, NOT_MINE } from "./template-fill";
import { quickCheckOf } from "./quick-check";

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
 * The library is built only for a card type whose render it is asked for (see `fills` below).
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

/**
 * Each template's fill (cards/template-fill.ts): the same card as the library's expand, without its
 * expression engine. Used for a card type whose schema gives plain data (see `plainData`); a template or
 * data the fill does not answer for is expanded by the library.
 */
const fills = new WeakMap<object, ((root: unknown) => unknown) | null>();
const plainSchemas = new WeakMap<z.ZodTypeAny, boolean>();

/**
 * Whether what a schema parses to is plain data: objects with only their declared keys, no two of
 * which differ only by letter case (the library finds properties ignoring case, the fill by exact name),
 * and nothing a transform could make. Decided once per card type's schema.
 */
export function plainData(schema: z.ZodTypeAny): boolean {
  let known = plainSchemas.get(schema);
  if (known === undefined) {
    known = isPlain(schema, 0);
    plainSchemas.set(schema, known);
  }
  return known;
}

function isPlain(schema: z.ZodTypeAny, depth: number): boolean {
  const def = schema._def as { typeName?: string; [k: string]: unknown };
  if (depth > 32) return false;
  switch (def.typeName) {
    case "ZodString": case "ZodNumber": case "ZodBoolean": case "ZodEnum": case "ZodLiteral": case "ZodNull":
      return true;
    case "ZodOptional": case "ZodNullable": case "ZodDefault":
      return isPlain(def.innerType as z.ZodTypeAny, depth + 1);
    case "ZodArray":
      return isPlain(def.type as z.ZodTypeAny, depth + 1);
    case "ZodUnion":
      return (def.options as z.ZodTypeAny[]).every((o) => isPlain(o, depth + 1));
    case "ZodEffects":
      return (def.effect as { type?: string }).type === "refinement" && isPlain(def.schema as z.ZodTypeAny, depth + 1);
    case "ZodObject": {
      if (def.unknownKeys === "passthrough" || (def.catchall as z.ZodTypeAny)._def.typeName !== "ZodNever") return false;
      const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
      const keys = Object.keys(shape);
      return new Set(keys.map((k) => k.toLowerCase())).size === keys.length && keys.every((k) => isPlain(shape[k]!, depth + 1));
    }
    default:
      return false;
  }
}

/**
 * The data checked and the template expanded. Where the fill answers, data that the schema's quick check
 * (cards/quick-check.ts) is sure of is filled as it is; anything else is parsed by zod first, as always
 * (its error thrown for data it refuses). The library gets zod's copy.
 */
function expand(template: object, schema: z.ZodTypeAny, data: unknown): unknown {
  let fill = fills.get(template);
  if (fill === undefined) {
    fill = compileFill(template) ?? null;
    fills.set(template, fill);
  }
  let parsed: unknown;
  if (fill && plainData(schema)) {
    const sure = quickCheckOf(schema)?.(data) === true;
    if (crossCheck && sure) compareWithZod(schema, data);
    parsed = sure ? data : schema.parse(data);
    try {
      const card = fill(parsed);
      if (crossCheck) compareWithLibrary(template, parsed, card);
      return card;
    } catch (e) {
      if (e !== NOT_MINE) throw e;
    }
  }
  return compile(template).expand({ $root: parsed === data || parsed === undefined ? schema.parse(data) : parsed });
}

/** Tests: the quick check is sure only of data zod accepts and returns unchanged. */
function compareWithZod(schema: z.ZodTypeAny, data: unknown): void {
  const parsed = schema.safeParse(data);
  if (!parsed.success || !isDeepStrictEqual(parsed.data, data)) throw new Error(`quick check accepted data zod ${parsed.success ? "changes" : "refuses"}: ${JSON.stringify(data)}`);
}

let crossCheck = false;
/** Tests render every card both ways and fail on any difference (tests/support/jest-setup.ts). */
export function crossCheckTemplates(on: boolean): void {
  crossCheck = on;
}

function compareWithLibrary(template: object, data: unknown, card: unknown): void {
  const fromLibrary = JSON.stringify(compile(template).expand({ $root: data }));
  if (JSON.stringify(card) !== fromLibrary) throw new Error(`template fill differs from adaptivecards-templating:\n${JSON.stringify(card)}\n${fromLibrary}`);
}

const ACTIONS_WITH_DATA = new Set(["Action.Execute", "Action.Submit"]);

/**
 * Every action that sends data gets `lang`, the language the card was rendered in, so a click is
 * answered in the card's language (not the client's locale). Actions that already say (a card that set
 * its own `lang`) are left as they are. Changes the card in place and returns it.
 */
export function stampLanguage<T>(card: T, lang: CardLanguage): T {
  // a card whose template gives every such action its language has nothing to stamp (see `renderTemplate`)
  if (typeof card === "object" && card !== null && selfStamped.has(card)) return card;
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
 * Validates the data with the card's schema (see `expand`) and expands the template (compiled once). With `lang`, every
 * action's data carries the language (see `stampLanguage`).
 */
export function renderTemplate<S extends z.ZodTypeAny>(template: object, schema: S, data: z.input<S>, lang?: CardLanguage): AdaptiveCard {
  const card = expand(template, schema, data) as AdaptiveCard;
  if (templateStampsItself(template)) selfStamped.add(card);
  else if (lang) stampLanguage(card, lang);
  // the exact size only when a cheap bound does not settle it: most cards are a fraction of the limit, and
  // serialising each one here (the connector serialises it again to send it) was a tenth of a routing card's render
  if (jsonBytesAtMost(card, 0) > MAX_CARD_BYTES) {
    const size = Buffer.byteLength(JSON.stringify(card), "utf8");
    if (size > MAX_CARD_BYTES) throw new Error(`card is ${size} bytes, over Teams' ${MAX_CARD_BYTES}`);
  }
  return card;
}

/**
 * An upper bound of a value's size as JSON in UTF-8: a string's every UTF-16 unit at most 6 bytes (`\uXXXX`; UTF-8
 * needs at most 3), every number at most 24 characters, every key as a string plus its colon and comma. Anything it is
 * not sure of (a `toJSON`, a cycle or a deep value) is unbounded, so the caller measures exactly.
 */
function jsonBytesAtMost(v: unknown, depth: number): number {
  if (typeof v === "string") return v.length * 6 + 2;
  if (v === null || typeof v !== "object") return 24;
  if (depth > 64 || typeof (v as { toJSON?: unknown }).toJSON === "function") return Infinity;
  let n = 2;
  if (Array.isArray(v)) {
    for (const x of v) n += jsonBytesAtMost(x, depth + 1) + 1;
    return n;
  }
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined && typeof x !== "function") n += k.length * 6 + 4 + jsonBytesAtMost(x, depth + 1);
  }
  return n;
}

/**
 * Cards rendered from a template whose every action that sends data already says its language (`"lang": …` in its
 * data, as the routing card's do): stamping them walks the whole card to change nothing, on every turn that sends one.
 * A renderer that changes a card after rendering builds a new object (agenda-submit, minutes-approval), which is stamped.
 */
const selfStamped = new WeakSet<object>();
const stampsItself = new WeakMap<object, boolean>();

function templateStampsItself(template: object): boolean {
  let yes = stampsItself.get(template);
  if (yes === undefined) stampsItself.set(template, (yes = everyActionSaysLanguage(template, 0)));
  return yes;
}

function everyActionSaysLanguage(node: unknown, depth: number): boolean {
  if (depth > 64) return false;
  if (!node || typeof node !== "object") return true;
  if (Array.isArray(node)) return node.every((n) => everyActionSaysLanguage(n, depth + 1));
  const o = node as Record<string, unknown>;
  // a type given by an expression could turn out to be an action
  if (typeof o.type === "string" && o.type.includes("${")) return false;
  if (typeof o.type === "string" && ACTIONS_WITH_DATA.has(o.type)) {
    const data = o.data;
    if (!data || typeof data !== "object" || Array.isArray(data) || !("lang" in data)) return false;
  }
  return Object.values(o).every((v) => everyActionSaysLanguage(v, depth + 1));
}

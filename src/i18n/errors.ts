import type { Language } from "../domain/language";
import { messages, type Messages } from "./index";

/**
 * One error-code → text table per language, used by the bot and the CLI alike.
 *
 * Each feature keeps its codes' texts beside its other strings, as an `errors` record in
 * src/i18n/{sv,en}/<feature>.ts, declared with `satisfies ErrorTable<TheFeatureRefusal>`: the record's keys
 * are then exactly the feature's code union, so a new code without a text (or a text for a code that no
 * longer exists) fails `tsc`, and the English table is typed against the Swedish one. Codes repeat across
 * features with different meanings (NOT_ALLOWED in triage is not NOT_ALLOWED for the digest), so a text is
 * found by feature and code: `errorText(lang, "digest", r)`.
 */

/** Makes a user-supplied part (a name, a title) safe for the medium: Teams markdown in the bot, nothing in the CLI. */
export type Escape = (s: string) => string;

/** The refusal `R` narrowed to one code (works for discriminated unions and for one object with a code union). */
type WithCode<R, C> = R extends { readonly code: infer K } ? (C extends K ? R & { readonly code: C } : never) : never;

/** A text for one code: fixed, or built from the refusal's details (escape every user-supplied part). */
export type ErrorText<R> = string | ((r: R, escape: Escape) => string);

/** A feature's codes → texts. Declare it with `satisfies ErrorTable<Refusal>` so the keys are checked both ways. */
export type ErrorTable<R extends { readonly code: string }> = { readonly [C in R["code"]]: ErrorText<WithCode<R, C>> };

/** The features that have an `errors` table (the first argument of errorText). */
export type ErrorScope = { [K in keyof Messages]: Messages[K] extends { readonly errors: object } ? K : never }[keyof Messages];

type TableOf<S extends ErrorScope> = Messages[S] extends { readonly errors: infer E } ? E : never;
/** The codes of one feature's table. */
export type ErrorCode<S extends ErrorScope> = keyof TableOf<S> & string;

const asIs: Escape = (s) => s;

/**
 * The text for a refusal in the user's language. `r` is the use case's refusal value (its code plus the
 * details the text may show); `escape` is applied by the texts to names and other user-supplied parts.
 */
export function errorText<S extends ErrorScope>(lang: Language, scope: S, r: { readonly code: ErrorCode<S> }, escape: Escape = asIs): string {
  const table = (messages(lang)[scope] as { readonly errors: Record<string, ErrorText<unknown>> }).errors;
  const text = table[r.code];
  // Unreachable for typed callers; a code from untyped data still gets a sentence rather than a crash.
  if (text === undefined) return r.code;
  return typeof text === "string" ? text : text(r, escape);
}

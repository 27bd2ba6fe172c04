import type { Messages } from "../i18n";
import type { Refusal } from "./result";

/**
 * A refusal in words: the agenda's `errors` table (src/i18n/{sv,en}/agenda.ts), one lookup for the bot
 * (escape: Teams markdown) and the CLI (as is).
 */
export function refusalText(t: Messages, r: Refusal, escape: (s: string) => string = (s) => s): string {
  const text = t.agenda.errors[r.code];
  if (text === undefined) return r.code;
  return typeof text === "string" ? text : text(r, escape);
}

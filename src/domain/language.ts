import { z } from "zod";

export const LanguageSchema = z.enum(["sv", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

const SV_WORDS = new Set(
  "och att det som en är på för med har inte till av om den vi jag vem vilken vilka vart hur vad kan ska grupp gruppen äger frågan fråga hjälp språk visa grupper anmäl ärende dagordning svenska engelska var när mötet möte tack hej".split(" "),
);
const EN_WORDS = new Set(
  "the and is are to of for with who which what where how does do can should group owns own question help language show groups submit item agenda english swedish please when meeting thanks hello hi my me i whoami".split(" "),
);

/** The language a message is written in, or undefined when it gives no clear sign (e.g. "ok", a name). */
export function detectLanguage(text: string): Language | undefined {
  const lower = text.toLowerCase();
  const words = lower.match(/[a-zåäöéü]+/g) ?? [];
  let sv = /[åäö]/.test(lower) ? 2 : 0;
  let en = 0;
  for (const w of words) {
    if (SV_WORDS.has(w)) sv++;
    if (EN_WORDS.has(w)) en++;
  }
  if (sv === 0 && en === 0) return undefined;
  if (sv === en) return undefined;
  return sv > en ? "sv" : "en";
}

export function languageFromLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const l = locale.toLowerCase();
  if (l.startsWith("sv")) return "sv";
  if (l.startsWith("en")) return "en";
  return undefined;
}

/** The user's stored choice, then the message's language, then the Teams locale, then Swedish. */
export function chooseLanguage(input: { stored?: Language; text?: string; locale?: string }): Language {
  return input.stored ?? (input.text ? detectLanguage(input.text) : undefined) ?? languageFromLocale(input.locale) ?? "sv";
}

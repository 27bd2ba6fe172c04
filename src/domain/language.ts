import { z } from "zod";

export const LanguageSchema = z.enum(["sv", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

const SV_LIST =
  "och att det som en är på för med har inte till av om den vi jag vem vilken vilka vart hur vad kan ska grupp gruppen äger frågan fråga hjälp språk visa grupper anmäl ärende dagordning svenska engelska var när mötet möte tack tackar hej hejsan hallå tjena morgon kväll eftermiddag protokoll möten nytt sätt koppla kanalen veckobrev bered i tar hand ansvarar hanterar beslutar bestämmer utser ansvar nya inom mellan hos eller också sin sitt sina alla måste vill detta denna dessa från efter inför vår våra vårt".split(" ");
const EN_LIST =
  "the and is are to of for with who which what where how does do can should group owns own question help language show groups submit item agenda english swedish please when meeting thanks thank you hello hi hey morning evening afternoon my me i whoami minutes meetings new set link this channel digest triage".split(" ");
// People often type Swedish without å/ä/ö ("vem ager fragan", "for", "pa"): the folded words are Swedish too.
// A word both languages write ("i", "for" typed without ö, "hand") is a sign of neither.
const fold = (w: string) => w.replace(/[åä]/g, "a").replace(/ö/g, "o");
const SV_ALL = new Set(SV_LIST.flatMap((w) => [w, fold(w)]));
const EN_ALL = new Set(EN_LIST);
const SV_WORDS = new Set([...SV_ALL].filter((w) => !EN_ALL.has(w)));
const EN_WORDS = new Set([...EN_ALL].filter((w) => !SV_ALL.has(w)));

/** The language a message is written in, or undefined when it gives no clear sign (e.g. "ok", a name). */
export function detectLanguage(text: string): Language | undefined {
  // A message's first line is what the person wrote (a command, a question); what follows may be a pasted
  // document in the document's own language ("minutes …" followed by Swedish minutes), no sign of theirs.
  return tally(text.trimStart().split("\n", 1)[0] ?? "");
}

function tally(text: string): Language | undefined {
  const lower = text.toLowerCase();
  const words = lower.match(/[a-zåäöéü]+/g) ?? [];
  // Å, ä, ö lean Swedish, but only as much as one word: group names carry them in English text too.
  let sv = /[åäö]/.test(lower) ? 1 : 0;
  let en = 0;
  // The first word weighs double: a command ("minutes", "protokoll") or the question word says which language the
  // person writes in, whatever the group names after it are spelt with.
  words.forEach((w, i) => {
    const weight = i === 0 ? 2 : 1;
    if (SV_WORDS.has(w)) sv += weight;
    if (EN_WORDS.has(w)) en += weight;
  });
  if (sv === 0 && en === 0) return undefined;
  if (sv === en) return undefined;
  return sv > en ? "sv" : "en";
}

export function languageFromLocale(locale: unknown): Language | undefined {
  if (typeof locale !== "string" || !locale) return undefined;
  const l = locale.toLowerCase();
  if (l.startsWith("sv")) return "sv";
  if (l.startsWith("en")) return "en";
  return undefined;
}

export interface LanguageSignals {
  /** The person's stored choice ("språk engelska"). */
  readonly stored?: Language;
  /** A click: the language the card was rendered in (its action data's `lang`). */
  readonly card?: Language;
  /** A message: its text (detected). */
  readonly text?: string;
  /** The language last detected in this conversation. */
  readonly conversation?: Language;
  /** The Teams client's locale. */
  readonly locale?: string;
}

/**
 * The reply language: the stored choice, else the card's language (clicks) or the message's detected
 * language, else the conversation's last detected language, else the locale, else Swedish.
 */
export function chooseLanguage(input: LanguageSignals): Language {
  return (
    input.stored ??
    input.card ??
    (input.text ? detectLanguage(input.text) : undefined) ??
    input.conversation ??
    languageFromLocale(input.locale) ??
    "sv"
  );
}

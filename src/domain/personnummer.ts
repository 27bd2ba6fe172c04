import { decodeEntities } from "./html-text";

/**
 * Finds Swedish personal identity numbers (personnummer and samordningsnummer): a date (day + 60 for
 * samordningsnummer), a birth number and a Luhn check digit. Such text is refused, never stored or
 * logged. This is the one guard for every text that enters the system: messages, card inputs and action
 * data (bot/app.ts), CLI arguments (bot/cli/main.ts) and ingested documents (the catalog ingest).
 */
// A number stands as a word of its own: digits glued to letters are part of an id (Teams ids, hex), not
// something a person typed as a personnummer.
const CANDIDATE = /(?<![\p{L}\p{N}])(\d{2})?(\d{2})(\d{2})(\d{2}) {0,3}([-+]?) {0,3}(\d{3})(\d)(?![\p{L}\p{N}])/gu;
/** The system's own ids (meetings, drafts, forms) are UUIDs; ten decimal digits inside one are chance. */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * The same text with every Unicode dash (`\p{Pd}`: en dash, non-breaking hyphen, …) and the minus sign as
 * "-", every space (`\p{Zs}`: no-break, thin, …) and tab as " ", invisible format characters (soft
 * hyphen, zero-width space/joiner, word joiner, BOM) removed, and full-width digits as ASCII (NFKC).
 */
export function normaliseForCheck(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\p{Pd}\u2212\ufe63\uff0d]/gu, "-")
    .replace(/[\p{Zs}\t]/gu, " ");
}

function luhnOk(nineDigits: string, check: number): boolean {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === check;
}

function validDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century ? Number(century + yy) : 2000 + Number(yy);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Without a century 29 February is accepted if either century makes it valid.
  const leapFallback = !century && month === 2 && day === 29;
  return day <= days || leapFallback;
}

/** Where the first personal identity number in `text` starts (in the normalised text), or -1. */
export function findPersonnummer(text: string): number {
  if (!/[\d\uff10-\uff19]/.test(text)) return -1;
  // Entities too ("&#8211;" for a dash): card inputs are not HTML-decoded, but could be shown as HTML.
  const plain = normaliseForCheck(text.includes("&") ? decodeEntities(text) : text).replace(UUID, (u) => " ".repeat(u.length));
  for (const m of plain.matchAll(CANDIDATE)) {
    const [, century, yy, mm, dd, , birth, check] = m;
    if (century && century !== "19" && century !== "20" && century !== "18") continue;
    if (!validDate(century, yy!, mm!, dd!)) continue;
    if (luhnOk(`${yy}${mm}${dd}${birth}`, Number(check))) return m.index ?? 0;
  }
  return -1;
}

export const containsPersonnummer = (text: string): boolean => findPersonnummer(text) >= 0;

/**
 * Whether any string inside a value (card inputs, action data, parsed JSON: objects and arrays at any
 * depth, keys included) holds a personal identity number. Bounded, so hostile nesting costs little; a
 * value too large to check is treated as holding one (no real card sends 50,000 values).
 */
export function containsPersonnummerDeep(value: unknown, budget = { nodes: 50_000 }): boolean {
  if (--budget.nodes < 0) return true;
  if (typeof value === "string") return containsPersonnummer(value);
  if (typeof value === "number") return Number.isFinite(value) && containsPersonnummer(String(value));
  if (Array.isArray(value)) return value.some((v) => containsPersonnummerDeep(v, budget));
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (containsPersonnummer(k) || containsPersonnummerDeep(v, budget)) return true;
    }
  }
  return false;
}

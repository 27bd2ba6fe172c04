import { containsPersonnummer } from "../domain/personnummer";

/** Text helpers for the catalog: normalisation for matching, slugs, personal-data scrubbing. */

/** Lower case, no diacritics, single spaces: for forgiving comparisons. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function slug(s: string): string {
  return fold(s).replace(/ /g, "-").slice(0, 120) || "x";
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const MAILTO = /\[([^\]]*)\]\(mailto:[^)]*\)/g;
/** Swedish phone numbers: 010-441 00 00, 08-123 456 78, +46 10 441 00 00, 0701234567. */
const PHONE = /(?<![\d-])(?:\+46[\s-]?|\b0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}\b/g;

export interface Scrubbed {
  readonly text: string;
  readonly removed: number;
  /** Of `removed`, how many were personal identity numbers (personnummer, samordningsnummer). */
  readonly personnummer: number;
}

/** Diarienummer (RS 2019-03137-40, SSN 2023-00470) look like phone numbers; they are protected first. */
const DIARIENUMMER = /\b[A-ZÅÄÖ]{1,5}\s?\d{4}\s?[-–]\s?\d{3,5}(?:-\d{1,4})?\b/g;

/** Markers left where stored source text had an e-mail address, phone number or personnummer. */
export const EMAIL_MARK = "[e-post]";
export const PHONE_MARK = "[telefon]";
export const PERSONNUMMER_MARK = "[personnummer]";
const MARKS = /\[(e-post|telefon|personnummer)\]/g;

/**
 * Runs of digits, spaces, dashes and plus signs: where a personnummer could stand. Every Unicode dash and
 * space (as the guard reads them): a number written with a non-breaking hyphen must be replaced where it
 * stands, not by the fallback below that blanks every digit of the text (dates included).
 */
const DIGIT_RUN = /\d[\d\p{Zs}\t+\p{Pd}\u2212\u00ad\u200b]{8,}\d/gu;

/**
 * Personal identity numbers are found by the one guard the whole product uses (src/domain/personnummer);
 * this only narrows a digit run that holds one down to the fewest adjacent words that still do.
 */
function replacePersonnummer(text: string, mark: string): { text: string; removed: number } {
  if (!containsPersonnummer(text)) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(DIGIT_RUN, (run) => {
    if (!containsPersonnummer(run)) return run;
    const words = run.split(/(\s+)/);
    for (let span = 1; span <= 5; span += 2)
      for (let i = 0; i + span <= words.length; i += 2) {
        const part = words.slice(i, i + span).join("");
        if (!containsPersonnummer(part)) continue;
        removed++;
        return [...words.slice(0, i), mark, ...words.slice(i + span)].join("");
      }
    removed++;
    return mark;
  });
  // a number the runs did not catch (split by other characters): the guard still sees it, so the line goes
  if (containsPersonnummer(out)) return { text: out.replace(/\d/g, "#"), removed: removed + 1 };
  return { text: out, removed };
}

function replacePersonalData(text: string, email: string, phone: string, pnr: string): Scrubbed {
  const p = replacePersonnummer(text, pnr);
  text = p.text;
  let removed = p.removed;
  const kept: string[] = [];
  const protectedText = text.replace(DIARIENUMMER, (m) => {
    kept.push(m);
    return `\u0001${kept.length - 1}\u0001`;
  });
  const out = protectedText
    .replace(MAILTO, () => {
      removed++;
      return email;
    })
    .replace(EMAIL, () => {
      removed++;
      return email;
    })
    .replace(PHONE, (m) => {
      // dates (2019-03-22) and diarienummer (RS 2019-03137) are not phone numbers
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(m.trim()) || /^\d{4}-\d{5}$/.test(m.trim())) return m;
      removed++;
      return phone;
    });
  return { text: out.replace(/\u0001(\d+)\u0001/g, (_, i: string) => kept[Number(i)] ?? ""), removed, personnummer: p.removed };
}

/** Removes e-mail addresses, phone numbers and personnummer (and the storage markers); they are never facts. */
export function scrubPersonalData(text: string): Scrubbed {
  const r = replacePersonalData(text, "", "", "");
  let removed = r.removed;
  let personnummer = r.personnummer;
  const out = r.text.replace(MARKS, (m) => {
    removed++;
    if (m === PERSONNUMMER_MARK) personnummer++;
    return "";
  });
  return { text: out.replace(/[ \t]+,/g, ",").replace(/,\s*,/g, ","), removed, personnummer };
}

/**
 * The form in which source text is stored: e-mail addresses, phone numbers and personnummer replaced by markers, so
 * line numbers and the "personal data left out" notes survive a rebuild from storage.
 */
export function redactPersonalData(text: string): string {
  return replacePersonalData(text, EMAIL_MARK, PHONE_MARK, PERSONNUMMER_MARK).text;
}

export const PLACEHOLDER = /\b(x{3,}|X{3,})\b/;

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
};
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

const NUMBER_WORDS: Record<string, number> = { ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 };
export function numberWord(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return NUMBER_WORDS[s.toLowerCase()];
}

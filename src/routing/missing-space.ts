/**
 * A space left out between an inflected adjective and its noun, as people type in a hurry ("regionalaprocessteamen",
 * "nationellariktlinjer", "medicinskaresultat"). Swedish never puts an adjective's inflected -a form first in a
 * compound: a compound takes the adjective's stem ("regionalpolitik", "nationalpark"), so a word that opens with a
 * real -a form of an adjective of a common derivational ending (-ell, -al, -(i)sk, -ig, -lig, -sam, -iv, -är, -ös) and
 * goes on with a real word is two words written together. The question is read with the space put back, so the
 * words are met one by one as they would be if typed apart (relation cues, phrases, group names).
 */
import { swedishDictionary } from "./dictionary";
import { foldWord } from "./normalize";

/** The -a form of adjectives in -ell, -al, -isk, -ig (-lig), -sam, -iv, -är, -ös (folded: -är is -ar, -ös is -os). */
const ADJECTIVE_A = /(?:ella|ala|ska|iga|samma|iva|ara|osa)$/;
/** The adjective form at least this long (a real word of its own, not a syllable: "ala", "iga"). */
const MIN_FIRST = 6;
/** What follows at least this long (a noun of its own, not an ending: "regionalare"). */
const MIN_REST = 4;

/**
 * A letter typed three times in a row ("hitttar", "sammma") is typed twice: Swedish spelling never writes three of a
 * letter in a row (a compound meeting so drops one, "tillåta" of till+låta, or takes a hyphen), so the third is a key
 * held too long. Read as the double letter, the word is the one spelling correction and the cues know.
 */
export function withoutTripledLetters(question: string): string {
  if (!/(\p{L})\1\1/u.test(question)) return question;
  const dict = swedishDictionary();
  // only where that gives a Swedish word: a letter left out beside a double ("mmmografin" of mammografin) is another slip
  return question.replace(/\p{L}+/gu, (raw) => {
    const fixed = raw.replace(/(\p{L})\1\1+/gu, "$1$1");
    return fixed !== raw && dict?.has(foldWord(fixed)) ? fixed : raw;
  });
}

/** The question with a space put back after each inflected adjective written together with the next word. */
export function withMissingSpaces(question: string): string {
  if (question.length < MIN_FIRST + MIN_REST) return question;
  const dict = swedishDictionary();
  if (!dict) return question;
  return question.replace(/\p{L}{10,}/gu, (raw) => {
    const w = foldWord(raw);
    // a word the dictionary has as a word of its own (not as a compound it guesses) is written as meant
    if (w.length !== raw.length || dict.hasSimple(w)) return raw;
    for (let i = MIN_FIRST; i <= w.length - MIN_REST; i++) {
      const first = w.slice(0, i);
      // a noun of a woman's trade ("sjuksköterska") ends in -ska too: no adjective
      if (!ADJECTIVE_A.test(first) || first.endsWith("erska") || !dict.hasSimple(first)) continue;
      const rest = w.slice(i);
      if (dict.has(rest)) return `${raw.slice(0, i)} ${raw.slice(i)}`;
    }
    return raw;
  });
}

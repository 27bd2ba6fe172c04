/**
 * Snowball's Swedish stemmer (the algorithm snowball-stemmers 0.6 implements) for words of the letters a–z, the
 * folded words the router stems. The index build stems some 700,000 words and pieces at 10,000 groups, and the
 * library's generated code took about 3 µs a word; this takes under 1. Anything else (digits, other letters) is
 * left to the library: `undefined`. tests/src/routing/swedish-stem.test.ts compares the two on dictionary-sv's words
 * and their pieces.
 *
 * R1 begins after the first consonant that follows a vowel (at least at 3); within it: the longest main suffix is
 * removed ("s" only after a valid s-ending), then the last letter of a consonant pair, then -lig/-ig/-els (-fullt
 * → -full).
 */
const VOWEL = new Uint8Array(128);
for (const c of "aeiouy") VOWEL[c.charCodeAt(0)] = 1;
const S_ENDING = new Uint8Array(128);
for (const c of "bcdfghjklmnoprtvy") S_ENDING[c.charCodeAt(0)] = 1;
const MAIN = ["a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast"];
/** The main suffixes by their last letter, longest first (the longest inside R1 wins). */
const MAIN_BY_LAST: readonly (readonly string[])[] = Array.from({ length: 128 }, (_, c) => MAIN.filter((e) => e.charCodeAt(e.length - 1) === c).sort((a, b) => b.length - a.length));
/** The consonant pairs whose last letter goes (dd gd nn dt gt kt tt), by the pair's two letters: no slice to look up. */
const PAIR_CODES = new Set(["dd", "gd", "nn", "dt", "gt", "kt", "tt"].map((p) => p.charCodeAt(0) * 128 + p.charCodeAt(1)));

export function stemSwedish(w: string): string | undefined {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  let p1 = n;
  if (n >= 3) {
    let i = 0;
    while (i < n && !VOWEL[w.charCodeAt(i)]) i++;
    while (i < n && VOWEL[w.charCodeAt(i)]) i++;
    if (i < n) p1 = Math.max(i + 1, 3);
  }
  let end = n;
  if (end > p1) {
    let removed = 0;
    for (const e of MAIN_BY_LAST[w.charCodeAt(end - 1)]!)
      if (end - e.length >= p1 && w.endsWith(e, end)) {
        removed = e.length;
        break;
      }
    if (removed) end -= removed;
    else if (w.charCodeAt(end - 1) === 115 && end >= 2 && S_ENDING[w.charCodeAt(end - 2)]) end -= 1;
  }
  if (end - 2 >= p1 && PAIR_CODES.has(w.charCodeAt(end - 2) * 128 + w.charCodeAt(end - 1))) end -= 1;
  if (end - 3 >= p1 && (w.endsWith("lig", end) || w.endsWith("els", end))) end -= 3;
  else if (end - 2 >= p1 && w.endsWith("ig", end)) end -= 2;
  else if (end - 5 >= p1 && w.endsWith("fullt", end)) end -= 1;
  return end === n ? w : w.slice(0, end);
}

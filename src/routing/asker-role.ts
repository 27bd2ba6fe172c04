/**
 * The capacity the asker speaks in: "Som fackligt ombud på Sahlgrenska får jag många frågor om …". Swedish puts the
 * finite verb second, so a sentence that opens with "som" and a noun phrase, then a verb and "jag"/"vi", has fronted an
 * adverbial of the subject's role — who asks, not what is asked (general Swedish word order).
 */
import type { QuestionAnalysis } from "./analyze";

/** Subjects (folded) after the verb that make the fronted "som …" the asker's own capacity. */
const ASKER = new Set(["jag", "vi"]);
/** Words (folded) after "som" that open no noun phrase of a role ("Som jag förstår det", "Som sagt", "Som det är nu"). */
const NO_ROLE = new Set(["jag", "vi", "du", "ni", "man", "det", "den", "de", "dom", "sagt", "vanligt", "tidigare", "nu", "sagts"]);
/** Prepositions (folded) of where the role is held: "på Sahlgrenska", "i VGR" say the workplace, read as usual. */
const WHERE = new Set(["pa", "i", "inom", "vid", "hos", "for", "fran", "at", "med"]);
/** Longest fronted role before its verb, in words: a longer phrase is no role said in passing. */
const MAX_ROLE = 8;

/** Positions (in words) of the asker's role words, up to the preposition of its workplace. */
export function askerRoleWords(a: QuestionAnalysis): ReadonlySet<number> {
  const out = new Set<number>();
  for (const s of a.sentenceStarts) {
    if (a.words[s] !== "som" || NO_ROLE.has(a.words[s + 1] ?? "")) continue;
    const end = Math.min(a.words.length - 1, s + MAX_ROLE + 1);
    let verb = -1;
    // (the verb may open a clause of its own in the analysis, "får jag …" read as a yes/no opener; the role may not)
    for (let k = s + 2; k < end && verb < 0; k++) {
      if (k > s + 2 && a.sentenceStarts.has(k - 1)) break;
      if (ASKER.has(a.words[k + 1]!) && a.sentenceOf[k + 1] === a.sentenceOf[k]) verb = k;
    }
    if (verb < 0) continue;
    for (let k = s + 1; k < verb && !WHERE.has(a.words[k]!); k++) out.add(k);
  }
  return out;
}

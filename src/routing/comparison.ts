/**
 * The standard of a comparison: in Swedish "samma N som X" (and "samma som X", "samma N för A som för X") compares with
 * X, and X is what the asked thing is set against, not the thing asked about ("Samordnas ortopedin av samma råd som
 * röntgen?" asks about ortopedin; "Gäller samma mötesfrekvens för rådet inom psykiatrin som för bild- och
 * funktionsmedicin?" about the psychiatry council). English "the same … as (for) X" says the same.
 */
import type { QuestionAnalysis } from "./analyze";

/** Words that end the standard of a comparison ("samma råd som röntgen, eller …", "… som röntgen som också tar …"). */
const COMPARISON_END = new Set(["som", "eller", "men", "utan", "och", "eftersom", "nar", "sa", "or", "but", "because", "and"]);
/** A comparison's "som" with the preposition of the compared phrase repeated after it ("som för X", "as for X"). */
const REPEATED = new Set(["for", "i", "inom", "pa", "in", "with"]);
const SAME = new Set(["samma", "same"]);
const AS = new Set(["som", "as"]);
/** Words the standard runs over at most. */
const STANDARD_WORDS = 6;

const known = new WeakMap<QuestionAnalysis, ReadonlySet<number>>();

/** Positions (in words) of the standards the question's comparisons name; the "som" itself is not one of them. */
export function comparisonStandard(a: QuestionAnalysis): ReadonlySet<number> {
  let out = known.get(a);
  if (!out) known.set(a, (out = standards(a)));
  return out;
}

function standards(a: QuestionAnalysis): Set<number> {
  const out = new Set<number>();
  a.words.forEach((w, i) => {
    if (!SAME.has(w)) return;
    const som = comparisonAs(a, i);
    if (som < 0) return;
    for (let j = som + 1; j < a.words.length && j <= som + STANDARD_WORDS; j++) {
      if ((COMPARISON_END.has(a.words[j]!) && !insidePhrase(a, j)) || a.sentenceOf[j] !== a.sentenceOf[som]) break;
      out.add(j);
    }
  });
  return out;
}

/** "bild- och funktionsmedicin": an "och" between two words of one of the lexicon's phrases joins no clauses. */
function insidePhrase(a: QuestionAnalysis, j: number): boolean {
  const termsAt = (at: number) => a.tokens.find((t) => t.at === at)?.terms.filter((x) => x.credit === 1 && x.term.startsWith("~")) ?? [];
  const after = new Set(termsAt(j + 1).map((x) => x.term));
  return termsAt(j - 1).some((x) => after.has(x.term));
}

/** The "som" of the comparison "samma" at `i` opens: right after it or its noun, or later with a repeated preposition. */
function comparisonAs(a: QuestionAnalysis, i: number): number {
  if (AS.has(a.words[i + 1] ?? "")) return i + 1;
  if (AS.has(a.words[i + 2] ?? "")) return i + 2;
  for (let j = i + 3; j < a.words.length && a.sentenceOf[j] === a.sentenceOf[i]; j++)
    if (AS.has(a.words[j]!)) return REPEATED.has(a.words[j + 1] ?? "") ? j : -1;
  return -1;
}

/**
 * Which of the groups a question names it is asked about (its subject), when it names several.
 */
import type { QuestionAnalysis } from "./analyze";
import { appendedAsGuess } from "./guess";
import type { NameHit } from "./names";
import { packedMap } from "./packed";
import { comparisonStandard } from "./comparison";

/** Prepositions that mark a named body as the agent or the source ("… av ledningsgruppen", "avropa utredare från kansliet"). */
const AGENT_OR_SOURCE = new Set(["av", "fran", "hos", "by", "from"]);

/** The finite verbs a Swedish yes/no question opens with (folded: "får" is "far"), and English auxiliaries that do the same. */
const V1 = new Set(["kan", "far", "ska", "skall", "maste", "bor", "may", "can", "must", "should", "does", "do"]);
/** Words that may stand between the verb and its subject ("Kan verkligen VCG …", "Får även ledningsgruppen …", "Can the …", "Can a …", "Kan en …"). */
const BETWEEN = new Set(["verkligen", "aven", "ocksa", "egentligen", "the", "a", "an", "our", "de", "den", "en", "ett"]);

const NONE: ReadonlySet<number> = new Set();
/**
 * The endings of a Swedish finite verb (folded): the present ("utser", "rapporterar", "beslutar", its passive "utses") and
 * the past ("utsåg" aside: "beslutade", "valde", "tillsatte"). A relation's own word that opens a sentence so is its verb.
 */
const FINITE = /(r|s|de|te|dde)$/;

/**
 * A yes/no question puts its finite verb first and its subject right after it ("Kan VCG avropa utredare från
 * kansliet?", "Får samverkansgruppen tillsätta arbetsgrupper?", "Rapporterar VCG till ledningsgruppen?"): the group named
 * there is the grammatical subject, whatever other group the question names later as an object or a source. Besides the
 * modal verbs, any finite verb among `verbs` (the positions of the relation's own words) opens such a question.
 */
export function subjectOfYesNo(named: readonly NameHit[], a: QuestionAnalysis, verbs: ReadonlySet<number> = NONE): NameHit | undefined {
  if (named.length < 2) return undefined;
  return subjectAfterOpening(named, a, (w, s) => V1.has(w) || (verbs.has(s) && FINITE.test(w)));
}

/**
 * The group named right after the word that opens the last sentence `opens` accepts (a yes/no question's verb), past
 * the words that may stand between ("Kan verkligen VCG …", "Is the VCG …").
 */
export function subjectAfterOpening(named: readonly NameHit[], a: QuestionAnalysis, opens: (word: string, at: number) => boolean): NameHit | undefined {
  const start = [...a.sentenceStarts].filter((s) => opens(a.words[s] ?? "", s)).pop();
  if (start === undefined) return undefined;
  let at = start + 1;
  while (BETWEEN.has(a.words[at] ?? "")) at++;
  return named.find((h) => h.at === at || firstWordOf(h, a) === at);
}

/**
 * The named bodies that stand as the subject right after a modal verb ("…, måste kontaktpersonen godkänna det?", "Ska
 * kansliet …"): the asker's guess of who acts, not a relation asked of them.
 */
export function subjectsAfterModal(named: readonly NameHit[], a: QuestionAnalysis): NameHit[] {
  return named.filter((h) => {
    let i = firstWordOf(h, a) - 1;
    while (i >= 0 && BETWEEN.has(a.words[i]!)) i--;
    return i >= 0 && V1.has(a.words[i]!) && a.sentenceOf[i] === a.sentenceOf[h.at];
  });
}

/** The position of the first word of a name hit (its `at` may be its head word). */
export function firstWordOf(h: NameHit, a: QuestionAnalysis): number {
  const ats = packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1).filter((x) => x >= 0);
  return ats.length ? Math.min(...ats) : h.at;
}

/** Reflexive possessives: they point back to the clause's subject, so the noun they stand before is never that subject. */
const REFLEXIVE = new Set(["sin", "sitt", "sina"]);
const OWN = new Set(["egen", "eget", "egna"]);

/**
 * A body the question offers as the answer, not as the one asked about: the source or agent of the act ("ta hjälp av
 * kansliet", "avropa utredare från kansliet") or a noun phrase with a reflexive possessive ("informera sin egen
 * huvudman"), whose owner is the clause's subject; or a body appended to the question as the asker's guess (guess.ts).
 */
export function offeredAsAnswer(h: NameHit, a: QuestionAnalysis): boolean {
  let i = firstWordOf(h, a) - 1;
  while (i >= 0 && OWN.has(a.words[i]!)) i--;
  const before = a.words[i] ?? "";
  return AGENT_OR_SOURCE.has(before) || REFLEXIVE.has(before) || AGENT_OR_SOURCE.has(a.words[h.at - 1] ?? "") || appendedAsGuess(h, a);
}

/** The group a relation is asked about: the grammatical subject of a yes/no question, else the last one named (in the asking sentence, when one is named there), unless it is offered as the answer. */
export function pickSubject(named: readonly NameHit[], a: QuestionAnalysis): NameHit | undefined {
  if (named.length <= 1) return named[0];
  const grammatical = subjectOfYesNo(named, a);
  if (grammatical) return grammatical;
  // the sentence that asks says what is asked about; a body named only in a sentence around it is the setting ("Hur
  // ofta ska samordningsrådet för psykiatri träffas? Vi har bara BoF:s uppdragshandling att titta på.")
  const inAsking = a.asking >= 0 ? named.filter((h) => h.at >= 0 && a.sentenceOf[h.at] === a.asking) : [];
  const byPosition = [...(inAsking.length ? inAsking : named)].sort((x, y) => y.at - x.at);
  // (a body named as the standard of a comparison is what the asked one is set against, comparison.ts)
  const standard = comparisonStandard(a);
  return byPosition.find((h) => !offeredAsAnswer(h, a) && !standard.has(firstWordOf(h, a))) ?? byPosition.find((h) => !offeredAsAnswer(h, a)) ?? byPosition[0];
}

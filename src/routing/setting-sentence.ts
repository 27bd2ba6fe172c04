/**
 * The sentences around the one that asks set the scene ("Inför planeringsdagen: – lokal bokad ✔ – fika beställd ✔ –
 * vem nominerar …?"): a practical matter ticked off there is not what is asked, when the asking sentence says its own
 * matter. It does not when it points back to what was told ("Kaffemaskinen är trasig igen. Vem ska laga den?"): a
 * pronoun in the asking sentence takes its matter from the sentences before (a general fact of Swedish and English).
 */
import type { QuestionAnalysis } from "./analyze";

/** Pronouns that take their matter from what was said before (folded): "det", "den", "detta", "sådant"; "it", "this". */
const POINTS_BACK = new Set(["det", "detta", "den", "dem", "denna", "dessa", "sadant", "sant", "dar", "dit", "it", "this", "that", "them", "these", "those", "there"]);
/** Words of its own the asking sentence needs (content tokens) to say a matter without the sentences around it. */
const OWN_MATTER = 2;

/** True when the word at `at` stands in a sentence around an asking sentence that says its own matter. */
export function inSettingOnly(a: QuestionAnalysis, at: number): boolean {
  if (a.asking < 0 || at < 0 || a.sentenceOf[at] === a.asking) return false;
  return selfContained(a);
}

const cache = new WeakMap<QuestionAnalysis, boolean>();

function selfContained(a: QuestionAnalysis): boolean {
  let v = cache.get(a);
  if (v === undefined) {
    const content = new Set(a.tokens.flatMap((t) => (t.at >= 0 && a.sentenceOf[t.at] === a.asking ? [t.at] : [])));
    // (a determiner before a word of content is no pronoun: "det nationella programområdet", "this council")
    const pointsBack = a.words.some((w, i) => a.sentenceOf[i] === a.asking && POINTS_BACK.has(w) && !content.has(i + 1));
    cache.set(a, (v = content.size >= OWN_MATTER && !pointsBack));
  }
  return v;
}

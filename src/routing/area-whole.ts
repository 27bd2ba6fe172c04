/**
 * A care area no mandate names is still an area of hälso- och sjukvård. VGR has a samordningsråd inom hälso- och
 * sjukvård per area (003's template: "Ansvarsområde: xxx"; 004: "samordningsråden", "ett enskilt samordningsråd"), so
 * "hudsjukvården", "ÖNH" or "smärtvården" speak of sjukvård the way "ögonsjukvården" does by its own parts. The
 * specialities are data (samples/lexicon/synonymer.yaml, `area: true`); this only says what they are a part of.
 *
 * Only for areas no concrete group has (a concrete group's area is in its own clauses, and adding the whole there
 * makes its kind a rival), and only when the question names one area: two or more are "flera verksamhetsområden".
 */
import { HEAD_CREDIT, type QuestionAnalysis } from "./analyze";
import { packedMap } from "./packed";
import { keySv, words } from "./normalize";

const WHOLE = keySv(words("sjukvård")[0]!);

export function withAreaWhole(a: QuestionAnalysis, areaConcepts: ReadonlySet<string>, groupAreas: ReadonlySet<string>): QuestionAnalysis {
  const named = new Set(a.tokens.flatMap((t) => packedMap(t.terms.filter((x) => x.credit === 1 && areaConcepts.has(x.term)), (x) => x.term)));
  if (named.size !== 1) return a;
  const area = [...named][0]!;
  if (groupAreas.has(area)) return a;
  const tokens = packedMap(a.tokens, (t) => {
    if (!t.terms.some((x) => x.term === area && x.credit === 1)) return t;
    const own = t.terms.find((x) => x.term === WHOLE);
    if (own && own.credit >= HEAD_CREDIT) return t;
    return { ...t, terms: [...t.terms.filter((x) => x.term !== WHOLE), { term: WHOLE, credit: HEAD_CREDIT }] };
  });
  return { ...a, tokens };
}

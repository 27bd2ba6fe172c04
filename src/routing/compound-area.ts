/**
 * A care area written as the first part of a compound ("strokevårdsprocessen", "urologiköerna", "ortopedbemanningen"):
 * in Swedish the head names the thing and the first part what it belongs to, so a queue for urology is a matter of one
 * care area as much as "kön till urologin" is. The router splits such a word into its parts (the head at HEAD_CREDIT,
 * the first parts at PART_CREDIT); the care area is named all the same, so it is read as named (credit 1) by the steps
 * that ask which areas a question names — one area, not "flera verksamhetsområden" (several-areas.ts), and the kind or
 * concrete råd of that area (decide.ts kindStep). It runs after area-whole.ts: the compound's head is the matter, and
 * the area's whole (sjukvård, the kind's name) is not added to it — "ortopedkliniker … slås ihop" stays a matter of
 * organisation (004), not of the råd whose name the whole would match. The head keeps its own credit.
 */
import { HEAD_CREDIT, type QuestionAnalysis, type QToken, type Term } from "./analyze";
import { packedMap } from "./packed";

/** `heads`: the kinds' head words (GroupNaming.groupHeads): "röntgenrådet" names a group by its area, not the area. */
export function withCompoundAreas(a: QuestionAnalysis, areaConcepts: ReadonlySet<string>, heads: ReadonlySet<string>): QuestionAnalysis {
  let changed = false;
  const tokens = packedMap(a.tokens, (t) => {
    const out = compoundArea(t, areaConcepts, heads);
    if (out !== t) changed = true;
    return out;
  });
  return changed ? { ...a, tokens } : a;
}

function compoundArea(t: QToken, areaConcepts: ReadonlySet<string>, heads: ReadonlySet<string>): QToken {
  // a word that names an area as a whole (or through the lexicon) needs nothing; only a split word has parts, and only
  // a first part (below the head's credit) says what the head belongs to
  let area: Term | undefined;
  for (const x of t.terms) {
    if (x.credit === 1 && areaConcepts.has(x.term)) return t;
    if (x.credit === HEAD_CREDIT && x.part !== undefined && heads.has(x.term)) return t;
    if (!area && x.part !== undefined && x.credit < HEAD_CREDIT && areaConcepts.has(x.term)) area = x;
  }
  if (!area) return t;
  return { ...t, terms: [{ term: area.term, credit: 1 }, ...t.terms.filter((x) => x !== area)] };
}

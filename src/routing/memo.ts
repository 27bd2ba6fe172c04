import { fold } from "./normalize";

/** A function of a text, remembered (a bounded cache: the texts are the catalog's clauses and names). */
export function memo<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) {
      if (seen.size > 10_000) seen.clear();
      seen.set(text, (v = f(text)));
    }
    return v;
  };
}

/**
 * A mandate sentence or clause, folded (normalize.ts fold: NFD, five regular expressions): the party and actor readings
 * fold the same catalog sentences on every relation and boundary question (5% of a question's CPU).
 */
export const foldClause = memo(fold);

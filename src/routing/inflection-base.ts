/**
 * The base forms an inflected word may come from, read off the dictionary's own affix rules backwards: a question's
 * "fastställde", "anmälde", "berett", "psykiatris" are forms of "fastställa", "anmäla", "bereda", "psykiatri", whose
 * keys the catalog knows where the stemmer gives the form another key ("faststalld" beside "faststal"). Each suffix
 * rule (and a suffix on a suffix, the format's continuation classes) is undone: its ending taken off, its stripped
 * letters put back, its condition met by the result. These are candidates only: the caller keeps one that is an
 * entry of the word list and a word of the catalog.
 */
import * as fs from "node:fs";
import { foldWord } from "./normalize";
import { meets, parseAffixes, type Affixes, type Place } from "./affixes";

interface Backwards {
  /** The rule's ending, folded (what the form ends with). */
  readonly add: string;
  /** The letters the rule took off the base, folded (put back). */
  readonly strip: string;
  readonly condition: readonly Place[] | null;
}

const foldPlace = (p: Place): Place => (p ? { not: p.not, set: foldWord(p.set) } : null);

/** Every suffix rule, folded, by the last letter of its ending ("" for a rule that adds nothing). */
export function backwardsRules(a: Affixes): Map<string, Backwards[]> {
  const out = new Map<string, Backwards[]>();
  for (const g of a.groups.values()) {
    if (!g.suffix) continue;
    for (const r of g.rules) {
      const add = foldWord(r.add);
      if (!add) continue;
      const b = { add, strip: foldWord(r.strip), condition: r.condition ? r.condition.map(foldPlace) : null };
      const last = add[add.length - 1]!;
      const list = out.get(last);
      if (list) list.push(b);
      else out.set(last, [b]);
    }
  }
  return out;
}

function undoOnce(form: string, rules: ReadonlyMap<string, readonly Backwards[]>, out: Set<string>): void {
  for (const r of rules.get(form[form.length - 1] ?? "") ?? []) {
    if (!form.endsWith(r.add) || form.length - r.add.length < 2) continue;
    const base = form.slice(0, form.length - r.add.length) + r.strip;
    if (meets(base, r.condition, true)) out.add(base);
  }
}

/** The forms `form` (folded) may be made from by one suffix rule or two; `form` itself not included. */
export function baseCandidates(form: string, rules: ReadonlyMap<string, readonly Backwards[]>): string[] {
  const once = new Set<string>();
  undoOnce(form, rules, once);
  const all = new Set(once);
  for (const f of once) undoOnce(f, rules, all);
  all.delete(form);
  return [...all];
}

let loaded: Map<string, Backwards[]> | null | undefined;

/** dictionary-sv's suffix rules backwards, read on first use (its affix file is 18 kB); null when unreadable. */
export function swedishBackwardsRules(): Map<string, Backwards[]> | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = backwardsRules(parseAffixes(fs.readFileSync(require.resolve("dictionary-sv/index.aff"), "utf8")));
  } catch {
    loaded = null;
  }
  return loaded;
}

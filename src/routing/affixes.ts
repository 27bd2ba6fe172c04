/**
 * The inflected forms of a Hunspell word list: each index.dic entry's flags name affix groups of index.aff (SFX/PFX),
 * and each rule of a group whose condition the word meets gives a form (strip the rule's letters, add its own). For
 * dictionary-sv that is the true forms of every word (möte → mötet, mötets, möten, mötena; äga → äger, ägde, ägt),
 * which the dictionary's filter holds beside the base forms, so a real inflected form is known as a word and not
 * "corrected" into a catalog word.
 *
 * Only what the router needs of the format: FLAG (single letters by default, `long`, `num`, `UTF-8`), SFX/PFX with
 * their cross-product mark, strip, add, continuation flags (applied once more) and condition, and the flags that
 * make an entry no word of its own: FORBIDDENWORD (a known misspelling), NEEDAFFIX (only its affixed forms are words)
 * and ONLYINCOMPOUND (a form that stands only inside a compound: "vecko-", "hyres-"). A condition is matched letter by
 * letter, and a group's rules are kept by the letter a word ends in: all 800,000 forms of dictionary-sv in ~0.3 s.
 */
import { codeStamp } from "../runtime/code-stamp";

/** This code, for the cache key of what it computes (runtime/code-stamp.ts). */
export function affixesStamp(): string {
  return codeStamp(__filename);
}

export interface AffixRule {
  readonly strip: string;
  readonly add: string;
  /** Flags of the affixed form (a continuation class). */
  readonly flags: readonly string[];
  /** The condition on the word's end (SFX) or beginning (PFX); null: any word. */
  readonly condition: readonly Place[] | null;
}

export interface AffixGroup {
  readonly suffix: boolean;
  readonly cross: boolean;
  readonly rules: AffixRule[];
  /** The rules whose condition a word ending (SFX) or beginning (PFX) with this letter can meet, made on first use. */
  readonly byLetter: Map<string, AffixRule[]>;
}

export interface Affixes {
  readonly groups: Map<string, AffixGroup>;
  readonly flagMode: "char" | "long" | "num";
  readonly forbidden?: string;
  readonly needAffix?: string;
  readonly onlyInCompound?: string;
}

/** One letter of a condition: any letter (null), or a set of letters, or all but a set. */
export type Place = { readonly not: boolean; readonly set: string } | null;

/** A Hunspell condition (`[...]`, `[^...]`, `.`, letters), one place a letter; null: any word. */
function parseCondition(cond: string): Place[] | null {
  if (cond === "." || cond === "") return null;
  const out: Place[] = [];
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i]!;
    if (c === ".") out.push(null);
    else if (c === "[") {
      const end = cond.indexOf("]", i);
      const close = end < 0 ? cond.length : end;
      const not = cond[i + 1] === "^";
      out.push({ not, set: cond.slice(i + (not ? 2 : 1), close) });
      i = close;
    } else out.push({ not: false, set: c });
  }
  return out;
}

function placeTakes(p: Place, c: string): boolean {
  return p === null || p.set.includes(c) !== p.not;
}

/** The word meets the condition at its end (a suffix's) or its beginning (a prefix's). */
export function meets(word: string, cond: readonly Place[] | null, suffix: boolean): boolean {
  if (!cond) return true;
  if (word.length < cond.length) return false;
  const from = suffix ? word.length - cond.length : 0;
  for (let j = 0; j < cond.length; j++) if (!placeTakes(cond[j]!, word[from + j]!)) return false;
  return true;
}

/** The flags of a flag string, as the FLAG line says they are written. */
export function splitFlags(s: string, mode: Affixes["flagMode"]): string[] {
  if (!s) return [];
  if (mode === "num") return s.split(",").filter(Boolean);
  if (mode === "long") {
    const out: string[] = [];
    for (let i = 0; i < s.length; i += 2) out.push(s.slice(i, i + 2));
    return out;
  }
  return [...s];
}

export function parseAffixes(aff: string): Affixes {
  const groups = new Map<string, AffixGroup>();
  let flagMode: Affixes["flagMode"] = "char";
  let forbidden: string | undefined;
  let needAffix: string | undefined;
  let onlyInCompound: string | undefined;
  for (const line of aff.split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    const kind = f[0];
    if (kind === "FLAG") flagMode = f[1] === "long" ? "long" : f[1] === "num" ? "num" : "char";
    else if (kind === "FORBIDDENWORD") forbidden = f[1];
    else if (kind === "NEEDAFFIX") needAffix = f[1];
    else if (kind === "ONLYINCOMPOUND") onlyInCompound = f[1];
    else if ((kind === "SFX" || kind === "PFX") && f.length >= 4 && f[1]) {
      const flag = f[1];
      const group = groups.get(flag);
      // the group's header: flag, cross-product mark, rule count
      if (!group && (f[2] === "Y" || f[2] === "N") && /^\d+$/.test(f[3]!)) {
        groups.set(flag, { suffix: kind === "SFX", cross: f[2] === "Y", rules: [], byLetter: new Map() });
        continue;
      }
      if (!group || f.length < 5) continue;
      const [add, flagText = ""] = f[3]!.split("/");
      group.rules.push({
        strip: f[2] === "0" ? "" : f[2]!,
        add: add === "0" ? "" : add!,
        flags: splitFlags(flagText, flagMode),
        condition: parseCondition(f[4]!),
      });
    }
  }
  return { groups, flagMode, ...(forbidden ? { forbidden } : {}), ...(needAffix ? { needAffix } : {}), ...(onlyInCompound ? { onlyInCompound } : {}) };
}

/** The group's rules a word can meet, by its last (SFX) or first (PFX) letter. */
function rulesFor(word: string, g: AffixGroup): AffixRule[] {
  const c = g.suffix ? word[word.length - 1]! : word[0]!;
  let rules = g.byLetter.get(c);
  if (!rules) {
    rules = g.rules.filter((r) => !r.condition?.length || placeTakes(r.condition[g.suffix ? r.condition.length - 1 : 0]!, c));
    g.byLetter.set(c, rules);
  }
  return rules;
}

function apply(word: string, group: AffixGroup, rule: AffixRule): string | undefined {
  if (!meets(word, rule.condition, group.suffix)) return undefined;
  if (group.suffix) {
    if (rule.strip && !word.endsWith(rule.strip)) return undefined;
    const out = word.slice(0, word.length - rule.strip.length) + rule.add;
    return out.length ? out : undefined;
  }
  if (rule.strip && !word.startsWith(rule.strip)) return undefined;
  const out = rule.add + word.slice(rule.strip.length);
  return out.length ? out : undefined;
}

/**
 * Each word form of one entry (`word`, its `flags`) that stands as a word of its own, the entry itself first when it
 * does: suffixes, prefixes, a prefix with a suffix where both groups allow the cross product, and a suffix's own
 * continuation suffixes. Forms only for compounds, and forbidden entries, are left out.
 */
export function forEachForm(word: string, flags: readonly string[], a: Affixes, out: (form: string) => void): void {
  const has = (fs: readonly string[], f: string | undefined) => f !== undefined && fs.includes(f);
  if (has(flags, a.forbidden)) return;
  const standsAlone = (fs: readonly string[]) => !has(fs, a.onlyInCompound) && !has(fs, a.needAffix);
  if (standsAlone(flags)) out(word);
  const suffixed: { form: string; cross: boolean }[] = [];
  for (const flag of flags) {
    const g = a.groups.get(flag);
    if (!g?.suffix) continue;
    for (const r of rulesFor(word, g)) {
      const form = apply(word, g, r);
      if (form === undefined) continue;
      // a continuation class: the form's own flags (ONLYINCOMPOUND, another suffix group)
      if (!has(r.flags, a.onlyInCompound) && !has(r.flags, a.forbidden)) {
        out(form);
        if (g.cross) suffixed.push({ form, cross: true });
      }
      for (const f of r.flags) {
        const g2 = a.groups.get(f);
        if (!g2?.suffix || has(r.flags, a.onlyInCompound)) continue;
        for (const r2 of rulesFor(form, g2)) {
          const form2 = apply(form, g2, r2);
          if (form2 !== undefined && !has(r2.flags, a.onlyInCompound)) out(form2);
        }
      }
    }
  }
  for (const flag of flags) {
    const g = a.groups.get(flag);
    if (!g || g.suffix) continue;
    for (const r of g.rules) {
      const form = apply(word, g, r);
      if (form === undefined || has(r.flags, a.onlyInCompound)) continue;
      out(form);
      if (!g.cross) continue;
      for (const s of suffixed) {
        const both = apply(s.form, g, r);
        if (both !== undefined) out(both);
      }
    }
  }
}

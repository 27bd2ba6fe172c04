/**
 * The bodies a mandate sentence names, and the part each plays in it: who acts (the sentence's subject,
 * the agent after "av", the receiver of a delegation), who receives ("till …"), or only a mention.
 * Swedish puts the subject first or, in an inverted clause, right after the finite verb
 * ("Till stöd … tillhandahåller Koncernkontoret koordinator"); the agent of a passive follows "av".
 */
import { findBodies } from "../catalog/bodies";
import type { Catalog, GroupRecord } from "../catalog/schema";
import { fold, keySv } from "./normalize";
import { foldClause } from "./memo";
import { packedMap } from "./packed";

export type BodyRole = "subject" | "agent" | "receiver" | "recipient" | "mention";

export interface BodyInSentence {
  readonly id: string;
  /** Character index in the folded sentence (padded with a space). */
  readonly index: number;
  readonly role: BodyRole;
}

const PREPOSITIONS = new Set(["till", "fran", "med", "for", "inom", "i", "hos", "pa", "om", "at", "mot", "under", "via", "mellan", "efter", "kring"]);
/** Words by which a mandate speaks of its own group (folded): "Gruppen ska …", "Samordningsrådets uppdrag …". */
export const SELF_WORDS: ReadonlySet<string> = new Set(["gruppen", "gruppens", "radet", "radets", "samordningsradet", "samordningsradets", "samverkansgruppen", "samverkansgruppens", "grupperna", "samordningsraden"]);
/** Determiners and quantifiers that may open the noun phrase after a preposition (folded). */
const DETERMINERS = new Set(["respektive", "varje", "samtliga", "alla", "berord", "berorda", "den", "det", "de", "en", "ett"]);
const DELEGATION = /\b(fordelat|delegerat|overlatit|overlamnat|gett|givit)\b/;

/** Sentences of a clause (a new sentence starts after . ! ? before a capital letter). */
export function sentences(text: string): string[] {
  return packedMap(text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/), (p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

export class Actors {
  private readonly namesByOrg = new Map<string, { id: string; phrases: string[] }[]>();
  private readonly cache = new Map<string, BodyInSentence[]>();
  private readonly ids: ReadonlySet<string>;
  private readonly nameKeysByOrg = new Map<string, Set<string>>();

  constructor(catalog: Catalog) {
    this.ids = new Set(packedMap(catalog.entries, (e) => e.id));
    for (const e of catalog.entries) {
      const phrases = packedMap([e.name, ...e.aliases], (n) => fold(n.replace(/\([^)]*\)/g, " "))).filter((p) => p.length >= 3);
      const list = this.namesByOrg.get(e.organizationId) ?? [];
      list.push({ id: e.id, phrases });
      this.namesByOrg.set(e.organizationId, list);
      for (const p of phrases) for (const w of p.split(" ")) this.nameKeys(e.organizationId).add(keySv(w));
    }
    for (const o of catalog.organizations) for (const n of [o.name, o.shortName ?? "", ...o.aliases]) for (const w of fold(n).split(" ")) if (w) this.nameKeys(o.id).add(keySv(w));
  }

  /** Keys of the words of the organisation's and its bodies' names. */
  nameKeys(organizationId: string): Set<string> {
    let set = this.nameKeysByOrg.get(organizationId);
    if (!set) this.nameKeysByOrg.set(organizationId, (set = new Set()));
    return set;
  }

  /** Bodies named in a sentence of a mandate of this organisation, in text order, with their roles. */
  bodiesIn(sentence: string, organizationId: string): BodyInSentence[] {
    const key = `${organizationId}\u0000${sentence}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const found = this.find(sentence, organizationId);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private find(sentence: string, organizationId: string): BodyInSentence[] {
    const f = ` ${fold(sentence)} `;
    const hits: { id: string; index: number; length: number }[] = [];
    for (const m of findBodies(sentence, organizationId)) if (this.ids.has(m.body.id)) hits.push({ id: m.body.id, index: m.index, length: m.matched.length });
    for (const n of this.namesByOrg.get(organizationId) ?? []) {
      if (hits.some((h) => h.id === n.id)) continue;
      for (const p of n.phrases) {
        const i = f.indexOf(` ${p} `);
        if (i >= 0 && !hits.some((h) => i >= h.index && i < h.index + h.length + 1)) {
          hits.push({ id: n.id, index: i, length: p.length });
          break;
        }
      }
    }
    hits.sort((a, b) => a.index - b.index);
    const delegation = DELEGATION.exec(f);
    const first = f.trim().split(" ")[0] ?? "";
    return packedMap(hits, (h) => {
      const before = f.slice(0, h.index).trim().split(" ");
      // a determiner may stand between the preposition and its noun ("presenteras av respektive verksamhetschefsgrupp")
      const prev = DETERMINERS.has(before[before.length - 1] ?? "") ? (before[before.length - 2] ?? "") : (before[before.length - 1] ?? "");
      const matched = f.slice(h.index + 1, h.index + 1 + h.length);
      const genitive = /s$/.test(matched) && !/ss$/.test(matched) && f[h.index + 1 + h.length] === " " && /^ [a-z]{3,}/.test(f.slice(h.index + 1 + h.length)) && !PREPOSITIONS.has(f.slice(h.index + 2 + h.length).split(" ")[0] ?? "");
      let role: BodyRole = "mention";
      if (delegation && prev === "till" && h.index > delegation.index) role = "receiver";
      else if (prev === "av") role = "agent";
      else if (prev === "till") role = "recipient";
      else if (genitive) role = "mention";
      else if (h.index === 0 || (before.length <= 3 && !before.some((w) => PREPOSITIONS.has(w)))) role = "subject";
      // an inverted clause ("Till stöd … tillhandahåller Koncernkontoret"): the subject right after the verb
      else if (PREPOSITIONS.has(first) && /(ar|er|or|ir|ur)$/.test(prev) && prev.length >= 4 && !PREPOSITIONS.has(prev)) role = "subject";
      return { id: h.id, index: h.index, role };
    });
  }

  /** The sentence is about the mandate's own group: it starts with "Gruppen", "Samordningsrådet", its name … */
  startsWithSelf(sentence: string, self: GroupRecord): boolean {
    const first = foldClause(sentence).split(" ")[0] ?? "";
    if (SELF_WORDS.has(first)) return true;
    const b = this.bodiesIn(sentence, self.organizationId)[0];
    return !!b && b.index === 0 && (b.id === self.id || b.id === self.kindId);
  }
}

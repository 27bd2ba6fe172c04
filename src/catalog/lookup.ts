import { ORGANIZATIONS, type Catalog, type GroupRecord } from "./schema";
import { fold } from "./text";

const indexes = new WeakMap<readonly GroupRecord[], Map<string, GroupRecord>>();

/**
 * The entry with exactly this id (groups, kinds, referenced bodies), or undefined. A catalog is an
 * immutable snapshot, so its index is built once per snapshot and dropped with it.
 */
export function entryById(catalog: Pick<Catalog, "entries">, id: string | undefined): GroupRecord | undefined {
  if (id === undefined) return undefined;
  let index = indexes.get(catalog.entries);
  // Rebuilt if entries were added after the first lookup (a catalog being built).
  if (!index || index.size !== catalog.entries.length) {
    index = new Map(catalog.entries.map((e) => [e.id, e]));
    indexes.set(catalog.entries, index);
  }
  return index.get(id);
}

/** The clause that says how a group's chair is appointed: its own mandate's, else its kind's (a template it follows). */
export function chairClauseOf(entry: (id: string) => GroupRecord | undefined, id: string): NonNullable<GroupRecord["chair"]>["clause"] | undefined {
  const e = entry(id);
  return (e?.chair ?? (e?.kindId ? entry(e.kindId)?.chair : undefined))?.clause;
}

/** An entry's name, or `fallback` (the id itself unless given) when the catalog has no such entry. */
export const entryName = (catalog: Pick<Catalog, "entries">, id: string, fallback: string = id): string => entryById(catalog, id)?.name ?? fallback;

/**
 * Forgiving group lookup for `visa <grupp>` and `samverkan show <group>`: case, diacritics, definite
 * forms ("samverkansgruppen i Västmanland"), partial names, organisation words, ids.
 */
export type FindGroupResult =
  | { readonly ok: true; readonly entry: GroupRecord; readonly score: number }
  | { readonly ok: false; readonly code: "EMPTY_QUERY" | "NOT_FOUND" }
  | { readonly ok: false; readonly code: "AMBIGUOUS"; readonly candidates: GroupRecord[] };

const STOP = new Set(["i", "for", "och", "inom", "av", "till", "med", "pa", "den", "det", "de", "en", "ett", "gruppen", "grupp", "visa", "show"]);

/** Swedish definite/plural endings off: samverkansgruppen → samverkansgrupp, rådet → råd, grupperna → grupp. */
export function stem(token: string): string {
  if (token.length <= 4) return token;
  for (const suf of ["erna", "arna", "orna", "ernas", "arnas", "ens", "ets", "en", "et", "na", "er", "ar", "or", "n", "t", "s"]) {
    if (token.endsWith(suf) && token.length - suf.length >= 4) return token.slice(0, -suf.length);
  }
  return token;
}

const tokens = (s: string) => fold(s).split(" ").filter((t) => t && !STOP.has(t)).map(stem);

function entryTokens(e: GroupRecord): { name: Set<string>; all: Set<string> } {
  const name = new Set([e.name, ...e.aliases].flatMap(tokens));
  const org = ORGANIZATIONS.find((o) => o.id === e.organizationId);
  const all = new Set([...name, ...(org ? [org.name, ...org.aliases].flatMap(tokens) : []), ...(e.area ? tokens(e.area) : [])]);
  return { name, all };
}

const matches = (q: string, set: Set<string>) => [...set].some((t) => t === q || (q.length >= 4 && (t.startsWith(q) || q.startsWith(t))) || (q.length >= 5 && t.includes(q)));

/** A group that can hold roles, meetings, items and minutes: any entry but a kind (a template). */
export function findConcreteGroup(catalog: Pick<Catalog, "entries">, text: string, spellOut?: SpellOut): FindGroupResult {
  return findGroup({ entries: catalog.entries.filter((e) => e.entryType !== "kind") }, text, spellOut);
}

/** A name as typed with its abbreviations spelt out ("VCG" → "verksamhetschefsgrupp"), from the lexicon's data. */
export type SpellOut = (text: string) => string;

/**
 * As typed first; when nothing matches and `spellOut` changes the text, once more spelt out: people name groups by
 * the abbreviations they say ("visa VCG", "dagordning LG"), which no mandate writes.
 */
export function findGroup(catalog: Pick<Catalog, "entries">, text: string, spellOut?: SpellOut): FindGroupResult {
  const found = findGroupAsWritten(catalog, text);
  if (found.ok || found.code !== "NOT_FOUND" || !spellOut) return found;
  const spelt = spellOut(text);
  return spelt === text ? found : findGroupAsWritten(catalog, spelt);
}

function findGroupAsWritten(catalog: Pick<Catalog, "entries">, text: string): FindGroupResult {
  const raw = text.trim();
  if (!raw) return { ok: false, code: "EMPTY_QUERY" };
  const byId = catalog.entries.find((e) => e.id === raw || e.id.toLowerCase() === raw.toLowerCase());
  if (byId) return { ok: true, entry: byId, score: 1 };
  const fq = fold(raw);
  const exact = catalog.entries.filter((e) => [e.name, ...e.aliases].some((n) => fold(n) === fq));
  if (exact.length === 1) return { ok: true, entry: exact[0]!, score: 1 };
  const q = tokens(raw);
  if (q.length === 0) return { ok: false, code: "NOT_FOUND" };
  const scored = catalog.entries
    .map((e) => {
      const t = entryTokens(e);
      const inName = q.reduce((n, x) => n + (t.name.has(x) ? 1 : matches(x, t.name) ? 0.6 : 0), 0);
      const inAll = q.filter((x) => matches(x, t.all)).length;
      if (inName === 0 || inAll < q.length) return { e, score: 0 };
      // all query words found; prefer name hits, real groups over referenced bodies, short names
      const score = inName / q.length + (e.entryType === "referenced" ? 0 : 0.2) + (e.entryType === "group" ? 0.05 : 0) - t.name.size * 0.001;
      return { e, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { ok: false, code: "NOT_FOUND" };
  const best = scored[0]!;
  const ties = scored.filter((x) => Math.abs(x.score - best.score) < 0.01);
  if (ties.length > 1) return { ok: false, code: "AMBIGUOUS", candidates: ties.map((x) => x.e) };
  return { ok: true, entry: best.e, score: best.score };
}

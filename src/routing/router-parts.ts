/**
 * The parts of the router that take nearly all of its build at scale: the catalog's vocabulary (spelling, compound
 * splitting), the passage index and the name index. Built as steps (slices.ts), so a bot can build them between chat turns
 * (`buildRouter`) where a CLI or a test builds them at once (`new Router`).
 */
import type { Catalog, Clause, GroupRecord } from "../catalog/schema";
import type { CompiledLexicon } from "./compiled-lexicon";
import { Names } from "./names";
import { words } from "./normalize";
import { clausesOf, PassageIndex, type PassageKind } from "./passages";
import { pace, type Steps } from "./slices";
import { TextWords } from "./text-words";
import { Vocabulary } from "./vocabulary";

export type ClausesOf = (e: GroupRecord) => { clause: Clause; kind: PassageKind }[];

export interface RouterParts {
  /** The lexicon the parts were built with (a router built with another builds its own). */
  readonly lex: CompiledLexicon;
  readonly clauses: ClausesOf;
  readonly vocab: Vocabulary;
  readonly index: PassageIndex;
  readonly names: Names;
}

/** The vocabulary and the passage index of a catalog, in steps. */
export function* routerParts(catalog: Catalog, lex: CompiledLexicon): Steps<RouterParts> {
  // the clauses of each entry, computed once for the vocabulary and the index
  const clauseLists = new Map<string, { clause: Clause; kind: PassageKind }[]>();
  const tick = pace(256);
  for (const e of catalog.entries) {
    clauseLists.set(e.id, clausesOf(e));
    if (tick()) yield;
  }
  const clauses = (e: GroupRecord) => clauseLists.get(e.id)!;
  const textWords = new TextWords();
  const counts = yield* catalogWords(catalog, lex, clauses, textWords);
  const vocab = yield* Vocabulary.build(counts, lex);
  const index = yield* PassageIndex.build(catalog, lex, vocab, clauses, textWords);
  const orgWords = new Set(catalog.organizations.flatMap((o) => [o.name, ...o.aliases].flatMap(words)));
  const names = yield* Names.build(catalog, lex, vocab, orgWords);
  return { lex, clauses, vocab, index, names };
}

/** Folded content words of the catalog with their counts: the vocabulary spelling is corrected against. */
function* catalogWords(catalog: Catalog, lex: CompiledLexicon, clauses: ClausesOf, textWords: TextWords): Steps<Map<string, number>> {
  // each distinct text counts once (the counts only break ties between spelling corrections): a text is counted when
  // textWords first numbers it (a set of the texts first was a second table of some 200,000 texts at 10,000 groups);
  // words are counted by number, numbered in the order first met, so the map below has the order the counting met them in
  let count = new Int32Array(1 << 16);
  const put = (text: string) => {
    const known = textWords.size;
    const t = textWords.text(text);
    if (t < known) return;
    for (let k = textWords.from(t), end = textWords.to(t); k < end; k++) {
      const n = textWords.at(k);
      if (n >= count.length) {
        const c = new Int32Array(Math.max(2 * count.length, n + 1));
        c.set(count);
        count = c;
      }
      count[n]!++;
    }
  };
  // an entry's texts are some 20 (each split and folded the first time): a slice ends every 64 entries
  const tick = pace(64);
  for (const e of catalog.entries) {
    put(e.name);
    for (const al of e.aliases) put(al);
    if (e.area) put(e.area);
    for (const { clause } of clauses(e)) put(clause.text);
    for (const b of e.boundaries) put(b.text);
    if (tick()) yield;
  }
  for (const o of catalog.organizations) for (const n of [o.name, ...o.aliases, ...(o.regions ?? [])]) put(n);
  const counts = new Map<string, number>();
  const ws = textWords.words;
  for (let n = 0; n < ws.length && n < count.length; n++) {
    const w = ws[n]!;
    if (count[n]! > 0 && w.length >= 3 && !lex.stopSv.has(w)) counts.set(w, count[n]!);
  }
  return counts;
}

/**
 * The passage index: every cited clause of the catalog as a passage that speaks for one entry, with its
 * matching terms, and postings (term → passages) as typed arrays. Built once per catalog version.
 *
 * A clause speaks for the group whose mandate holds it, except a boundary clause ("… hanteras via
 * regionövergripande samordnande grupper och inte av samordningsråden"), which speaks for the body it
 * sends the topic to. Each entry also has a name passage (its name, aliases and area), so a question
 * that names a care area ("röntgen") meets the group of that area.
 */
import type { Catalog, Clause, GroupRecord } from "../catalog/schema";
import type { CompiledLexicon } from "./compiled-lexicon";
import { TermTable, type TermLists } from "./passage-terms";
import { TextWords } from "./text-words";
import type { Vocabulary } from "./vocabulary";
import { sentences } from "./actors";
import { findBodies } from "../catalog/bodies";
import { pace, runNow, type Steps } from "./slices";
import { packedMap } from "./packed";

const EMPTY_INTS = new Int32Array(0);

export { passageTerms } from "./passage-terms";

export const PASSAGE_KINDS = ["duty", "purpose", "other", "rule", "boundary", "mention", "name"] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

export interface Passage {
  /** The entry the passage speaks for (a boundary: the body it sends the topic to). */
  readonly entryId: string;
  /** The entry whose mandate holds the clause (the cited document). */
  readonly sourceId: string;
  readonly section: string;
  readonly text: string;
  readonly kind: PassageKind;
}

/**
 * Postings, one flat layout for all terms: term t's lists are `listStart[t] .. listStart[t + 1]`, list l holds the
 * passages of organisation `listOrg[l]` that have the term, `ids[listFrom[l] .. listFrom[l + 1]]` with their
 * strengths, in passage order (a question about one organisation reads only its lists). At 10,000 groups there are
 * some 350,000 lists: an object and two typed-array views each held ~90 MB and a million objects for the GC to trace.
 */
export interface Postings {
  readonly listStart: Int32Array;
  readonly listOrg: Uint16Array;
  readonly listFrom: Int32Array;
  readonly ids: Int32Array;
  readonly strengths: Float32Array;
}

/** The index's tables (PassageIndex.state), for the persisted router index. */
export interface PassageIndexState {
  /** The terms in the order of the index's table, and their numbers. */
  readonly terms: readonly string[];
  readonly termNumbers: Int32Array;
  readonly df: Int32Array;
  readonly postings: Postings;
  readonly entryIds: readonly string[];
  readonly orgIds: readonly string[];
  readonly entryOrg: Int32Array;
  /** The passages' entry, source, kind, text and section. */
  readonly columns: readonly [Int32Array, Int32Array, Uint8Array, Int32Array, Int32Array];
  readonly texts: readonly string[];
}

/** Whitespace that `clean` changes: any but a single space between words. */
const UNCLEAN = /[^\S ]| {2}|^ | $/;
/** Runs of whitespace as one space, none at the ends; a text that has none of those is kept as it is (no copy to hash again). */
const clean = (s: string) => (UNCLEAN.test(s) ? s.replace(/\s+/g, " ").trim() : s);

/** A sentence whose subject is the mandate's own group: it starts with it, or it follows the finite verb ("… har samordningsråden …"). */
const SELF_SUBJECT = /(^|\b(har|ska|skall|kan|är|bör|får)\s+)(samordningsråden|samordningsrådet|gruppen|grupperna|rådet|samverkansgruppen)\b/i;

/**
 * The sentences of an escalation clause that send the matter on to another body ("… lyfts till berörd
 * koncernövergripande grupp"), with that body: the last one the sentence names besides the group itself and its kind.
 */
function sendsOn(text: string, e: GroupRecord): { sentence: string; to: string }[] {
  return sentences(text).flatMap((sentence) => {
    const to = findBodies(sentence, e.organizationId).filter((m) => m.body.id !== e.id && m.body.id !== e.kindId).pop();
    return to ? [{ sentence, to: to.body.id }] : [];
  });
}

/** The clauses of an entry that say what it does, with the kind of passage each becomes (each clause once). */
export function clausesOf(e: GroupRecord): { clause: Clause; kind: PassageKind }[] {
  const out: { clause: Clause; kind: PassageKind }[] = [];
  const seen = new Set<number>();
  const add = (c: Clause, kind: PassageKind) => {
    // one clause can stand in several fields (a reporting duty that is also a duty): its line and length say which
    const k = c.citation.lineStart * 1_000_003 + c.text.length;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ clause: c, kind });
  };
  for (const c of e.duties) add(c, "duty");
  for (const c of e.purpose) add(c, "purpose");
  for (const c of e.decisionRules) add(c, "rule");
  for (const c of e.escalation) add(c, "rule");
  for (const c of e.other) add(c, "other");
  for (const c of e.coOpted) add(c, "other");
  for (const r of e.reporting) add(r.clause, "other");
  if (e.chair) add(e.chair.clause, "other");
  for (const c of e.composition?.clauses ?? []) add(c, "other");
  if (e.meetingFrequency) add(e.meetingFrequency.clause, "other");
  // who commissions it and whom it is placed under, as the mandate says it ("Chefsforum är uppdragsgivare och prioriterar …")
  for (const r of [e.commissioner, e.parent]) if (r && r.text.split(/\s+/).length > 4) add({ text: r.text, citation: r.citation }, "other");
  return out;
}

/**
 * Passages are kept as columns (entry, source, kind, text, section as indexes into tables), not as one object
 * each: at 10,000 groups that is 200,000 passages, and `passage(i)` builds the object only for the few cited.
 */
export class PassageIndex {
  /** Term → its number in `postings` (the term table's numbering). */
  private termIds = new Map<string, number>();
  /** Passages with the term, in all organisations (for idf), by term number. */
  private df: Int32Array = new Int32Array(0);
  postings!: Postings;
  /** Entries by index (the scorer works on indexes, not ids), and each entry's organisation (index into orgIds). */
  readonly entryIds: string[] = [];
  readonly entryIndex = new Map<string, number>();
  readonly orgIds: string[] = [];
  readonly orgIndex = new Map<string, number>();
  private readonly entryOrg: number[] = [];
  private n = 0;
  private pEntry: Int32Array = EMPTY_INTS;
  private pSource: Int32Array = EMPTY_INTS;
  private pKind: Uint8Array = new Uint8Array(0);
  private pText: Int32Array = EMPTY_INTS;
  private pSection: Int32Array = EMPTY_INTS;
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly idfCache = new Map<string, number>();

  /** Built at once; `PassageIndex.build` is the same build in steps (slices.ts). */
  constructor(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, clauses: (e: GroupRecord) => { clause: Clause; kind: PassageKind }[] = clausesOf, deferred = false) {
    if (!deferred) runNow(this.fill(catalog, lex, vocab, clauses));
  }

  /** The index, built in steps that yield now and then. */
  static *build(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, clauses: (e: GroupRecord) => { clause: Clause; kind: PassageKind }[] = clausesOf, textWords = new TextWords()): Steps<PassageIndex> {
    const index = new PassageIndex(catalog, lex, vocab, clauses, true);
    yield* index.fill(catalog, lex, vocab, clauses, textWords);
    return index;
  }

  /** `textWords`: the texts already split into words (the vocabulary's count read most of them). */
  private *fill(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary, clauses: (e: GroupRecord) => { clause: Clause; kind: PassageKind }[], textWords = new TextWords()): Steps<void> {
    const tick = pace(4);
    const byDocument = new Map<string, string>();
    // an upper bound of the passages: the columns are allocated once
    let most = 0;
    for (const e of catalog.entries) {
      if (tick()) yield;
      most += 1 + clauses(e).length + e.escalation.reduce((n, c) => n + sentences(c.text).length, 0) + e.boundaries.reduce((n, b) => n + 1 + b.text.split(/[.!?]/).length, 0) + (e.entryType === "referenced" ? e.mentions.length : 0);
    }
    this.pEntry = new Int32Array(most);
    this.pSource = new Int32Array(most);
    this.pKind = new Uint8Array(most);
    this.pText = new Int32Array(most);
    this.pSection = new Int32Array(most);
    for (const e of catalog.entries) {
      this.entryIndex.set(e.id, this.entryIds.length);
      this.entryIds.push(e.id);
      if (!this.orgIndex.has(e.organizationId)) {
        this.orgIndex.set(e.organizationId, this.orgIds.length);
        this.orgIds.push(e.organizationId);
      }
      this.entryOrg.push(this.orgIndex.get(e.organizationId)!);
      if (e.document) byDocument.set(e.document.documentId, e.id);
    }
    yield;
    // terms get numbers, and each distinct text its term numbers and strengths; a passage records which text it
    // has, and the postings are laid out afterwards by counting (one array for all lists): no string is built or
    // hashed per passage, and no list grows
    const table = new TermTable(lex, vocab, textWords);
    const pTerms = new Int32Array(most);
    // a passage's text id by the text's number in `textWords` (1 + id; 0: not met yet), which the term table looks up
    // anyway: a map of some 200,000 clause texts keyed by the text was one more lookup of a long string per passage
    let idByNumber = new Int32Array(1024);
    const cleanId = (n: number, raw: string) => {
      if (n >= idByNumber.length) idByNumber = grown(idByNumber, Math.max(2 * idByNumber.length, n + 1));
      return (idByNumber[n] ||= this.textId(clean(raw)) + 1) - 1;
    };
    const add = (entryId: string, sourceId: string, section: string, text: string, kind: PassageKind, termText = text) => {
      const n = textWords.text(termText);
      const t = table.ofNumber(n);
      if (!table.hasTerms(t)) return;
      const textId = text === termText ? cleanId(n, text) : cleanId(textWords.text(text), text);
      const i = this.push(this.entryIndex.get(entryId)!, this.entryIndex.get(sourceId)!, PASSAGE_KINDS.indexOf(kind), textId, this.textId(section));
      pTerms[i] = t;
    };
    for (const e of catalog.entries) {
      if (tick()) yield;
      // a referenced body's name after its comma says where it sits ("…enheten (UoU), Västmanlands Kommuner och
      // Landsting"), not what it does: "kommuner" there is no topic word
      const name = e.entryType === "referenced" ? e.name.split(",")[0]! : e.name;
      add(e.id, e.id, "", e.name, "name", [name, ...e.aliases, e.area ?? ""].join(". ").replace(/\([^)]*\)/g, " "));
      const escalation = new Set(packedMap(e.escalation, (c) => c.text));
      for (const { clause, kind } of clauses(e)) {
        const sends = escalation.has(clause.text) ? sendsOn(clause.text, e) : [];
        // "Ordförande kan lyfta behov av regiongemensamt beslutsfattande till samordningsrådets kontaktperson": an
        // escalation sentence names a kind of matter and the body it goes to — a boundary, like "hanteras via …"
        for (const x of sends) if (this.entryIndex.has(x.to)) add(x.to, e.id, clause.citation.section, x.sentence, "boundary");
        const rest = sends.length ? sentences(clause.text).filter((x) => !sends.some((y) => y.sentence === x && this.entryIndex.has(y.to))).join(" ") : clause.text;
        if (rest) add(e.id, e.id, clause.citation.section, rest, kind);
      }
      for (const b of e.boundaries) {
        if (!b.targetId || b.targetId === e.id || !this.entryIndex.has(b.targetId)) continue;
        // "… säkerställa gemensamma prioriteringar i VGR. Där PPR beslutar … har samordningsråden en viktig roll i
        // genomförandet": a later sentence whose subject is the group itself speaks for the group, not the body named
        const parts = sentences(b.text);
        const own = parts.filter((x, i) => i > 0 && SELF_SUBJECT.test(x));
        add(b.targetId, e.id, b.citation.section, parts.filter((x) => !own.includes(x)).join(" "), "boundary");
        for (const x of own) add(e.id, e.id, b.citation.section, x, "rule");
      }
      if (e.entryType === "referenced")
        for (const c of e.mentions) {
          const source = byDocument.get(c.citation.documentId);
          add(e.id, source && this.entryIndex.has(source) ? source : e.id, c.citation.section, c.text, "mention");
        }
    }
    yield* this.layPostings(table.names, table.done(), pTerms);
  }

  /**
   * Postings by counting: the passages are taken by organisation (stably, so each organisation's stay in passage order)
   * and each term's postings filled in that order, so a term's postings come grouped by organisation and its lists are
   * the runs of one organisation. (Filling in passage order and grouping each term's afterwards took a count, a sort
   * and a copy per term, two more arrays of all postings, and growing arrays of some 350,000 lists at 10,000 groups; a
   * count per (term, organisation) took three arrays of 5 million slots.)
   */
  private *layPostings(termNames: readonly string[], lists: TermLists, pTerms: Int32Array): Steps<void> {
    const nTerms = termNames.length;
    const { start, terms, strengths: termStrengths } = lists;
    this.termIds = lists.ids;
    const termStart = new Int32Array(nTerms + 1);
    const tick = pace(4096);
    for (let p = 0; p < this.n; p++) {
      for (let k = start[pTerms[p]!]!, end = start[pTerms[p]! + 1]!; k < end; k++) termStart[terms[k]! + 1]!++;
      if (tick()) yield;
    }
    for (let t = 0; t < nTerms; t++) termStart[t + 1]! += termStart[t]!;
    const total = termStart[nTerms]!;
    // the passages by organisation, each organisation's in passage order
    const nOrgs = this.orgIds.length;
    const orgOf = new Int32Array(this.n);
    const orgStart = new Int32Array(nOrgs + 1);
    for (let p = 0; p < this.n; p++) orgStart[(orgOf[p] = this.entryOrg[this.pEntry[p]!]!) + 1]!++;
    for (let o = 0; o < nOrgs; o++) orgStart[o + 1]! += orgStart[o]!;
    const byOrg = new Int32Array(this.n);
    for (let p = 0; p < this.n; p++) byOrg[orgStart[orgOf[p]!]!++] = p;
    yield;
    // each posting's passage and strength side by side, scattered once: two arrays scattered apart were two cache
    // misses a posting (4.5 million at 10,000 groups); they are split afterwards in one pass in order
    const pairs = new Int32Array(2 * total);
    const strengthBits = new Int32Array(termStrengths.buffer, termStrengths.byteOffset, termStrengths.length);
    const cursor = termStart.slice(0, nTerms);
    for (let q = 0; q < this.n; q++) {
      const p = byOrg[q]!;
      for (let k = start[pTerms[p]!]!, end = start[pTerms[p]! + 1]!; k < end; k++) {
        const at = 2 * cursor[terms[k]!]!++;
        pairs[at] = p;
        pairs[at + 1] = strengthBits[k]!;
      }
      if (tick()) yield;
    }
    yield;
    const ids = new Int32Array(total);
    const strengths = new Float32Array(total);
    const bits = new Int32Array(strengths.buffer);
    for (let k = 0; k < total; k++) {
      ids[k] = pairs[2 * k]!;
      bits[k] = pairs[2 * k + 1]!;
    }
    yield;
    const listStart = new Int32Array(nTerms + 1);
    let listOrg = new Uint16Array(1 << 16);
    let listFrom = new Int32Array(1 << 16);
    let nLists = 0;
    this.df = new Int32Array(nTerms);
    // a slice ends after some thousands of postings (the first terms met are the most frequent: thousands each)
    let work = 0;
    for (let t = 0; t < nTerms; t++) {
      if (work > 16_384) {
        work = 0;
        yield;
      }
      const from = termStart[t]!;
      const to = termStart[t + 1]!;
      this.df[t] = to - from;
      work += 8 + to - from;
      listStart[t] = nLists;
      let last = -1;
      for (let k = from; k < to; k++) {
        const o = orgOf[ids[k]!]!;
        if (o === last) continue;
        last = o;
        if (nLists + 1 >= listFrom.length) {
          listOrg = grown(listOrg, 2 * listOrg.length);
          listFrom = grown(listFrom, 2 * listFrom.length);
        }
        listOrg[nLists] = o;
        listFrom[nLists++] = k;
      }
    }
    listStart[nTerms] = nLists;
    listFrom[nLists] = total;
    this.postings = { listStart, listOrg: listOrg.slice(0, nLists), listFrom: listFrom.slice(0, nLists + 1), ids, strengths };
  }

  /** What the index is made of, for the persisted router index (router-index.ts). */
  state(): PassageIndexState {
    const n = this.n;
    return {
      terms: [...this.termIds.keys()],
      termNumbers: Int32Array.from(this.termIds.values()),
      df: this.df,
      postings: this.postings,
      entryIds: this.entryIds,
      orgIds: this.orgIds,
      entryOrg: Int32Array.from(this.entryOrg),
      columns: [this.pEntry.subarray(0, n), this.pSource.subarray(0, n), this.pKind.subarray(0, n), this.pText.subarray(0, n), this.pSection.subarray(0, n)],
      texts: this.texts,
    };
  }

  /**
   * The index a `state()` describes, as built. (Its table of texts by content is not made again: only the build
   * looks texts up.)
   */
  static restore(s: PassageIndexState): PassageIndex {
    // a deferred index reads none of its arguments (`fill` does)
    const index = new PassageIndex(undefined as never, undefined as never, undefined as never, clausesOf, true);
    for (let i = 0; i < s.terms.length; i++) index.termIds.set(s.terms[i]!, s.termNumbers[i]!);
    index.df = s.df;
    index.postings = s.postings;
    s.entryIds.forEach((id, i) => {
      index.entryIds.push(id);
      index.entryIndex.set(id, i);
    });
    s.orgIds.forEach((id, i) => {
      index.orgIds.push(id);
      index.orgIndex.set(id, i);
    });
    for (const o of s.entryOrg) index.entryOrg.push(o);
    [index.pEntry, index.pSource, index.pKind, index.pText, index.pSection] = s.columns;
    index.n = index.pEntry.length;
    for (const t of s.texts) index.texts.push(t);
    return index;
  }

  /** A term's number in `postings`, or -1. */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  get termCount(): number {
    return this.termIds.size;
  }

  private textId(t: string): number {
    let id = this.textIds.get(t);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(t);
      this.textIds.set(t, id);
    }
    return id;
  }

  private push(entry: number, source: number, kind: number, text: number, section: number): number {
    const i = this.n++;
    this.pEntry[i] = entry;
    this.pSource[i] = source;
    this.pKind[i] = kind;
    this.pText[i] = text;
    this.pSection[i] = section;
    return i;
  }

  get size(): number {
    return this.n;
  }

  /** The organisation index of an entry. */
  orgOfEntry(e: number): number {
    return this.entryOrg[e]!;
  }

  /** Entry index a passage speaks for, and its kind (for the scoring loop). */
  entryOf(p: number): number {
    return this.pEntry[p]!;
  }
  kindOf(p: number): PassageKind {
    return PASSAGE_KINDS[this.pKind[p]!]!;
  }
  kindIndexOf(p: number): number {
    return this.pKind[p]!;
  }
  /** Entry index whose mandate holds the passage (the cited document's entry). */
  sourceOf(p: number): number {
    return this.pSource[p]!;
  }

  /** One passage as an object (for citations and the decision steps). */
  passage(p: number): Passage {
    return {
      entryId: this.entryIds[this.pEntry[p]!]!,
      sourceId: this.entryIds[this.pSource[p]!]!,
      section: this.texts[this.pSection[p]!]!,
      text: this.texts[this.pText[p]!]!,
      kind: this.kindOf(p),
    };
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Inverse document frequency of a term over passages (BM25's form, always positive). */
  idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const t = this.termIds.get(term);
      const n = t === undefined ? 0 : this.df[t]!;
      v = Math.log(1 + (this.n - n + 0.5) / (n + 0.5));
      this.idfCache.set(term, v);
    }
    return v;
  }
}

/** A copy of `a` in an array of `size` slots. */
function grown<T extends Uint16Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

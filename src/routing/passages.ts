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
import { HEAD_CREDIT, PART_CREDIT } from "./analyze";
import { keySv, words } from "./normalize";
import type { Vocabulary } from "./vocabulary";
import { sentences } from "./actors";

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

export interface Postings {
  readonly ids: Int32Array;
  readonly strengths: Float32Array;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** A sentence whose subject is the mandate's own group: it starts with it, or it follows the finite verb ("… har samordningsråden …"). */
const SELF_SUBJECT = /(^|\b(har|ska|skall|kan|är|bör|får)\s+)(samordningsråden|samordningsrådet|gruppen|grupperna|rådet|samverkansgruppen)\b/i;

/** The clauses of an entry that say what it does, with the kind of passage each becomes. */
export function clausesOf(e: GroupRecord): { clause: Clause; kind: PassageKind }[] {
  const out: { clause: Clause; kind: PassageKind }[] = [];
  const seen = new Set<string>();
  const add = (c: Clause, kind: PassageKind) => {
    const k = `${c.citation.documentId}:${c.citation.lineStart}:${c.text.length}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ clause: c, kind });
  };
  for (const c of e.duties) add(c, "duty");
  for (const c of e.purpose) add(c, "purpose");
  for (const c of [...e.decisionRules, ...e.escalation]) add(c, "rule");
  for (const c of [...e.other, ...e.coOpted, ...e.reporting.map((r) => r.clause)]) add(c, "other");
  for (const c of [...(e.chair ? [e.chair.clause] : []), ...(e.composition?.clauses ?? []), ...(e.meetingFrequency ? [e.meetingFrequency.clause] : [])]) add(c, "other");
  // who commissions it and whom it is placed under, as the mandate says it ("Chefsforum är uppdragsgivare och prioriterar …")
  for (const r of [e.commissioner, e.parent]) if (r && r.text.split(/\s+/).length > 4) add({ text: r.text, citation: r.citation }, "other");
  return out;
}

/** Terms of a mandate text: keys (strength 1), concepts (1), parts of compounds (less). */
export function passageTerms(text: string, lex: CompiledLexicon, vocab: Vocabulary): Map<string, number> {
  const terms = new Map<string, number>();
  const put = (t: string, s: number) => {
    if ((terms.get(t) ?? 0) < s) terms.set(t, s);
  };
  const content = words(text).filter((w) => w.length >= 2 && !lex.stopSv.has(w) && !/^\d+$/.test(w));
  const infos = content.map((w) => vocab.passageWord(w));
  const seq = infos.map((i) => i.key);
  infos.forEach((info, i) => {
    put(info.key, 1);
    info.parts.forEach((p, k) => {
      const s = k === info.parts.length - 1 ? HEAD_CREDIT : PART_CREDIT;
      put(p, s);
      for (const m of lex.concepts.matchesAt([p], 0)) if (m.length === 1) for (const c of m.value) put(c, s);
    });
    for (const m of lex.concepts.matchesAt(seq, i)) for (const c of m.value) put(c, 1);
  });
  return terms;
}

export class PassageIndex {
  readonly passages: Passage[] = [];
  readonly postings = new Map<string, Postings>();
  /** Passages per entry (including, for a concrete group, none of its kind's: see Router). */
  readonly byEntry = new Map<string, number[]>();
  private readonly idfCache = new Map<string, number>();

  constructor(catalog: Catalog, lex: CompiledLexicon, vocab: Vocabulary) {
    const byDocument = new Map<string, string>();
    const ids = new Set(catalog.entries.map((e) => e.id));
    for (const e of catalog.entries) if (e.document) byDocument.set(e.document.documentId, e.id);
    const lists = new Map<string, { ids: number[]; strengths: number[] }>();
    const textCache = new Map<string, Map<string, number>>();
    const add = (p: Passage, termText: string) => {
      let terms = textCache.get(termText);
      if (!terms) {
        terms = passageTerms(termText, lex, vocab);
        if (textCache.size < 200_000) textCache.set(termText, terms);
      }
      if (!terms.size) return;
      const i = this.passages.length;
      this.passages.push(p);
      const own = this.byEntry.get(p.entryId);
      if (own) own.push(i);
      else this.byEntry.set(p.entryId, [i]);
      for (const [t, s] of terms) {
        let l = lists.get(t);
        if (!l) lists.set(t, (l = { ids: [], strengths: [] }));
        l.ids.push(i);
        l.strengths.push(s);
      }
    };
    for (const e of catalog.entries) {
      const nameText = [e.name, ...e.aliases, e.area ?? ""].join(". ").replace(/\([^)]*\)/g, " ");
      add({ entryId: e.id, sourceId: e.id, section: "", text: e.name, kind: "name" }, nameText);
      for (const { clause, kind } of clausesOf(e)) add({ entryId: e.id, sourceId: e.id, section: clause.citation.section, text: clean(clause.text), kind }, clause.text);
      for (const b of e.boundaries) {
        if (!b.targetId || b.targetId === e.id || !ids.has(b.targetId)) continue;
        // "… säkerställa gemensamma prioriteringar i VGR. Där PPR beslutar … har samordningsråden en viktig roll i
        // genomförandet": a later sentence whose subject is the group itself speaks for the group, not the body named
        const parts = sentences(b.text);
        const own = parts.filter((x, i) => i > 0 && SELF_SUBJECT.test(x));
        const sendsOn = parts.filter((x) => !own.includes(x)).join(" ");
        add({ entryId: b.targetId, sourceId: e.id, section: b.citation.section, text: clean(sendsOn), kind: "boundary" }, sendsOn);
        for (const x of own) add({ entryId: e.id, sourceId: e.id, section: b.citation.section, text: clean(x), kind: "rule" }, x);
      }
      if (e.entryType === "referenced")
        for (const c of e.mentions) add({ entryId: e.id, sourceId: byDocument.get(c.citation.documentId) ?? e.id, section: c.citation.section, text: clean(c.text), kind: "mention" }, c.text);
    }
    for (const [t, l] of lists) this.postings.set(t, { ids: Int32Array.from(l.ids), strengths: Float32Array.from(l.strengths) });
  }

  get size(): number {
    return this.passages.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Inverse document frequency of a term over passages (BM25's form, always positive). */
  idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const n = this.postings.get(term)?.ids.length ?? 0;
      v = Math.log(1 + (this.passages.length - n + 0.5) / (n + 0.5));
      this.idfCache.set(term, v);
    }
    return v;
  }
}

export const keyOf = keySv;

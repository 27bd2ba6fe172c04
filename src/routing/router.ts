/**
 * "Which group owns this question?" — a pure router over the mandate catalog.
 *
 * An in-memory index (rebuilt when the catalog version changes) of cited clauses per catalog entry.
 * Relation questions (who commissions / appoints the chair / sets the plan / receives reports /
 * creates or closes / decides on what a group prepares) are answered from the catalog's structure;
 * topic questions from clause matching, where boundary clauses that send a topic elsewhere win over
 * topical matches. The router abstains (`none` / `ambiguous`) instead of guessing.
 */
import { findBodies } from "../catalog/bodies";
import type { Catalog, Clause, GroupRecord, Organization } from "../catalog/schema";
import { analyze, buildVocabulary, fold, stemSv, words, type Token, type Vocabulary } from "./text";

export type RouteStatus = "owner" | "ambiguous" | "none";

export interface RouteCitation {
  groupId: string;
  section: string;
  text: string;
}
export interface RouteCandidate {
  id: string;
  name: string;
  organization: string;
  score: number;
}
export interface RouteEscalation {
  to: { id: string; name: string };
  section: string;
  text: string;
}
export interface RouteResult {
  status: RouteStatus;
  owner: { id: string; name: string; organization: string } | null;
  confidence: number;
  citations: RouteCitation[];
  candidates: RouteCandidate[];
  escalation: RouteEscalation | null;
}

/** Extra facts about an answer, for cards and logs (not part of the JSON contract). */
export interface RouteDetail {
  result: RouteResult;
  /** "topic" | "boundary" | relation name | "empty". */
  reason: string;
  /** Organisation used (id), and where it came from. */
  organizationId?: string;
  organizationSource?: "question" | "given" | "remembered" | "subject";
  /** Several organisations fit: ask which one. */
  askOrganization: boolean;
}

export interface RouteQuery {
  question: string;
  /** Organisation id or alias given explicitly (--org). */
  org?: string;
  /** Organisation remembered for the user (id or alias). */
  rememberedOrg?: string;
}

export type Relation = "commissioner" | "chair" | "members" | "plan" | "reports" | "create" | "decides";

// --- tunables (chosen on the labelled set; see bench/routing.ts) ---
const NONE_THRESHOLD = 0.34;
const AMBIGUOUS_RATIO = 0.87;
/** Without a known organisation, groups of different organisations count as equal sooner (then ask which). */
const CROSS_ORG_RATIO = 0.7;
const NAME_BONUS = 0.45;
const W = { duty: 1, purpose: 0.7, other: 0.45, rule: 0.4, mention: 0.3, boundary: 1.1 } as const;
const MAX_QUESTION_CHARS = 2000;
/** Weight of a word no clause contains, relative to the rarest possible term. */
const UNKNOWN_WORD = 0.4;
/** At most this many unknown words count against a question's coverage. */
const UNKNOWN_CAP = 3;
/** Credit for meeting only a part of a compound (kompetens|försörjning vs kompetens|profiler). */
const PART_CREDIT = 0.35;
/** Credit for question words met in another clause of the same mandate than its best one. */
const SUPPORT_CREDIT = 0.3;
const NEW_COMPOUND_PART_CREDIT = PART_CREDIT;

interface Passage {
  entryId: string; // entry the passage speaks for (boundary: its target)
  sourceId: string; // entry whose mandate holds the clause
  section: string;
  text: string;
  kind: keyof typeof W;
  terms: Set<string>;
}

interface NameInfo {
  id: string;
  /** Folded phrases that name the entry exactly. */
  phrases: string[];
  /** Per name or alias: its words, each as alternative terms (stem, concepts); org words removed. */
  termSets: string[][][];
  nameable: boolean; // group/kind: by term coverage; referenced: by exact phrase only
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();
const round = (n: number) => Math.round(n * 1000) / 1000;

const RELATION_CUES: { rel: Relation; test: (f: string) => boolean }[] = [
  { rel: "chair", test: (f) => /\b(ordforande\w*|vice ?ordforande|chair\w*|chairman|chairperson)\b/.test(f) && /\b(uts[ea]\w*|tillsatt\w*|valj\w*|val|appoint\w*|select\w*|choos\w*|chose|decid\w*|bestamm\w*)\b/.test(f) },
  { rel: "members", test: (f) => /\b(ledamot\w*|medlem\w*|deltagar\w*|members?|participants?|representatives?)\b/.test(f) && /\b(uts[ea]\w*|valj\w*|appoint\w*|select\w*|choos\w*|decid\w*|beslutar|bestamm\w*)\b/.test(f) },
  { rel: "plan", test: (f) => /\b(\w*plan(en|er|erna|s)?|planering|plans?)\b/.test(f) && /\b(faststall\w*|godkann\w*|approv\w*|sets?|adopt\w*|decid\w*|beslut\w*|bestamm\w*)\b/.test(f) && !/\bproduktionsplan/.test(f) },
  { rel: "create", test: (f) => /\b(inratta\w*|avveckla\w*|starta\w*|lagga ner|lagger ner|skapa\w*|creat\w*|clos\w*|establish\w*|set up|shut down|dissolv\w*|abolish\w*)\b/.test(f) || /\b(beslutar|bestammer|decides?|decide) (om )?(vilka|which)\b/.test(f) },
  { rel: "decides", test: (f) => /\b(bereder|bereds|bereda|beredda|forbereder|prepares?|prepared|prepar\w*)\b/.test(f) && /\b(beslut\w*|decid\w*|bestamm\w*)\b/.test(f) },
  { rel: "commissioner", test: (f) => /\b(uppdragsgivare\w*|commission\w*|bestallare|mandating)\b/.test(f) || /\b(gett|gav|ger|given|gave|gives?)\b.*\b(uppdrag\w*|mandat\w*|mandate|assignment|mission)\b/.test(f) },
  { rel: "reports", test: (f) => /\b(rapporter\w*|reports?|reporting|verksamhetsberattelse\w*|minnesanteckningar|minutes|arsberattelse)\b/.test(f) },
];

/** Relation cue words, so they do not count as name or topic words. */
const RELATION_WORDS = /^(ordforande\w*|vice|chair\w*|uts[ea]\w*|appoint\w*|uppdragsgivare\w*|commission\w*|rapporter\w*|reports?|faststall\w*|approv\w*|inratta\w*|avveckla\w*|creat\w*|clos\w*|bereder|bereds|prepar\w*|beslut\w*|decid\w*|verksamhetsplan\w*|plan|verksamhetsberattelse\w*|ledamot\w*|medlem\w*|members?)$/;

export class Router {
  readonly version: number;
  private readonly catalog: Catalog;
  private readonly byId = new Map<string, GroupRecord>();
  private readonly byDocument = new Map<string, string>();
  private readonly orgs: Organization[];
  private readonly orgPhrases: { id: string; stems: string[] }[] = [];
  private readonly vocab: Vocabulary;
  private readonly passages: Passage[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly names: NameInfo[] = [];
  private readonly orgTerms = new Set<string>();
  private readonly namesByOrg = new Map<string, NameInfo[]>();
  private readonly mentionsCache = new Map<string, Clause[]>();
  private readonly bodyCache = new Map<string, string | undefined>();

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    this.version = catalog.version;
    this.orgs = catalog.organizations;
    for (const e of catalog.entries) {
      this.byId.set(e.id, e);
      if (e.document) this.byDocument.set(e.document.documentId, e.id);
    }
    const texts: string[] = [];
    for (const e of catalog.entries) {
      texts.push(e.name, ...e.aliases);
      for (const c of this.clausesOf(e)) texts.push(c.text);
    }
    this.vocab = buildVocabulary(texts);
    this.indexOrganizations();
    for (const e of catalog.entries) this.indexEntry(e);
    this.passages.forEach((p, i) => {
      for (const t of p.terms) {
        const list = this.postings.get(t);
        if (list) list.push(i);
        else this.postings.set(t, [i]);
      }
    });
  }

  // ---------------- indexing ----------------

  private indexOrganizations(): void {
    const generic = new Set(["region", "regionen", "landsting", "landstinget", "kommun", "kommuner", "kommunerna", "och", "i", "sjukvardsregionen"].map((w) => stemSv(w)));
    const tokenOrgs = new Map<string, Set<string>>();
    for (const o of this.orgs) {
      for (const a of [o.name, o.id, ...o.aliases]) {
        const stems = words(a).map((w) => stemSv(w));
        if (stems.length) this.orgPhrases.push({ id: o.id, stems });
        if (stems.length === 1) this.orgTerms.add(stems[0]!);
        for (const s of stems) {
          if (s.length < 4 || generic.has(s)) continue;
          const set = tokenOrgs.get(s) ?? new Set<string>();
          set.add(o.id);
          tokenOrgs.set(s, set);
        }
      }
    }
    // a distinctive word of one organisation's names names it ("Mellansverige", "Götaland")
    for (const [s, ids] of tokenOrgs) {
      if (ids.size !== 1) continue;
      this.orgPhrases.push({ id: [...ids][0]!, stems: [s] });
      this.orgTerms.add(s);
    }
  }

  private clausesOf(e: GroupRecord): Clause[] {
    return [
      ...e.purpose,
      ...e.duties,
      ...e.boundaries,
      ...e.decisionRules,
      ...e.escalation,
      ...e.other,
      ...e.coOpted,
      ...e.reporting.map((r) => r.clause),
      ...(e.chair ? [e.chair.clause] : []),
      ...(e.viceChair ? [e.viceChair.clause] : []),
      ...(e.composition?.clauses ?? []),
      ...(e.meetingFrequency ? [e.meetingFrequency.clause] : []),
    ];
  }

  private termSet(text: string): Set<string> {
    return new Set(analyze(text, this.vocab).terms);
  }

  private indexEntry(e: GroupRecord): void {
    const add = (entryId: string, sourceId: string, c: Clause, kind: Passage["kind"]) => {
      const terms = this.termSet(c.text);
      if (terms.size) this.passages.push({ entryId, sourceId, section: c.citation.section, text: clean(c.text), kind, terms });
    };
    for (const c of e.duties) add(e.id, e.id, c, "duty");
    for (const c of e.purpose) add(e.id, e.id, c, "purpose");
    for (const c of e.other) add(e.id, e.id, c, "other");
    for (const c of [...e.decisionRules, ...e.escalation]) add(e.id, e.id, c, "rule");
    // reporting duties say who does what around the group (annual meetings, reports, minutes)
    const seenLines = new Set([...e.duties, ...e.purpose, ...e.other].map((c) => `${c.citation.documentId}:${c.citation.lineStart}`));
    for (const r of e.reporting) if (!seenLines.has(`${r.clause.citation.documentId}:${r.clause.citation.lineStart}`)) add(e.id, e.id, r.clause, "other");
    for (const b of e.boundaries) if (b.targetId && b.targetId !== e.id && this.byId.has(b.targetId)) add(b.targetId, e.id, b, "boundary");
    if (e.entryType === "referenced") {
      for (const c of e.mentions) {
        const src = this.byDocument.get(c.citation.documentId) ?? e.id;
        const isBoundary = this.byId.get(src)?.boundaries.some((b) => b.targetId === e.id && b.citation.lineStart === c.citation.lineStart);
        if (!isBoundary) add(e.id, src, c, "mention");
      }
    }
    const orgWords = new Set<string>();
    const phrases = [e.name, ...e.aliases].map((n) => fold(n.replace(/\([^)]*\)/g, " "))).filter((p) => p.length >= 3);
    const termSets = [e.name, ...e.aliases, ...(e.area ? [e.area] : [])]
      .map((n) => analyze(n.replace(/\([^)]*\)/g, " "), this.vocab).tokens.map((t) => t.full).filter((alts) => !alts.some((t) => this.orgTerms.has(t) || orgWords.has(t))))
      .filter((s) => s.length > 0);
    const info: NameInfo = { id: e.id, phrases, termSets, nameable: e.entryType !== "referenced" };
    this.names.push(info);
    const list = this.namesByOrg.get(e.organizationId) ?? [];
    list.push(info);
    this.namesByOrg.set(e.organizationId, list);
  }

  // ---------------- organisation context ----------------

  /** An organisation id from an id, name or alias (forgiving), or undefined. */
  resolveOrganization(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const f = fold(text);
    for (const o of this.orgs) if (fold(o.id) === f || fold(o.name) === f || o.aliases.some((a) => fold(a) === f)) return o.id;
    const found = this.organizationsIn(text);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Organisations named in a text. */
  organizationsIn(text: string): string[] {
    const stems = words(text).map((w) => stemSv(w));
    const found = new Set<string>();
    for (const p of this.orgPhrases) {
      for (let i = 0; i + p.stems.length <= stems.length; i++) {
        let ok = true;
        for (let j = 0; j < p.stems.length; j++) if (stems[i + j] !== p.stems[j]) ok = false;
        if (ok) {
          found.add(p.id);
          break;
        }
      }
    }
    return [...found];
  }

  organizationName(id: string): string {
    return this.orgs.find((o) => o.id === id)?.name ?? id;
  }

  // ---------------- public ----------------

  route(q: RouteQuery): RouteResult {
    return this.routeDetailed(q).result;
  }

  routeDetailed(q: RouteQuery): RouteDetail {
    const question = (typeof q.question === "string" ? q.question : "").slice(0, MAX_QUESTION_CHARS);
    const tokens = analyze(question, this.vocab).tokens;
    if (!tokens.length) return { result: none(), reason: "empty", askOrganization: false };

    // organisation: named in the question, given, remembered
    let orgId: string | undefined;
    let orgSource: RouteDetail["organizationSource"];
    const named = this.organizationsIn(question);
    if (named.length === 1) [orgId, orgSource] = [named[0], "question"];
    else if (q.org && this.resolveOrganization(q.org)) [orgId, orgSource] = [this.resolveOrganization(q.org), "given"];
    else if (q.rememberedOrg && this.resolveOrganization(q.rememberedOrg)) [orgId, orgSource] = [this.resolveOrganization(q.rememberedOrg), "remembered"];

    const folded = fold(question);
    const nameHits = this.namedEntries(folded, tokens, orgId);
    const subject = nameHits[0];
    if (!orgId && subject && nameHits.every((h) => this.byId.get(h.id)!.organizationId === this.byId.get(subject.id)!.organizationId)) {
      orgId = this.byId.get(subject.id)!.organizationId;
      orgSource = "subject";
    }

    const rel = RELATION_CUES.find((r) => r.test(folded))?.rel;
    if (rel) {
      const ans = this.answerRelation(rel, subject?.id, orgId);
      if (ans) return { ...ans, organizationId: orgId, organizationSource: orgSource };
      // the group is named but its mandate does not say (e.g. a body with no commissioner): say so, do not guess
      if (subject) {
        const e = this.byId.get(subject.id)!;
        return { result: { ...none(), candidates: [this.candidate(e, 0)] }, reason: rel, organizationId: orgId, organizationSource: orgSource, askOrganization: false };
      }
    }
    // "who <does what> <to a named group>": the body a clause of that group names as the one doing it
    if (subject && /^(vem|who|whom)\b/.test(folded)) {
      const actor = this.answerActor(subject, tokens);
      if (actor) return { ...actor, organizationId: orgId, organizationSource: orgSource };
    }
    return { ...this.answerTopic(tokens, nameHits, orgId), organizationId: orgId, organizationSource: orgSource };
  }

  private answerActor(subject: { id: string; words: Set<string> }, tokens: Token[]): Omit<RouteDetail, "organizationId" | "organizationSource"> | undefined {
    const rest = tokens.filter((t) => !subject.words.has(t.word) && !t.terms.some((x) => this.orgTerms.has(x)));
    if (rest.length === 0 || rest.length > 2) return undefined;
    const s = this.byId.get(subject.id)!;
    const boundaries = new Set(s.boundaries.map((b) => b.text));
    let best: { e: GroupRecord; c: Clause; sentence: string; index: number } | undefined;
    for (const c of [...this.clausesOf(s), ...this.mentionsOf(s)])
      for (const sentence of sentences(c.text)) {
        if (boundaries.has(c.text)) continue; // boundary clauses speak of other topics, not of who acts on this group
        const terms = new Set(analyze(sentence, this.vocab).tokens.flatMap((t) => t.full));
        if (!rest.every((t) => t.full.some((x) => terms.has(x)))) continue;
        const f = fold(sentence);
        const target = this.bodyIn(sentence, s, f);
        const e = target ? this.byId.get(target) : undefined;
        if (!e) continue;
        // the actor is named early (the sentence's subject); a body named late is more often a recipient
        const index = this.hitsIn(sentence, s, f).find((h) => h.id === target)?.index ?? 0;
        if (!best || index < best.index) best = { e, c, sentence, index };
      }
    if (!best) return undefined;
    {
      const { e, c, sentence } = best;
      {
        return {
          result: {
            status: "owner",
            owner: this.ownerOf(e),
            confidence: 0.75,
            citations: [{ groupId: this.byDocument.get(c.citation.documentId) ?? s.id, section: c.citation.section, text: clean(sentence) }],
            candidates: [this.candidate(e, 1)],
            escalation: null,
          },
          reason: "actor",
          askOrganization: false,
        };
      }
    }
  }

  // ---------------- names ----------------

  /** Entries the question names, best first (more matched name words first). */
  private namedEntries(folded: string, tokens: Token[], orgId: string | undefined): { id: string; matched: number; coverage: number; words: Set<string> }[] {
    const f = ` ${folded} `;
    const out: { id: string; matched: number; coverage: number; words: Set<string> }[] = [];
    for (const n of this.names) {
      const e = this.byId.get(n.id)!;
      if (orgId && e.organizationId !== orgId) continue;
      let best = { matched: 0, coverage: 0, words: new Set<string>() };
      for (const p of n.phrases)
        if (f.includes(` ${p} `)) {
          const ws = new Set(p.split(" "));
          const cand = { matched: ws.size + 0.5, coverage: 1, words: ws };
          if (cand.matched > best.matched) best = cand;
        }
      if (n.nameable)
        for (const set of n.termSets) {
          const ws = new Set<string>();
          let hit = 0;
          for (const alts of set) {
            const m = tokens.filter((tok) => tok.full.some((t) => alts.includes(t)));
            if (m.length) {
              hit++;
              for (const tok of m) ws.add(tok.word);
            }
          }
          const cov = hit / set.length;
          if (cov >= 0.6 && hit > 0 && (hit > best.matched || (hit === best.matched && cov > best.coverage))) best = { matched: hit, coverage: cov, words: ws };
        }
      if (best.matched > 0) out.push({ id: n.id, ...best });
    }
    // a name inside a longer name that is also there ("samordningsråd" in "samordningsråd bild- och funktionsmedicin") names the longer one
    const kept = out.filter((h) => !out.some((o) => o !== h && o.words.size > h.words.size && [...h.words].every((w) => o.words.has(w))));
    return kept.sort((a, b) => b.matched - a.matched || b.coverage - a.coverage || rank(this.byId.get(a.id)!) - rank(this.byId.get(b.id)!));
  }

  // ---------------- relations ----------------

  private answerRelation(rel: Relation, subjectId: string | undefined, orgId: string | undefined): Omit<RouteDetail, "organizationId" | "organizationSource"> | undefined {
    if (!subjectId) {
      // a relation question without a group: list the groups it could be about
      const groups = this.catalog.entries.filter((e) => e.entryType !== "referenced" && (!orgId || e.organizationId === orgId));
      if (!groups.length) return undefined;
      return {
        result: {
          status: "ambiguous",
          owner: null,
          confidence: 0,
          citations: [],
          candidates: groups.slice(0, 8).map((g) => this.candidate(g, 0)),
          escalation: null,
        },
        reason: rel,
        askOrganization: !orgId && new Set(groups.map((g) => g.organizationId)).size > 1,
      };
    }
    const s = this.byId.get(subjectId)!;
    const kind = s.kindId ? this.byId.get(s.kindId) : undefined;
    const instances = this.catalog.entries.filter((e) => e.kindId === s.id);
    const found = this.relationTarget(rel, s) ?? (kind ? this.relationTarget(rel, kind) : undefined) ?? (rel === "create" || rel === "decides" ? instances.map((i) => this.relationTarget(rel, i)).find(Boolean) : undefined);
    if (!found) return undefined;
    const target = this.byId.get(found.targetId);
    if (!target) return undefined;
    return {
      result: {
        status: "owner",
        owner: this.ownerOf(target),
        confidence: found.direct ? 0.95 : 0.8,
        citations: [found.citation],
        candidates: [this.candidate(target, 1)],
        escalation: null,
      },
      reason: rel,
      askOrganization: false,
    };
  }

  private relationTarget(rel: Relation, s: GroupRecord): { targetId: string; citation: RouteCitation; direct: boolean } | undefined {
    const cite = (c: Clause, text?: string): RouteCitation => ({ groupId: this.byDocument.get(c.citation.documentId) ?? s.id, section: c.citation.section, text: clean(text ?? c.text) });
    const ref = (r: GroupRecord["commissioner"]) => (r && this.byId.has(r.targetId) ? { targetId: r.targetId, citation: { groupId: s.id, section: r.citation.section, text: clean(r.text) }, direct: true } : undefined);
    const inClauses = (clauses: Clause[], cue: RegExp, also?: RegExp) => {
      for (const c of clauses)
        for (const sentence of sentences(c.text)) {
          const f = fold(sentence);
          if (!cue.test(f) || (also && !also.test(f))) continue;
          const t = this.bodyIn(sentence, s, f);
          if (t) return { targetId: t, citation: cite(c, sentence), direct: false };
        }
      return undefined;
    };
    const all = this.clausesOf(s);
    switch (rel) {
      case "commissioner":
        return ref(s.commissioner) ?? inClauses(all, /uppdragsgivare/);
      case "chair": {
        const c = s.chair;
        if (c?.appointedById && this.byId.has(c.appointedById)) return { targetId: c.appointedById, citation: cite(c.clause), direct: true };
        if (c) {
          const t = this.bodyIn(c.clause.text, s, fold(c.clause.text));
          if (t) return { targetId: t, citation: cite(c.clause), direct: true };
        }
        return inClauses(all, /ordforande/, /\b(utser|utses|valjer)\b/);
      }
      case "members": {
        const c = s.composition;
        const explicit = inClauses(all, /\b(ledamot\w*|medlem\w*|deltagare)\b/, /\b(uts[ea]\w*|beslutas|beslutar)\b/);
        if (explicit) return explicit;
        if (c?.appointedById && this.byId.has(c.appointedById) && c.clauses[0]) return { targetId: c.appointedById, citation: cite(c.clauses[0]), direct: true };
        return undefined;
      }
      case "plan":
        return inClauses(all, /plan/, /\b(faststall\w*|godkann\w*|presentera\w*)\b/);
      case "reports": {
        const r = s.reporting.find((x) => x.toId && x.toId !== s.id && this.byId.has(x.toId));
        if (r) return { targetId: r.toId!, citation: cite(r.clause), direct: true };
        return ref(s.parent) ?? inClauses(all, /rapporter/);
      }
      case "create":
        return inClauses([...all, ...this.mentionsOf(s)], /\b(inratta\w*|avveckla\w*|beslutar om vilka|bestammer vilka|initierade|skapa\w*)\b/);
      case "decides":
        return inClauses(all, /\b(bered\w*|remissinstans)\b/) ?? inClauses(all, /beslutande organ/);
    }
  }

  /** Clauses in other entries' mandates that name the entry (e.g. "Ledningsgruppen beslutar om vilka verksamhetschefsgrupper …"). */
  private mentionsOf(s: GroupRecord): Clause[] {
    const hit = this.mentionsCache.get(s.id);
    if (hit) return hit;
    const out: Clause[] = [];
    for (const e of this.catalog.entries) if (e.id !== s.id && e.organizationId === s.organizationId) for (const c of this.clausesOf(e)) if (this.bodyIn(c.text, e, fold(c.text), s.id)) out.push(c);
    this.mentionsCache.set(s.id, out);
    return out;
  }

  /** The catalog body a sentence names (other than the subject); a delegation ("… till X") names its receiver. */
  private bodyIn(sentence: string, s: GroupRecord, f: string, only?: string): string | undefined {
    const key = `${s.id}\u0000${only ?? ""}\u0000${sentence}`;
    if (this.bodyCache.has(key)) return this.bodyCache.get(key);
    const found = this.findBodyIn(sentence, s, f, only);
    if (this.bodyCache.size < 100_000) this.bodyCache.set(key, found);
    return found;
  }

  private findBodyIn(sentence: string, s: GroupRecord, f: string, only?: string): string | undefined {
    const hits = this.hitsIn(sentence, s, f);
    if (only) return hits.some((h) => h.id === only) ? only : undefined;
    if (!hits.length) return undefined;
    const padded = ` ${f} `;
    const delegation = /\b(fordelat|delegerat|overlatit|overlamnat)\b.*\btill\b/.exec(f);
    if (delegation) {
      const after = hits.filter((h) => h.index >= padded.indexOf(" till ", delegation.index));
      if (after.length) return after[after.length - 1]!.id;
    }
    return hits[0]!.id;
  }

  /** The body a clause starts with as its grammatical subject, when that is not the mandate's own group. */
  private subjectOf(text: string, e: GroupRecord): string | undefined {
    const first = this.hitsIn(text, e, fold(text))[0];
    return first && first.index === 0 ? first.id : undefined;
  }

  /** Catalog bodies a sentence names (other than the subject and its kind), in text order. */
  private hitsIn(sentence: string, s: GroupRecord, f: string): { id: string; index: number }[] {
    const skip = new Set([s.id, s.kindId ?? ""]);
    const hits: { id: string; index: number }[] = [];
    for (const m of findBodies(sentence, s.organizationId)) if (!skip.has(m.body.id) && this.byId.has(m.body.id)) hits.push({ id: m.body.id, index: m.index });
    const padded = ` ${f} `;
    for (const n of this.namesByOrg.get(s.organizationId) ?? []) {
      if (skip.has(n.id) || hits.some((h) => h.id === n.id)) continue;
      for (const p of n.phrases) {
        const i = padded.indexOf(` ${p} `);
        if (i >= 0) {
          hits.push({ id: n.id, index: i });
          break;
        }
      }
    }
    return hits.sort((a, b) => a.index - b.index);
  }

  // ---------------- topics ----------------

  private answerTopic(tokens: Token[], nameHits: { id: string; matched: number; coverage: number; words: Set<string> }[], orgId: string | undefined): Omit<RouteDetail, "organizationId" | "organizationSource"> {
    const nameWords = new Set<string>();
    for (const h of nameHits) for (const w of h.words) nameWords.add(w);
    const topic = tokens.filter((t) => !nameWords.has(t.word) && !t.terms.some((x) => this.orgTerms.has(x)) && !RELATION_WORDS.test(t.word));
    const N = this.passages.length || 1;
    const idf = (t: string) => Math.log(1 + N / ((this.postings.get(t)?.length ?? 0) + 0.5));
    const unknown = Math.log(1 + N / 0.5);
    // A word's weight is the rarity of the word itself when clauses use it (a rare synonym must not make a
    // common verb such as "följa upp" weigh like the question's subject); else its rarest known form.
    const tokWeight = topic.map((t) => {
      const own = t.full[0];
      if (own && this.postings.has(own)) return idf(own);
      const known = t.terms.filter((x) => this.postings.has(x));
      return known.length ? Math.max(...known.map(idf)) : unknown * UNKNOWN_WORD;
    });
    // chatty questions: words no clause knows count, but only the first few (a long preamble must not drown the topic)
    let unknownSeen = 0;
    const total = topic.reduce((sum, t, i) => {
      if (t.terms.some((x) => this.postings.has(x))) return sum + tokWeight[i]!;
      return ++unknownSeen <= UNKNOWN_CAP ? sum + tokWeight[i]! : sum;
    }, 0);

    // passage scores through the postings: matched weight per passage
    const matched = new Map<number, number>();
    const perToken = new Map<number, Map<number, number>>(); // passage → token index → matched weight
    const distinctive = new Map<number, number>(); // passage → matched topic words found in few passages
    topic.forEach((t, i) => {
      const seen = new Map<number, number>();
      // a compound no clause contains is understood through its parts
      const knownWhole = t.full.some((x) => this.postings.has(x));
      const partCredit = knownWhole ? PART_CREDIT : NEW_COMPOUND_PART_CREDIT;
      for (const term of t.terms) {
        // a part counts as much as it is distinctive: "vård" in "vårdgarantin" is in half the clauses
        const whole = t.full.includes(term) || (!knownWhole && !!t.core?.includes(term));
        const factor = whole ? 1 : partCredit * Math.min(1, idf(term) / (tokWeight[i] || 1));
        for (const p of this.postings.get(term) ?? []) seen.set(p, Math.max(seen.get(p) ?? 0, factor));
      }
      const rare = seen.size > 0 && seen.size <= 4;
      for (const [p, f] of seen) {
        matched.set(p, (matched.get(p) ?? 0) + tokWeight[i]! * f);
        let per = perToken.get(p);
        if (!per) perToken.set(p, (per = new Map()));
        per.set(i, tokWeight[i]! * f);
        if (rare && f === 1) distinctive.set(p, (distinctive.get(p) ?? 0) + 1);
      }
    });

    const inOrg = (id: string) => !orgId || this.byId.get(id)?.organizationId === orgId;
    const best = new Map<string, { score: number; p: number; topical: number }>();
    const bestNonBoundaryByOrg = new Map<string, number>();
    for (const [p, m] of matched) {
      const ps = this.passages[p]!;
      if (!inOrg(ps.entryId)) continue;
      const cov = total > 0 ? m / total : 0;
      const score = cov * W[ps.kind];
      const cur = best.get(ps.entryId);
      if (!cur || score > cur.score) best.set(ps.entryId, { score, p, topical: cov });
      if (ps.kind !== "boundary") {
        const org = this.byId.get(ps.entryId)!.organizationId;
        bestNonBoundaryByOrg.set(org, Math.max(bestNonBoundaryByOrg.get(org) ?? 0, cov));
      }
    }
    // a mandate that answers the rest of the question in another of its own clauses fits better than one
    // that answers only part of it: words the best clause misses, met elsewhere in the same mandate, count a little
    const byEntry = new Map<string, number[]>();
    for (const p of perToken.keys()) {
      const other = this.passages[p]!;
      if (other.kind === "boundary" || other.kind === "mention") continue;
      const list = byEntry.get(other.entryId);
      if (list) list.push(p);
      else byEntry.set(other.entryId, [p]);
    }
    for (const [id, b] of best) {
      const ps = this.passages[b.p]!;
      if (ps.kind === "boundary" || total <= 0) continue;
      const own = perToken.get(b.p)!;
      const extra = new Map<number, number>();
      for (const p of byEntry.get(id) ?? []) {
        const per = perToken.get(p)!;
        const other = this.passages[p]!;
        if (p === b.p) continue;
        for (const [i, w] of per) if (!own.has(i)) extra.set(i, Math.max(extra.get(i) ?? 0, w * W[other.kind]));
      }
      let add = 0;
      for (const w of extra.values()) add += w;
      if (add > 0) b.score += (SUPPORT_CREDIT * add) / total;
    }
    // named groups: a bonus (their own question) — referenced bodies only when named exactly
    const scores = new Map<string, { score: number; p?: number; boundary?: boolean }>();
    for (const [id, b] of best) scores.set(id, { score: b.score, p: b.p });
    for (const h of nameHits) {
      if (!inOrg(h.id)) continue;
      const cur = scores.get(h.id) ?? { score: 0 };
      const bonus = NAME_BONUS * h.coverage * (topic.length ? 1 : 1.6);
      scores.set(h.id, { ...cur, score: cur.score + bonus });
    }
    // boundaries win: a boundary clause that explains the topic at least as well as any topical clause
    let top = 0;
    for (const v of scores.values()) top = Math.max(top, v.score);
    let winner: { id: string; p: number; topical: number } | undefined;
    for (const [id, b] of best) {
      const ps = this.passages[b.p]!;
      if (ps.kind !== "boundary") continue;
      const org = this.byId.get(id)!.organizationId;
      const rival = bestNonBoundaryByOrg.get(org) ?? 0;
      const wins = b.topical >= NONE_THRESHOLD && (b.topical > rival + 1e-9 || ((distinctive.get(b.p) ?? 0) > 0 && b.topical >= rival * 0.6));
      if (wins && (!winner || b.topical > winner.topical)) winner = { id, ...b };
    }
    if (winner) scores.set(winner.id, { score: Math.max(top + 0.05, scores.get(winner.id)!.score), p: winner.p, boundary: true });

    let ranked = [...scores.entries()].map(([id, v]) => ({ id, ...v })).sort((a, b) => b.score - a.score || rank(this.byId.get(a.id)!) - rank(this.byId.get(b.id)!));
    if (!ranked.length || ranked[0]!.score < NONE_THRESHOLD) {
      return { result: { ...none(), candidates: ranked.slice(0, 3).filter((r) => r.score > 0.1).map((r) => this.candidate(this.byId.get(r.id)!, r.score)) }, reason: "topic", askOrganization: false };
    }
    // a clause whose subject is another body ("Regiondirektörsgruppen utvärderar …", "Ledningsgruppen
    // ansvarar för att …") names who does it, whichever mandate the clause stands in
    const lead = ranked[0]!;
    if (lead.p !== undefined && !lead.boundary) {
      const ps = this.passages[lead.p]!;
      const actor = ps.kind === "mention" ? undefined : this.subjectOf(ps.text, this.byId.get(ps.entryId)!);
      if (actor && inOrg(actor)) ranked = [{ ...lead, id: actor }, ...ranked.slice(1).filter((r) => r.id !== actor)];
    }
    // a kind and its instance fitting equally: the general mandate unless the instance is named
    const first = ranked[0]!;
    ranked = ranked.filter((r, i) => {
      if (i === 0) return true;
      const a = this.byId.get(first.id)!;
      const b = this.byId.get(r.id)!;
      return !(a.kindId === b.id || b.kindId === a.id);
    });
    const firstOrg = this.byId.get(first.id)!.organizationId;
    // without a known organisation: another organisation's group whose clause carries the question's key word fits too
    let key: Token | undefined;
    if (!orgId && first.p !== undefined) {
      const fp = this.passages[first.p]!;
      topic.forEach((t, i) => {
        if (t.full.some((x) => fp.terms.has(x)) && (!key || tokWeight[i]! > tokWeight[topic.indexOf(key)]!)) key = t;
      });
    }
    const close = ranked.filter((r) => {
      const otherOrg = this.byId.get(r.id)!.organizationId !== firstOrg;
      if (r.score >= first.score * (!orgId && otherOrg ? CROSS_ORG_RATIO : AMBIGUOUS_RATIO)) return true;
      if (!orgId && otherOrg && key && r.p !== undefined && r.score >= first.score * 0.5) {
        const rp = this.passages[r.p]!;
        return rp.kind !== "mention" && key.full.some((x) => rp.terms.has(x));
      }
      return false;
    });
    const owner = this.byId.get(first.id)!;
    const candidates = ranked.slice(0, Math.max(3, close.length)).map((r) => this.candidate(this.byId.get(r.id)!, r.score / (first.score || 1)));
    if (close.length > 1 && !first.boundary) {
      const orgsInvolved = new Set(close.map((r) => this.byId.get(r.id)!.organizationId));
      return {
        result: {
          status: "ambiguous",
          owner: null,
          confidence: round(Math.max(0, 1 - close[1]!.score / first.score) + 0.2),
          citations: close.flatMap((r) => (r.p !== undefined ? [this.citationOf(this.passages[r.p]!)] : [])),
          candidates: close.map((r) => this.candidate(this.byId.get(r.id)!, r.score / first.score)),
          escalation: null,
        },
        reason: "topic",
        askOrganization: orgsInvolved.size > 1,
      };
    }
    const second = ranked[1]?.score ?? 0;
    const citations: RouteCitation[] = [];
    if (first.p !== undefined) citations.push(this.citationOf(this.passages[first.p]!));
    else {
      const c = owner.duties[0] ?? owner.purpose[0] ?? owner.mentions[0];
      if (c) citations.push({ groupId: this.byDocument.get(c.citation.documentId) ?? owner.id, section: c.citation.section, text: clean(c.text) });
    }
    const confidence = round(Math.min(1, first.score) * 0.6 + (1 - second / first.score) * 0.4);
    return {
      result: { status: "owner", owner: this.ownerOf(owner), confidence, citations, candidates, escalation: this.escalationOf(owner) },
      reason: first.boundary ? "boundary" : "topic",
      askOrganization: false,
    };
  }

  // ---------------- output helpers ----------------

  private citationOf(p: Passage): RouteCitation {
    return { groupId: p.sourceId, section: p.section, text: p.text };
  }

  private ownerOf(e: GroupRecord): { id: string; name: string; organization: string } {
    return { id: e.id, name: e.name, organization: this.organizationName(e.organizationId) };
  }

  private candidate(e: GroupRecord, score: number): RouteCandidate {
    return { ...this.ownerOf(e), score: round(Math.max(0, Math.min(1, score))) };
  }

  /** Where a question goes when the owner cannot decide it: an escalation clause naming a body, else its parent or commissioner. */
  escalationOf(e: GroupRecord): RouteEscalation | null {
    const kind = e.kindId ? this.byId.get(e.kindId) : undefined;
    for (const g of [e, kind]) {
      if (!g) continue;
      for (const c of g.escalation) {
        const t = this.bodyIn(c.text, g, fold(c.text));
        const target = t ? this.byId.get(t) : undefined;
        if (target) return { to: { id: target.id, name: target.name }, section: c.citation.section, text: clean(c.text) };
      }
      for (const r of [g.parent, g.commissioner]) {
        const target = r ? this.byId.get(r.targetId) : undefined;
        if (r && target) return { to: { id: target.id, name: target.name }, section: r.citation.section, text: clean(r.text) };
      }
    }
    return null;
  }
}

function rank(e: GroupRecord): number {
  return e.entryType === "kind" ? 0 : e.entryType === "group" ? 1 : 2;
}

function none(): RouteResult {
  return { status: "none", owner: null, confidence: 0, citations: [], candidates: [], escalation: null };
}

function sentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

let cached: { catalog: Catalog; version: number; router: Router } | undefined;

/** The router for a catalog, rebuilt when the catalog (or its version) changes. */
export function routerFor(catalog: Catalog): Router {
  if (!cached || cached.catalog !== catalog || cached.version !== catalog.version) cached = { catalog, version: catalog.version, router: new Router(catalog) };
  return cached.router;
}

/** Routes one question (pure: same catalog and query, same answer). */
export function route(catalog: Catalog, q: RouteQuery): RouteResult {
  return routerFor(catalog).route(q);
}

/** A stable function for `CurrentCatalog.derive`: the router is rebuilt only when the catalog version changes. */
export const createRouter = (catalog: Catalog): Router => new Router(catalog);

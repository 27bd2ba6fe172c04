/**
 * Questions about a group's relations ("who appoints the chair of X", "who does X report to", "may X set
 * up working groups"), answered from the catalog: first its structured facts (chair, commissioner,
 * reporting), then the sentence of X's mandate (or its kind's, or another mandate's that names X) that
 * speaks of the relation, and the party that sentence names. When X acts in the sentence ("Ledningsgruppen
 * … bereder ärenden till samverkansnämnden"), the answer is the other party (the one it acts for or
 * towards), or X itself when there is none ("Samordningsrådet kan besluta om undergrupper"); when X is
 * acted upon ("… beslutas av Ledningsgruppen", "Regiondirektören har fördelat ansvaret … till X"), the
 * answer is the one acting. The answer cites that sentence; when no clause says, there is no answer.
 */
import type { Catalog, Clause, GroupRecord } from "../catalog/schema";
import { isConcept, type QuestionAnalysis } from "./analyze";
import { contentKeys, type CompiledLexicon, type RelationTable } from "./compiled-lexicon";
import type { Relation } from "./lexicon";
import { sentences, type Actors } from "./actors";
import { clausesOf } from "./passages";
import { foldClause, memo } from "./memo";
import { keySv, words } from "./normalize";
import type { RouteCitation } from "./types";
import { cueTermsOf, matchAll } from "./relation-detect";
import { asksForParty, GIVEN_BY_OTHERS, SELF_RELATIONS } from "./relation-asked";
import { ARTICLES } from "./articles";
import type { RelationCatalog } from "./relation-destinations";
import { asksWhoHandedOver, partyIn, type PartyReader } from "./relation-party";
import { packedMap } from "./packed";

/**
 * Relations a group's own sentence naming no one else answers with the group, which yield to its template's answer when
 * that sentence shares nothing else with the question: those given by others, and reporting ("Deltagarna i
 * samordningsråden rapporterar i sin ordinarie linjestruktur", 004, does not say whom the chair reports to; its template
 * does, 003: "Ordförande rapporterar till hälso- och sjukvårdsdirektören").
 */
const YIELDS_TO_TEMPLATE: ReadonlySet<Relation> = new Set([...GIVEN_BY_OTHERS, "reports"]);

// the question side (which relation is asked, and whether it is) lives in relation-detect.ts and relation-asked.ts
export { detectRelation, matchAll, type RelationAsked } from "./relation-detect";
export { asksForParty, asksOnlyFact, asksWhoChairs, asksWhoIsIn, GIVEN_BY_OTHERS, isSelfRelation, relationAsked, whoActsOn } from "./relation-asked";
export { answerRelation, answerWhoChairs } from "./relation-answer";

export interface RelationAnswer {
  readonly targetId: string;
  readonly citation: RouteCitation;
  /** From a structured fact, from a sentence, or the group itself (its mandate lets it decide). */
  readonly how: "fact" | "clause" | "self";
  /** The question's words besides the relation's and the group's met in the cited sentence (a clause answer only). */
  readonly topical?: boolean;
}

/**
 * Support comes in kinds, each from its own party: "Ordförande i respektive verksamhetsgrupp ansvarar för ev. administrativt
 * stöd. Möjlighet finns att avropa utredningsresurser från Samverkansnämndens kansli." (000). The sentence naming the kind
 * the question asks for ("administrativt stöd", not "utredningsresurser") answers it, even when another names a body.
 */
function namesSupportAsked(rel: Relation, aboutAt: ReadonlySet<number>, keys: readonly string[], cueKeys: ReadonlySet<string>): boolean {
  return rel === "support" && [...aboutAt].some((i) => cueKeys.has(keys[i] ?? ""));
}

/** The members of a group as the ones who report (folded), and its chair, who reports for the group. */
const PARTICIPANTS = new Set(["deltagarna", "deltagare", "deltagaren", "ledamoterna", "ledamoter", "representanterna", "participants", "members", "representatives"]);
const CHAIRS = new Set(["ordforande", "ordforanden", "ordf", "chair", "chairs", "chairperson"]);
/** A clause in which the participants are the ones who report (folded). */
const PARTICIPANTS_REPORT = /\bdeltagar\w* [^.]*\brapporter/;

/** Relations whose word names people of a body ("ledamöter", "ordförande"), which Swedish qualifies by a preposition. */
const QUALIFIED: ReadonlySet<Relation> = new Set(["members", "chair", "proposes"]);
const QUALIFYING = new Set(["till", "i", "for", "to", "in", "of"]);
const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * "ledamöter till nationella programområden", "ordförande i en nationell arbetsgrupp": Swedish (and English) says whose
 * members or chair a relation word speaks of by a prepositional phrase after it. The terms (keys and concepts) of that
 * phrase's content words, up to the next function word, when they are not a named group (`skip`): the members asked are
 * that body's, and a mandate sentence that speaks of it answers, not one about the group's own members.
 */
function qualifierOf(a: QuestionAnalysis, cues: ReadonlySet<number>, skip: ReadonlySet<number>): ReadonlySet<string> {
  const tokenAt = new Map(packedMap(a.tokens.filter((t) => t.at >= 0), (t) => [t.at, t]));
  const out = new Set<string>();
  for (const c of cues) {
    if (cues.has(c + 1) || !QUALIFYING.has(a.words[c + 1] ?? "")) continue;
    for (let i = c + 2; i < a.words.length && i <= c + 5 && a.sentenceOf[i] === a.sentenceOf[c]; i++) {
      const t = tokenAt.get(i);
      if (!t && ARTICLES.has(a.words[i]!) && !out.size) continue;
      if (!t || skip.has(i) || cues.has(i)) break;
      if (t.key.length > 3) out.add(t.key);
      for (const x of t.terms) if (x.credit === 1 && isConcept(x.term)) out.add(x.term);
    }
  }
  return out;
}

/** The verb of preparing matters (folded), as what an assignment is for ("i uppdrag att bereda"). */
const TO_PREPARE = new Set(["bereda", "bereder", "bereds", "beredas"]);

/** A sentence that starts with a pronoun ("De utses av …") continues the one before it. */
const PRONOUN_START = /^(de|dem|den|det|dessa|denna|detta|han|hon|they|it|these)\s/i;

/**
 * A passive after a modal with no agent of its own ("Både ordinarie och ersättare ska utses.") leaves its agent to the
 * sentence before, which names one with "av" ("En representant per region utsedd av respektive regiondirektör.", 001):
 * Swedish does not repeat it. Such a sentence is read together with the one before it (and cited so: both are the
 * mandate's own words).
 */
const AGENTLESS_PASSIVE = /\b(ska|skall|kan|bör|får|måste)\s+(\p{L}+\s+)?\p{L}{3,}s\b/iu;
const AGENT = /\sav\s/i;

function withAntecedents(list: string[], agents: boolean): string[] {
  return packedMap(list, (s, i) => {
    if (i > 0 && PRONOUN_START.test(s)) return s.replace(PRONOUN_START, `${list[i - 1]!.split(/\s+/)[0]} `);
    if (agents && i > 0 && AGENTLESS_PASSIVE.test(s) && !AGENT.test(s) && AGENT.test(list[i - 1]!)) return `${list[i - 1]!} ${s}`;
    return s;
  });
}

/** What one relation's phrases match in one mandate sentence (word positions of the matches). */
interface SentenceMatch {
  about: number;
  acts: number;
  alone: number;
  aboutAt: ReadonlySet<number>;
  actAt: ReadonlySet<number>;
}

/** What one relation's phrases match in one sentence (the table is the relation's, so one per relation). */
function matchSentence(table: RelationTable, sentence: string): SentenceMatch {
  const ws = words(sentence);
  const aboutAt = new Set<number>();
  const actAt = new Set<number>();
  if (table.clause) return { about: 0, acts: matchAll(table.clause, ws, actAt), alone: 0, aboutAt, actAt };
  const about = table.about.size ? matchAll(table.about, ws, aboutAt) : 0;
  const acts = matchAll(table.acts, ws, actAt) + matchAll(table.alone, ws, actAt);
  return { about, acts, alone: matchAll(table.alone, ws, new Set()), aboutAt, actAt };
}

export class RelationAnswerer implements RelationCatalog, PartyReader {
  readonly byId = new Map<string, GroupRecord>();
  private readonly byDocument = new Map<string, string>();
  private readonly instancesOf = new Map<string, GroupRecord[]>();

  /** Words of the question not to match sentences by (the relation's own cue words, names). */
  private skipWords: ReadonlySet<number> = new Set();
  /** The question asks who handed a responsibility over ("Vem delegerade …?"), not who holds it now. */
  asksGiver = false;
  /** Keys of the words that asked for the relation: a sentence using the same word fits best. */
  private cueKeys: ReadonlySet<string> = new Set();
  /** What the question's word for the relation's people is qualified by ("ledamöter till nationella programområden"). */
  private qualifier: ReadonlySet<string> = new Set();
  /** The lexicon's concepts those words stand for. */
  private cueConcepts: ReadonlySet<string> = new Set();

  constructor(
    catalog: Catalog,
    readonly actors: Actors,
    readonly lex: CompiledLexicon,
    private readonly weight: (key: string) => number,
  ) {
    for (const e of catalog.entries) {
      this.byId.set(e.id, e);
      if (e.document) this.byDocument.set(e.document.documentId, e.id);
      if (e.kindId) this.instancesOf.set(e.kindId, [...(this.instancesOf.get(e.kindId) ?? []), e]);
    }
  }

  cite(c: Clause, owner: GroupRecord, text?: string): RouteCitation {
    return { groupId: this.byDocument.get(c.citation.documentId) ?? owner.id, section: c.citation.section, text: (text ?? c.text).replace(/\s+/g, " ").trim() };
  }

  known(id: string | undefined): id is string {
    return !!id && this.byId.has(id);
  }

  /** The answer for one group: its own facts and clauses, then its kind's, then (for a kind) its concrete groups'. */
  answer(rel: Relation, s: GroupRecord, a: QuestionAnalysis, excluded: ReadonlySet<string>, skipWords: ReadonlySet<number> = new Set(), cues: ReadonlySet<number> = new Set()): RelationAnswer | undefined {
    this.skipWords = skipWords;
    this.cueKeys = new Set(packedMap([...cues], (i) => keySv(a.words[i] ?? "")));
    this.cueConcepts = new Set([...cueTermsOf(a, cues)].filter(isConcept));
    this.qualifier = QUALIFIED.has(rel) ? qualifierOf(a, cues, skipWords) : NO_TERMS;
    this.asksGiver = asksWhoHandedOver(a.words);
    // "Vem kan ge bildrådet i uppdrag att bereda en fråga?": an assignment to prepare matters is the preparing relation
    // seen from the one who assigns it (003 "bereda och genomföra ärenden på uppdrag av koncernledning hälso- och
    // sjukvård"): the clause that says for whom the group prepares answers first, the group's commissioner after it
    const preparing = rel === "commissioner" && a.words.some((w) => TO_PREPARE.has(w)) ? this.answerOnly("prepares", s, a, excluded) : undefined;
    if (preparing && preparing.how !== "self") return preparing;
    const direct = this.answerOnly(rel, s, a, excluded);
    // who decides on what a group prepares: the body it prepares for, when no clause says who decides
    return direct ?? (rel === "decides" ? this.answerOnly("prepares", s, a, excluded) : undefined);
  }

  /** Only the mandate's procedure clauses (not its duties, purpose, boundaries, nor other mandates' mentions) answer. */
  private procedureOnly = false;

  /**
   * How a matter reaches the group (an asker sending it there): the "prepares" relation read from the group's (or its
   * kind's) procedure clauses, where the party is someone other than the group.
   */
  intake(s: GroupRecord, a: QuestionAnalysis, excluded: ReadonlySet<string>, skipWords: ReadonlySet<number>, cues: ReadonlySet<number>): RelationAnswer | undefined {
    this.procedureOnly = true;
    try {
      const r = this.answer("prepares", s, a, excluded, skipWords, cues);
      return r && r.how !== "self" && r.targetId !== s.id && r.targetId !== s.kindId ? r : undefined;
    } finally {
      this.procedureOnly = false;
    }
  }

  private answerOnly(rel: Relation, s: GroupRecord, a: QuestionAnalysis, excluded: ReadonlySet<string>): RelationAnswer | undefined {
    const kind = s.kindId ? this.byId.get(s.kindId) : undefined;
    const scopes = [s, ...(kind ? [kind] : []), ...(this.instancesOf.get(s.id) ?? [])];
    // a relation that is someone else's (who proposes its chair) answered only with the group itself, by a sentence of its
    // own duties that shares nothing else with the question ("Nominera ordförande … till nationella programområden", 004),
    // yields to its template's answer (003: the concrete råd follows the samordningsråd template where its own mandate is
    // silent); a question that names what the duty is about ("… till nationella programområden") keeps the duty
    let selfOnly: RelationAnswer | undefined;
    for (const g of scopes) {
      const found = this.fromFacts(rel, g, a, excluded) ?? this.fromClauses(rel, g, s, a, false);
      if (found && found.how === "self" && !found.topical && YIELDS_TO_TEMPLATE.has(rel) && g !== scopes[scopes.length - 1]) {
        selfOnly ??= found;
        continue;
      }
      if (found) return found;
    }
    if (selfOnly) return selfOnly;
    return this.fromClauses(rel, s, s, a, true) ?? this.fromFacts(rel === "members" ? "composition" : rel, s, a, excluded);
  }

  speaksOf(text: string, terms: ReadonlySet<string>): boolean {
    const { has } = this.termsOf(text);
    for (const t of terms) if (has.has(t)) return true;
    return false;
  }

  private fromFacts(rel: Relation | "composition", g: GroupRecord, a: QuestionAnalysis, excluded: ReadonlySet<string>): RelationAnswer | undefined {
    const ref = (r: GroupRecord["commissioner"]) => (r && this.known(r.targetId) ? { targetId: r.targetId, citation: { groupId: g.id, section: r.citation.section, text: r.text.replace(/\s+/g, " ").trim() }, how: "fact" as const } : undefined);
    switch (rel) {
      case "chair":
        return this.known(g.chair?.appointedById) ? { targetId: g.chair!.appointedById!, citation: this.cite(g.chair!.clause, g), how: "fact" } : undefined;
      case "composition":
        return this.known(g.composition?.appointedById) && g.composition!.clauses[0] ? { targetId: g.composition!.appointedById!, citation: this.cite(g.composition!.clauses[0], g), how: "fact" } : undefined;
      case "commissioner":
        return ref(g.commissioner) ?? ref(g.parent);
      case "reports": {
        // "Vem rapporterar deltagarna i BoF-rådet till?": the participants' own reporting, where the mandate says they report
        // in their own line and names no body (004 "Deltagarna i samordningsråden rapporterar i sin ordinarie linjestruktur")
        // — the group whose mandate says so (label rule 3), not whom its chair reports to (003 "Ordförande rapporterar till …")
        if (a.words.some((w) => PARTICIPANTS.has(w)) && !a.words.some((w) => CHAIRS.has(w))) {
          const own = g.reporting.find((r) => !this.known(r.toId) && PARTICIPANTS_REPORT.test(foldClause(r.clause.text)));
          // (cited by its own sentence: the rest of the paragraph is the kontaktperson's)
          const said = own && sentences(own.clause.text).find((t) => PARTICIPANTS_REPORT.test(foldClause(t)));
          if (own) return { targetId: g.id, citation: this.cite(own.clause, g, said), how: "clause" };
        }
        // the reporting duty the question speaks of (minutes, annual report …); one that names no recipient is for the clauses
        // the words that asked for the relation first ("verksamhetsberättelse" picks the annual report, not the minutes);
        // the group's own name is no reporting duty ("VCG" must not pick a clause for saying "verksamhetschefsgrupper")
        const asked = new Set([...this.cueKeys, ...packedMap(a.tokens.filter((t) => t.at >= 0 && !this.skipWords.has(t.at)), (t) => t.key)]);
        const speaksOf = (keys: ReadonlySet<string>) => (r: (typeof g.reporting)[number]) => words(r.clause.text).some((w) => w.length > 5 && keys.has(keySv(w)));
        // … or a concept they stand for ("årsberättelsen" for the verksamhetsberättelse)
        const byCue = g.reporting.filter((r) => speaksOf(this.cueKeys)(r) || this.speaksOf(r.clause.text, this.cueConcepts));
        const named = byCue.length ? byCue : g.reporting.filter(speaksOf(asked));
        if (named.length && named.every((r) => !this.known(r.toId) || r.toId === g.id)) return undefined;
        const to = (named.length ? named : g.reporting).filter((r) => this.known(r.toId) && r.toId !== g.id);
        const open = to.filter((r) => !excluded.has(r.toId!));
        const fit = (open.length ? open : to)[0];
        return fit ? { targetId: fit.toId!, citation: this.cite(fit.clause, g), how: "fact" } : undefined;
      }
      case "purpose": {
        // "Vad är syftet med verksamhetschefsgrupperna?": what a group is for is its own purpose clause (000 "Syfte",
        // 001 "Syftet med gruppen är …"), the group itself the answer
        const c = g.purpose[0];
        return c ? { targetId: g.id, citation: this.cite(c, g), how: "self" } : undefined;
      }
      case "meetings": {
        if (!g.meetingFrequency) return undefined;
        const clause = g.meetingFrequency.clause;
        // "Med vem ska det stämmas av?": the meeting clause may name whom the group agrees its meetings with
        // ("Mötesfrekvensen kan anpassas … i dialog med kontaktperson"); a question asking who gets that body
        if (asksForParty(a))
          for (const sentence of sentences(clause.text)) {
            const other = this.actors.bodiesIn(sentence, g.organizationId).find((b) => b.id !== g.id && b.id !== g.kindId && this.known(b.id) && !excluded.has(b.id));
            if (other) return { targetId: other.id, citation: this.cite(clause, g, sentence), how: "clause" };
          }
        // the section's other sentences belong to the same answer: 002's "Mötesfrekvens och plats" says how often in one
        // sentence and where ("Möten äger rum på … i Västerås") in the next; both are cited, in the mandate's order
        const section = g.other.filter((o) => o.citation.documentId === clause.citation.documentId && o.citation.section === clause.citation.section);
        const text = [clause, ...section].sort((x, y) => x.citation.lineStart - y.citation.lineStart).map((c) => c.text).join(" ");
        return { targetId: g.id, citation: this.cite(clause, g, text), how: "self" };
      }
      default:
        return undefined;
    }
  }

  /** The sentence about the relation, in the group's mandate (or, with `mentions`, in one naming it), and the party it names. */
  private fromClauses(rel: Relation, g: GroupRecord, subject: GroupRecord, a: QuestionAnalysis, mentions: boolean): RelationAnswer | undefined {
    const table = this.lex.relations.get(rel);
    if (!table) return undefined;
    // a validity clause says who adopted the mandate in its heading ("Uppdraget fastställs: Ann Söderström, …")
    // a validity clause is about the mandate itself, whatever words it uses ("Fastställd av Samverkansnämndens ledningsgrupp")
    const headed = (c: Clause) => (foldClause(c.text).startsWith(foldClause(c.citation.section)) ? c.text : `${c.citation.section}: ${c.text}`);
    const validity = packedMap((g.validity?.clauses ?? []), (c) => ({ clause: { ...c, text: headed(c) }, home: g, ofMandate: true }));
    if (this.procedureOnly && mentions) return undefined;
    const pool = this.procedureOnly
      ? packedMap(clausesOf(g).filter((c) => c.kind === "other" || c.kind === "rule"), (c) => ({ clause: c.clause, home: g, ofMandate: false }))
      : mentions
      ? packedMap(g.mentions, (c) => ({ clause: c, home: this.byId.get(this.byDocument.get(c.citation.documentId) ?? "") ?? g, ofMandate: false }))
      : packedMap([...packedMap(clausesOf(g), (c) => c.clause), ...g.escalation, ...g.boundaries], (c) => ({ clause: c, home: g, ofMandate: false })).concat(validity);
    // each question word with what it may meet in a sentence: its key, and the lexicon's concepts it stands for, so that
    // everyday words meet the mandate's ("ett beslut som gäller hela regionen" ↔ "regiongemensamt beslutsfattande")
    const asked = new Map<string, { term: string; w: number }[]>();
    for (const t of a.tokens)
      if (t.at >= 0 && !this.skipWords.has(t.at) && !asked.has(t.key))
        asked.set(t.key, packedMap([t.key, ...packedMap(t.terms.filter((x) => x.credit === 1 && isConcept(x.term)), (x) => x.term)], (term) => ({ term, w: this.weight(term) })));
    let best: { score: number; sentence: string; clause: Clause; home: GroupRecord; anchor: number; overlap: number } | undefined;
    const party = asksForParty(a);
    const seen = new Set<string>();
    for (const { clause, home, ofMandate } of pool)
      // only a question that asks who needs the agent ("Ska både ordinarie och ersättare utses?" asks the fact itself)
      for (const sentence of (party ? this.sentencesWithAgents : this.sentencesOf)(clause.text)) {
        if (seen.has(sentence)) continue;
        seen.add(sentence);
        const m = this.matchIn(rel, table, sentence);
        const { aboutAt, actAt } = m;
        let about: number;
        let acts: number;
        if (table.clause) {
          about = 0;
          acts = m.acts;
          if (!acts) continue;
        } else {
          about = table.about.size ? m.about + (ofMandate && rel === "adopted" ? 1 : 0) : 0;
          acts = m.acts;
          if (table.about.size && !about && !m.alone) continue;
          if (table.needsAct && !acts) continue;
          if (!about && !acts) continue;
        }
        // the question's own words met in the sentence, weighted by rarity, tell two sentences of the same relation apart
        // (each word once, by the rarest of its terms the sentence has)
        const { has, keys } = this.termsOf(sentence);
        let overlap = 0;
        for (const terms of asked.values()) overlap += Math.max(0, ...packedMap(terms.filter((x) => has.has(x.term)), (x) => x.w));
        const same = new Set(keys.filter((k) => this.cueKeys.has(k))).size;
        const close = [...aboutAt].some((i) => [...actAt].some((j) => Math.abs(i - j) <= 2)) ? 0.5 : 0;
        // most relations are answered by someone else: a sentence that names another body says who
        const names = !SELF_RELATIONS.has(rel) && this.actors.bodiesIn(sentence, home.organizationId).some((b) => b.id !== subject.id && b.id !== subject.kindId) ? 1.5 : 0;
        // how a matter reaches the group: the procedure sentence that speaks most of it ("anmälas … dagordningen … kallelsen")
        const procedure = this.procedureOnly ? 0.5 * acts : 0;
        // "ledamöter till nationella programområden": the sentence that speaks of whose members they are, over one of the
        // group's own members that names another body (004: "Nominera ordförande och ledamöter till nationella
        // programområden" over "Gruppen består av representanter som utsetts av respektive förvaltningschef")
        const qualified = [...this.qualifier].some((t) => has.has(t)) ? 2 : 0;
        const score = qualified + procedure + (about ? 1 : 0) + (acts ? 1 : 0) + close + 0.5 * same + (namesSupportAsked(rel, aboutAt, keys, this.cueKeys) ? 1 : 0) + 0.15 * overlap + names;
        const anchorWord = Math.min(...(actAt.size ? actAt : aboutAt));
        if (!best || score > best.score) best = { score, sentence, clause, home, anchor: anchorWord, overlap };
      }
    if (!best) return undefined;
    const target = partyIn(this, rel, best.sentence, best.home, subject, mentions, best.anchor);
    if (!target) return undefined;
    return { targetId: target.id, citation: this.cite(best.clause, best.home, best.sentence), how: target.self ? "self" : "clause", topical: best.overlap > 0 };
  }

  /*
   * A mandate's sentences, their words, their concepts and what a relation's phrases match in them depend on the
   * catalog only, not on the question: read once per router (`memo`), not on every relation question.
   */
  private readonly sentencesOf = memo((text: string): readonly string[] => withAntecedents(sentences(text), false));
  private readonly sentencesWithAgents = memo((text: string): readonly string[] => withAntecedents(sentences(text), true));

  private readonly termsOf = memo((sentence: string): { has: ReadonlySet<string>; keys: readonly string[] } => {
    const keys = packedMap(words(sentence), keySv);
    return { keys, has: new Set([...keys, ...this.conceptsOf(sentence)]) };
  });

  private readonly matchers = new Map<Relation, (sentence: string) => SentenceMatch>();

  private matchIn(rel: Relation, table: RelationTable, sentence: string): SentenceMatch {
    let match = this.matchers.get(rel);
    if (!match) this.matchers.set(rel, (match = memo((s) => matchSentence(table, s))));
    return match(sentence);
  }

  /** The lexicon's concepts a mandate sentence expresses. */
  private readonly conceptsOf = memo((sentence: string): readonly string[] => {
    const keys = contentKeys(sentence, this.lex.stopSv);
    const out = new Set<string>();
    for (let i = 0; i < keys.length; i++) for (const m of this.lex.concepts.matchesAt(keys, i)) for (const x of m.value) out.add(x);
    return [...out];
  });
}

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
import { Actors, sentences, type BodyInSentence } from "./actors";
import { clausesOf } from "./passages";
import { memo } from "./memo";
import { fold, keySv, words } from "./normalize";
import type { AnswerBuilder } from "./answers";
import type { NameHit } from "./names";
import { POINTING_BACK } from "./pronouns";
import { pickSubject, subjectOfYesNo } from "./subject";
import type { RouteCitation, RouteResult } from "./types";

export interface RelationAnswer {
  readonly targetId: string;
  readonly citation: RouteCitation;
  /** From a structured fact, from a sentence, or the group itself (its mandate lets it decide). */
  readonly how: "fact" | "clause" | "self";
}

export interface RelationAsked {
  readonly relation: Relation;
  /** Positions (in analysis.words) of the words that asked for it. */
  readonly cues: ReadonlySet<number>;
}

/** Relations a group's own mandate usually answers with the group itself ("Samordningsrådet kan besluta om undergrupper"). */
const SELF_RELATIONS: ReadonlySet<Relation> = new Set(["subgroups", "coopted", "meetings", "decides"]);

export const isSelfRelation = (r: Relation): boolean => SELF_RELATIONS.has(r);

/** A sentence that starts with a pronoun ("De utses av …") continues the one before it. */
const PRONOUN_START = /^(de|dem|den|det|dessa|denna|detta|han|hon|they|it|these)\s/i;

function withAntecedents(list: string[]): string[] {
  return list.map((s, i) => (i > 0 && PRONOUN_START.test(s) ? s.replace(PRONOUN_START, `${list[i - 1]!.split(/\s+/)[0]} `) : s));
}

/** How far apart (in words) a relation's act and its object may stand in a question. */
const NEAR_WORDS = 5;

/** Relations answered by whom something goes *to*. */
const RECEIVES: ReadonlySet<Relation> = new Set(["reports", "contact", "escalation"]);

export function matchAll(t: RelationTable["about"], ws: readonly string[], hits: Set<number>): number {
  let n = 0;
  for (let i = 0; i < ws.length; i++) {
    const m = t.longestAt(ws, i);
    if (!m) continue;
    n++;
    for (let j = i; j < i + m.length; j++) hits.add(j);
  }
  return n;
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

/** Words that stand between a group's name and the rest of its noun phrase ("X:s", "ger X dess uppdrag"). */
const POSSESSIVES = new Set(["dess", "deras", "sin", "sitt", "sina", "its", "their"]);
/** Prepositions that put a group in its organisation ("ledningsgruppen i Mellansverige"). */
const ORG_PREPOSITIONS = new Set(["i", "inom", "pa", "in", "within"]);

/**
 * The question's words without the named groups' names (with the possessive right after one): Swedish puts the
 * subject between the finite verb and its particle in a question ("Vem lyder verksamhetschefsgrupperna under?",
 * "Vem rapporterar ledningsgruppen till?") and the indirect object between the verb and its object ("Vem ger
 * samordningsrådet för bild- och funktionsmedicin dess uppdrag?"): without the name the cue reads as one phrase.
 */
function withoutNames(a: QuestionAnalysis, named: readonly NameHit[], lex: CompiledLexicon): { ws: string[]; at: number[] } {
  const drop = new Set<number>();
  for (const h of named) {
    const ats = h.tokens.map((t) => a.tokens[t]!.at).filter((x) => x >= 0);
    if (!ats.length) continue;
    let last = Math.max(...ats);
    for (let i = Math.min(...ats); i <= last; i++) drop.add(i);
    // "ledningsgruppen i Mellansverige", "rådet inom VGR": the organisation after the name belongs to its noun phrase
    const org = ORG_PREPOSITIONS.has(a.words[last + 1] ?? "") ? lex.organisations.longestAt(a.keys, last + 2) : undefined;
    if (org) for (const end = last + 1 + org.length; last < end; ) drop.add(++last);
    if (POSSESSIVES.has(a.words[last + 1] ?? "")) drop.add(last + 1);
  }
  const at = a.words.map((_, i) => i).filter((i) => !drop.has(i));
  return { ws: at.map((i) => a.words[i]!), at };
}

/** Positions covered by a phrase of several words that asks for a relation on its own ("adjungerad ledamot"). */
function phrasesAt(t: RelationTable, ws: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const m = t.alone.longestAt(ws, i);
    if (m && m.length > 1) for (let j = i; j < i + m.length; j++) out.add(j);
  }
  return out;
}

/**
 * Each word's place counted in content words: function words do not part a verb from its object ("bestämt att
 * det är hon som är ordförande"). The same for every relation, so counted once per word list.
 */
function contentPlaces(ws: readonly string[], stop: ReadonlySet<string>): number[] {
  const place: number[] = [];
  for (let i = 0; i < ws.length; i++) place.push((place[i - 1] ?? 0) + (i > 0 && !stop.has(ws[i - 1]!) ? 1 : 0));
  return place;
}

const NO_POSITIONS: ReadonlySet<number> = new Set();

/**
 * How strongly the words ask for one relation. `taken`: words inside another relation's phrase of several words — the
 * longer phrase is the more specific reading ("adjungerad ledamot" asks for co-opted members, not for members).
 * `place`: contentPlaces of the words.
 */
function scoreRelation(t: RelationTable, ws: readonly string[], place: readonly number[], taken: ReadonlySet<number>): { n: number; cues: Set<number> } {
  const cues = new Set<number>();
  const alone = matchAll(t.alone, ws, cues);
  const aboutAt = new Set<number>();
  const actAt = new Set<number>();
  let about = 0;
  if (matchAll(t.about, ws, aboutAt)) for (const i of aboutAt) if (!taken.has(i)) about = 1;
  const acts = matchAll(t.acts, ws, actAt);
  for (const i of taken) aboutAt.delete(i);
  // what is done and what it is done to stand close ("utser ordförande", "verksamhetsplanen fastställs")
  const near = !t.needsAct || someNear(aboutAt, actAt, place);
  const paired = about && (!t.needsAct || (acts && near));
  if (paired) {
    for (const i of aboutAt) cues.add(i);
    for (const i of actAt) cues.add(i);
  }
  return { n: alone + (paired ? about + acts : 0), cues };
}

function someNear(aboutAt: ReadonlySet<number>, actAt: ReadonlySet<number>, place: readonly number[]): boolean {
  for (const i of aboutAt) for (const j of actAt) if (Math.abs(place[i]! - place[j]!) <= NEAR_WORDS) return true;
  return false;
}

/**
 * The relation the question asks for: the one whose words it uses most (about + act, or a word that asks alone),
 * read on the question as written and on it without the named groups' names (see withoutNames).
 */
export function detectRelation(a: QuestionAnalysis, lex: CompiledLexicon, named: readonly NameHit[] = []): RelationAsked | undefined {
  const bare = named.length ? withoutNames(a, named, lex) : undefined;
  let best: { relation: Relation; n: number; cues: Set<number> } | undefined;
  const plain = wordList(lex, a.words);
  const short = bare ? wordList(lex, bare.ws) : undefined;
  for (const [relation, t] of lex.relations) {
    const p = scoreRelation(t, a.words, plain.place, othersOf(plain.phrases, relation));
    const b = short ? scoreRelation(t, bare!.ws, short.place, othersOf(short.phrases, relation)) : undefined;
    const pick = b && b.n > p.n ? { n: b.n, cues: new Set([...b.cues].map((i) => bare!.at[i]!)) } : p;
    if (pick.n > 0 && (!best || pick.n > best.n)) best = { relation, ...pick };
  }
  return best && { relation: best.relation, cues: best.cues };
}

/**
 * What every relation's score reads of one word list: the places of its words, and the positions of each relation's
 * phrases of several words (only the relations that have one there: a question seldom holds any).
 */
function wordList(lex: CompiledLexicon, ws: readonly string[]): { place: number[]; phrases: [Relation, Set<number>][] } {
  const phrases: [Relation, Set<number>][] = [];
  for (const [r, t] of lex.relations) {
    const at = phrasesAt(t, ws);
    if (at.size) phrases.push([r, at]);
  }
  return { place: contentPlaces(ws, lex.stopSv), phrases };
}

/** The positions inside the phrases of several words of the relations other than `r`. */
function othersOf(phrases: readonly (readonly [Relation, ReadonlySet<number>])[], r: Relation): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const [o, at] of phrases) {
    if (o === r) continue;
    out ??= new Set();
    for (const i of at) out.add(i);
  }
  return out ?? NO_POSITIONS;
}

export class RelationAnswerer {
  private readonly byId = new Map<string, GroupRecord>();
  private readonly byDocument = new Map<string, string>();
  private readonly instancesOf = new Map<string, GroupRecord[]>();

  /** Words of the question not to match sentences by (the relation's own cue words, names). */
  private skipWords: ReadonlySet<number> = new Set();
  /** Keys of the words that asked for the relation: a sentence using the same word fits best. */
  private cueKeys: ReadonlySet<string> = new Set();

  constructor(
    catalog: Catalog,
    private readonly actors: Actors,
    private readonly lex: CompiledLexicon,
    private readonly weight: (key: string) => number,
  ) {
    for (const e of catalog.entries) {
      this.byId.set(e.id, e);
      if (e.document) this.byDocument.set(e.document.documentId, e.id);
      if (e.kindId) this.instancesOf.set(e.kindId, [...(this.instancesOf.get(e.kindId) ?? []), e]);
    }
  }

  private cite(c: Clause, owner: GroupRecord, text?: string): RouteCitation {
    return { groupId: this.byDocument.get(c.citation.documentId) ?? owner.id, section: c.citation.section, text: (text ?? c.text).replace(/\s+/g, " ").trim() };
  }

  private known(id: string | undefined): id is string {
    return !!id && this.byId.has(id);
  }

  /** The answer for one group: its own facts and clauses, then its kind's, then (for a kind) its concrete groups'. */
  answer(rel: Relation, s: GroupRecord, a: QuestionAnalysis, excluded: ReadonlySet<string>, skipWords: ReadonlySet<number> = new Set(), cues: ReadonlySet<number> = new Set()): RelationAnswer | undefined {
    this.skipWords = skipWords;
    this.cueKeys = new Set([...cues].map((i) => keySv(a.words[i] ?? "")));
    const direct = this.answerOnly(rel, s, a, excluded);
    // who decides on what a group prepares: the body it prepares for, when no clause says who decides
    return direct ?? (rel === "decides" ? this.answerOnly("prepares", s, a, excluded) : undefined);
  }

  private answerOnly(rel: Relation, s: GroupRecord, a: QuestionAnalysis, excluded: ReadonlySet<string>): RelationAnswer | undefined {
    const kind = s.kindId ? this.byId.get(s.kindId) : undefined;
    const scopes = [s, ...(kind ? [kind] : []), ...(this.instancesOf.get(s.id) ?? [])];
    for (const g of scopes) {
      const found = this.fromFacts(rel, g, a, excluded) ?? this.fromClauses(rel, g, s, a, false);
      if (found) return found;
    }
    return this.fromClauses(rel, s, s, a, true) ?? this.fromFacts(rel === "members" ? "composition" : rel, s, a, excluded);
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
        // the reporting duty the question speaks of (minutes, annual report …); one that names no recipient is for the clauses
        // the words that asked for the relation first ("verksamhetsberättelse" picks the annual report, not the minutes);
        // the group's own name is no reporting duty ("VCG" must not pick a clause for saying "verksamhetschefsgrupper")
        const asked = new Set([...this.cueKeys, ...a.tokens.filter((t) => t.at >= 0 && !this.skipWords.has(t.at)).map((t) => t.key)]);
        const speaksOf = (keys: ReadonlySet<string>) => (r: (typeof g.reporting)[number]) => words(r.clause.text).some((w) => w.length > 5 && keys.has(keySv(w)));
        const byCue = g.reporting.filter(speaksOf(this.cueKeys));
        const named = byCue.length ? byCue : g.reporting.filter(speaksOf(asked));
        if (named.length && named.every((r) => !this.known(r.toId) || r.toId === g.id)) return undefined;
        const to = (named.length ? named : g.reporting).filter((r) => this.known(r.toId) && r.toId !== g.id);
        const open = to.filter((r) => !excluded.has(r.toId!));
        const fit = (open.length ? open : to)[0];
        return fit ? { targetId: fit.toId!, citation: this.cite(fit.clause, g), how: "fact" } : undefined;
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
        return { targetId: g.id, citation: this.cite(clause, g), how: "self" };
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
    const headed = (c: Clause) => (fold(c.text).startsWith(fold(c.citation.section)) ? c.text : `${c.citation.section}: ${c.text}`);
    const validity = (g.validity?.clauses ?? []).map((c) => ({ clause: { ...c, text: headed(c) }, home: g, ofMandate: true }));
    const pool = mentions
      ? g.mentions.map((c) => ({ clause: c, home: this.byId.get(this.byDocument.get(c.citation.documentId) ?? "") ?? g, ofMandate: false }))
      : [...clausesOf(g).map((c) => c.clause), ...g.escalation, ...g.boundaries].map((c) => ({ clause: c, home: g, ofMandate: false })).concat(validity);
    // each question word with what it may meet in a sentence: its key, and the lexicon's concepts it stands for, so that
    // everyday words meet the mandate's ("ett beslut som gäller hela regionen" ↔ "regiongemensamt beslutsfattande")
    const asked = new Map<string, { term: string; w: number }[]>();
    for (const t of a.tokens)
      if (t.at >= 0 && !this.skipWords.has(t.at) && !asked.has(t.key))
        asked.set(t.key, [t.key, ...t.terms.filter((x) => x.credit === 1 && isConcept(x.term)).map((x) => x.term)].map((term) => ({ term, w: this.weight(term) })));
    let best: { score: number; sentence: string; clause: Clause; home: GroupRecord; anchor: number } | undefined;
    const seen = new Set<string>();
    for (const { clause, home, ofMandate } of pool)
      for (const sentence of this.sentencesOf(clause.text)) {
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
        for (const terms of asked.values()) overlap += Math.max(0, ...terms.filter((x) => has.has(x.term)).map((x) => x.w));
        const same = new Set(keys.filter((k) => this.cueKeys.has(k))).size;
        const close = [...aboutAt].some((i) => [...actAt].some((j) => Math.abs(i - j) <= 2)) ? 0.5 : 0;
        // most relations are answered by someone else: a sentence that names another body says who
        const names = !SELF_RELATIONS.has(rel) && this.actors.bodiesIn(sentence, home.organizationId).some((b) => b.id !== subject.id && b.id !== subject.kindId) ? 1.5 : 0;
        const score = (about ? 1 : 0) + (acts ? 1 : 0) + close + 0.5 * same + 0.15 * overlap + names;
        const anchorWord = Math.min(...(actAt.size ? actAt : aboutAt));
        if (!best || score > best.score) best = { score, sentence, clause, home, anchor: anchorWord };
      }
    if (!best) return undefined;
    const target = this.partyIn(rel, best.sentence, best.home, subject, mentions, best.anchor);
    if (!target) return undefined;
    return { targetId: target.id, citation: this.cite(best.clause, best.home, best.sentence), how: target.self ? "self" : "clause" };
  }

  /*
   * A mandate's sentences, their words, their concepts and what a relation's phrases match in them depend on the
   * catalog only, not on the question: read once per router (`memo`), not on every relation question.
   */
  private readonly sentencesOf = memo((text: string): readonly string[] => withAntecedents(sentences(text)));

  private readonly termsOf = memo((sentence: string): { has: ReadonlySet<string>; keys: readonly string[] } => {
    const keys = words(sentence).map(keySv);
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

  /**
   * The party of a sentence the question asks for. Swedish puts the agent of a passive ("fastställs av X",
   * "leds av X") and the receiver ("bereder ärenden till X", "fördelat ansvaret … till X") after the verb, and
   * the subject of an active clause before it: the nearest body after the verb the question asks about, else
   * the nearest before it; the group itself when the sentence names no one else.
   */
  private partyIn(rel: Relation, sentence: string, home: GroupRecord, subject: GroupRecord, mention: boolean, anchorWord: number): { id: string; self: boolean } | undefined {
    const bodies = this.actors.bodiesIn(sentence, home.organizationId);
    const isSelf = (b: BodyInSentence) => b.id === subject.id || b.id === subject.kindId;
    const own = bodies.find(isSelf);
    // in another mandate's sentence the group must be the one acted upon, not the one acting on someone else
    if (mention && own && (own.role === "subject" || own.role === "agent")) return undefined;
    const others = bodies.filter((b) => !isSelf(b) && this.byId.has(b.id));
    // a body whose very name the relation asks for ("kontaktperson")
    const table = this.lex.relations.get(rel);
    const named = table && others.find((b) => matchAll(table.alone, words(this.byId.get(b.id)!.name), new Set()) > 0);
    if (named) return { id: named.id, self: false };
    const anchor = charIndexOfWord(sentence, anchorWord);
    // the group received something (a delegation): the one who gave it, before the verb
    if (own && own.role === "receiver") {
      const giver = others.filter((b) => b.index < own.index).sort((x, y) => x.index - y.index)[0];
      if (giver) return { id: giver.id, self: false };
    }
    const after = others.filter((b) => b.index > anchor).sort((x, y) => x.index - y.index)[0];
    if (after) return { id: after.id, self: false };
    const before = others.filter((b) => b.index < anchor && b.role !== "recipient").sort((x, y) => y.index - x.index)[0];
    if (before) return { id: before.id, self: false };
    // a sentence of another mandate that names the group without an actor of its own: that mandate's group acts
    if (mention && home.id !== subject.id) return { id: home.id, self: false };
    return others.length === 0 ? { id: subject.id, self: true } : undefined;
  }
}

/** Character index (in the folded sentence padded with a space, as Actors reports) of the n-th folded word. */
function charIndexOfWord(sentence: string, n: number): number {
  const ws = fold(sentence).split(" ");
  let i = 0;
  for (let k = 0; k < Math.min(n, ws.length); k++) i += ws[k]!.length + 1;
  return i;
}

const TO = new Set(["till", "at", "to", "for"]);
const ARTICLES = new Set(["the", "den", "det", "de", "en", "ett", "a", "an"]);

/**
 * The group stands after "till"/"åt"/"to", or a pronoun there refers back to it ("Vilka grupper fungerar som
 * remissinstans åt den?"): it is the one served, so the question asks who serves it (the topic: that group's duty
 * "Vara remissinstans till ledningsgruppen"), not whom it serves.
 */
function servedInQuestion(a: QuestionAnalysis, s: NameHit): boolean {
  let i = s.at - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  if (i >= 0 && TO.has(a.words[i]!)) return true;
  return a.words.some((w, k) => k > s.at && POINTING_BACK.has(w) && TO.has(a.words[k - 1] ?? ""));
}

/** Question words that ask for a party (who, which body, where to) and those that ask for a fact (when, why, how). */
const ASKS_PARTY = new Set(["vem", "vems", "vilka", "vilken", "vilket", "vart", "who", "whom", "whose", "which", "where"]);
const ASKS_FACT = new Set(["nar", "varfor", "when", "why"]);
/** "hur länge", "how long": a duration, a fact ("hur får jag upp en fråga …" asks whom to turn to). */
const asksDuration = (ws: readonly string[]) => ws.some((w, i) => (w === "hur" && (ws[i + 1] === "lange" || ws[i + 1] === "lang")) || (w === "how" && ws[i + 1] === "long"));

/** A question word opens its clause; "när" inside one is a conjunction ("… välja ny ordförande när den gamla slutar"). */
const opensClause = (a: QuestionAnalysis, i: number): boolean => a.sentenceStarts.has(i) || ["och", "eller", "men", "and", "or", "but"].includes(a.words[i - 1] ?? "");

/** The question asks who (a party), not only when, why or how. */
export function asksForParty(a: QuestionAnalysis): boolean {
  return a.words.some((w) => ASKS_PARTY.has(w));
}

/**
 * Verbs of governing a group: appointing, deciding, adopting, approving, giving assignments, reporting, sending,
 * preparing, evaluating, setting up or closing, prioritising (as folded stems: every inflection starts so).
 */
const GOVERNING = ["utse", "utser", "utsag", "tillsat", "valj", "valde", "beslut", "bestam", "faststal", "godkan", "ger", "gav", "gett", "givit", "rapporter", "skick", "lamna", "bered", "forbered", "utvarder", "granska", "inratt", "avveckl", "prioriter", "inform", "eskaler", "lyft", "nominer", "foresla", "tilldela"];
const FILLERS = new Set(["som", "ar", "det", "har", "hade", "ska", "skall", "kan", "far", "maste", "bor", "egentligen", "da"]);

/**
 * "Vem [är det som] utser … <group>": the question word asks for the one who governs, and the group stands after
 * that verb as its object — the group is the one acted on, so the answer is someone else.
 */
export function whoActsOn(a: QuestionAnalysis, groupAt: number): boolean {
  const q = a.words.findIndex((w) => ASKS_PARTY.has(w));
  if (q < 0 || groupAt <= q) return false;
  let i = q + 1;
  if (a.words[q] !== "vem" && a.words[q] !== "who" && a.words[q] !== "whom") i++; // "vilken grupp", "which body"
  while (i < groupAt && FILLERS.has(a.words[i]!)) i++;
  if (i >= groupAt || !GOVERNING.some((v) => a.words[i]!.startsWith(v))) return false;
  // the group is the verb's object right after it (an article between), not inside a phrase of its own ("… till
  // det nationella programområdet för bild- och funktionsmedicin")
  let j = i + 1;
  while (j < groupAt && ARTICLES.has(a.words[j]!)) j++;
  return j === groupAt;
}

/** Minutes and records (folded stems): the cue words of "reports" that name a document, not a sending. */
const MINUTES = ["minnesanteckn", "motesanteckn", "anteckning", "protokoll"];
/** Approving (justera, godkänna, signera) or publishing a document is done to it where it is kept, not sent to anyone. */
const APPROVES_OR_PUBLISHES = ["juster", "godkan", "signer", "publicer"];

/**
 * "Vem justerar protokollet?", "Vem godkänner mötesanteckningarna?", "Var publiceras minnesanteckningarna?": the
 * minutes are named, but nothing is sent to anyone — who approves or publishes them is a topic of the mandate
 * ("Mötesanteckningar ska … godkännas av ordförande. Anteckningarna ska publiceras på intranätet."), not a report.
 */
function approvesMinutes(a: QuestionAnalysis, asked: RelationAsked): boolean {
  const cues = [...asked.cues].map((i) => a.words[i] ?? "");
  if (!cues.length || !cues.every((w) => MINUTES.some((m) => w.includes(m)))) return false;
  // "läggs ut", "lägga ut": to publish
  const putsOut = a.words.some((w, i) => /^(lagg|lade)/.test(w) && a.words.slice(i + 1, i + 6).includes("ut"));
  return putsOut || a.words.some((w) => APPROVES_OR_PUBLISHES.some((v) => w.startsWith(v)));
}

/**
 * "Vem sitter i ledningsgruppen?", "Vilka ingår i samverkansgruppen?": who is in a group, with no act of appointing
 * asked ("utser", "väljer" make it the members relation): the group's own participants clause answers. The positions
 * of the words that ask it, or none.
 */
export function asksWhoIsIn(a: QuestionAnalysis, lex: CompiledLexicon): Set<number> {
  const t = lex.relations.get("members");
  const at = new Set<number>();
  if (!t || !asksForParty(a)) return at;
  matchAll(t.about, a.words, at);
  const acts = new Set<number>();
  matchAll(t.acts, a.words, acts);
  return acts.size ? new Set() : at;
}

/** Tasks one takes part in (folded stems): "uppdrag", "projekt". */
const TASKS = ["uppdrag", "projekt"];
const SEATS = ["ledamot", "ledamo", "medlem", "deltagar", "represent", "ersattar", "sammansattning"];

/**
 * "Måste rådet vara med i alla koncernövergripande uppdrag?", "vilka uppdrag radiologin ska vara med i": "med i" an
 * assignment or a project is taking part in a task, not a seat in a group (004: "prioritera vilka koncernövergripande
 * uppdrag som den egna verksamheten ska medverka i") — a topic of the group's mandate, not who decides its members.
 */
function withInTask(a: QuestionAnalysis, asked: RelationAsked, named: readonly NameHit[]): boolean {
  const groupAt = new Set(named.flatMap((h) => [h.at, ...h.tokens.map((t) => a.tokens[t]?.at ?? -1)]));
  const med = [...asked.cues].filter((i) => a.words[i] === "med");
  // a word for the seats themselves ("ledamöter", "deltagare") asks who is in the group, whatever task is named
  if (!med.length || [...asked.cues].some((i) => SEATS.some((m) => (a.words[i] ?? "").startsWith(m)))) return false;
  const task = (w: string | undefined) => !!w && TASKS.some((t) => w.startsWith(t));
  return med.some((i) => {
    if (a.words[i + 1] !== "i") return false;
    // "med i (alla) uppdrag": the object follows; "vilka uppdrag … ska vara med i?": the preposition stranded at the
    // clause's end, its object the relative clause's head before it in the same sentence
    let j = i + 2;
    while (["alla", "de", "det", "den", "ett", "en", "nagot", "nagra", "manga"].includes(a.words[j] ?? "") && !a.sentenceStarts.has(j)) j++;
    if (j < a.words.length && !a.sentenceStarts.has(j)) {
      if (task(a.words[j]) || task(a.words[j + 1])) return true;
      // "med i rådet", "med i ledningsgruppen": a seat in a group; otherwise the clause ended there (a chat question
      // without its question mark: "… ska vara med i beslutar de det själva")
      if (groupAt.has(j) || /^(grupp|rad|forum)/.test(a.words[j]!)) return false;
    }
    const start = Math.max(-1, ...[...a.sentenceStarts].filter((s) => s <= i));
    return a.words.slice(Math.max(0, start), i).some(task);
  });
}

/** The sentence (0-based) a word position stands in. */
function sentenceOfWord(a: QuestionAnalysis, i: number): number {
  let n = -1;
  for (const s of a.sentenceStarts) if (s <= i) n++;
  return n;
}

/**
 * "Vi har fått minnesanteckningarna från VCG. Vem äger frågan om röntgenköerna?": every word that asks for a relation
 * stands in a sentence before the one that asks, and that sentence has words of its own — what it asks is its own
 * topic; the sentence before only sets the scene. (An asking sentence with nothing of its own, "Vart ska den?", asks
 * about what the sentence before said.)
 */
function onlyInContext(a: QuestionAnalysis, asked: RelationAsked): boolean {
  if (a.asking <= 0 || !asked.cues.size) return false;
  if ([...asked.cues].some((i) => sentenceOfWord(a, i) >= a.asking)) return false;
  const own = a.words.flatMap((w, i) => (sentenceOfWord(a, i) === a.asking ? [w] : []));
  // "Vem anmäler jag den till?", "Med vem ska det stämmas av?": a pronoun points back to what the sentence before said
  if (own.some((w) => POINTING_BACK.has(w))) return false;
  // a topic of its own takes more than one word ("vem mejlar jag" only says how to reach someone)
  return a.tokens.filter((t) => t.sentence === a.asking && t.real && t.at >= 0).length >= 2;
}

/** The relation asked, and whether the named groups can be its subject. */
export function relationAsked(a: QuestionAnalysis, lex: CompiledLexicon, named: readonly NameHit[]): RelationAsked | undefined {
  const asked = detectRelation(a, lex, named);
  // "När startade samverkansgruppen?", "hur länge sitter ordf i ledningsgruppen": a question word that asks when, why
  // or how asks a fact of the group's own mandate, not who else stands in the relation
  if (asked && !isSelfRelation(asked.relation) && !asksForParty(a) && (a.words.some((w, i) => ASKS_FACT.has(w) && opensClause(a, i)) || asksDuration(a.words))) return undefined;
  if (asked?.relation === "serves" && named.length && named.every((h) => servedInQuestion(a, h))) return undefined;
  if (asked?.relation === "reports" && approvesMinutes(a, asked)) return undefined;
  if (asked?.relation === "members" && withInTask(a, asked, named)) return undefined;
  if (asked && onlyInContext(a, asked)) return undefined;
  return asked;
}

/** Relations answered by the one who gives (assignments, support): the group given to is the one asked about. */
const GIVING: ReadonlySet<Relation> = new Set(["commissioner", "support"]);

/**
 * Swedish marks the receiver of a giving with "till"/"åt" before it ("ge uppdrag till VCG", "ta fram underlag åt
 * ledningsgruppen"): among several named groups, the one that stands so (an article between).
 */
function receiverOf(named: readonly NameHit[], a: QuestionAnalysis): NameHit | undefined {
  if (named.length < 2) return undefined;
  return named.find((h) => {
    let i = Math.min(h.at, ...h.tokens.map((t) => a.tokens[t]?.at ?? h.at).filter((x) => x >= 0)) - 1;
    while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
    return i >= 0 && TO.has(a.words[i]!);
  });
}

/** Each group named, the subject first, until one's mandate answers; an answer the question does not itself name wins. */
export function answerRelation(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  named: readonly NameHit[],
  a: QuestionAnalysis,
  excluded: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  const order = [...named].sort((x, y) => y.at - x.at);
  const receiver = GIVING.has(asked.relation) ? receiverOf(named, a) : undefined;
  const preferred = receiver ?? pickSubject(named, a)!;
  order.sort((x, y) => (x === preferred ? -1 : y === preferred ? 1 : 0));
  const found: { s: NameHit; r: RelationAnswer }[] = [];
  for (const s of order) {
    const subject = answers.byId.get(s.entryId)!;
    const r = relations.answer(asked.relation, subject, a, excluded, new Set([...asked.cues, ...s.tokens.map((t) => a.tokens[t]!.at)]), asked.cues);
    if (r && answers.byId.has(r.targetId)) found.push({ s, r });
  }
  // an answer the question names as another party is less likely what it asks, unless that body's name is the
  // relation's own word ("Vem är kontaktperson för …": the body named Kontaktperson is the answer)
  const otherParty = (f: (typeof found)[number]) => named.some((h) => h.entryId === f.r.targetId && h !== f.s && !h.tokens.some((t) => asked.cues.has(a.tokens[t]!.at)));
  // "Vem är BoF-rådets kontaktperson?": a body named by the relation's own word is what is asked about the other
  // group, not the group asked about; that group's clause ("Till varje samordningsråd utses en kontaktperson …") cites it
  const role = named.length > 1 ? named.find((h) => h.tokens.some((t) => asked.cues.has(a.tokens[t]!.at))) : undefined;
  // "Kan VCG avropa utredare från kansliet?": the grammatical subject's own clause answers, whoever else it names
  // "Kan kansliet ge utredningsresurser till VCG?": the one given to is the group the relation is asked of, the
  // grammatical subject the giver offered as the answer
  const grammatical = receiver ?? subjectOfYesNo(named, a);
  const pick = (role && found.find((f) => f.s !== role)) || found.find((f) => f.s === grammatical) || found.find((f) => !otherParty(f)) || found[0];
  if (!pick) return undefined;
  const targetId = role && pick.s !== role ? role.entryId : pick.r.targetId;
  const confidence = pick.r.how === "fact" ? 0.95 : pick.r.how === "clause" ? 0.85 : 0.8;
  const result = answers.ownerResult(targetId, confidence, [pick.r.citation], [answers.candidate(targetId, 1)]);
  return { result: { ...result, escalation: null }, subject: pick.s.entryId };
}

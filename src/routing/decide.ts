/**
 * From topic scores to an answer, in named steps:
 *  1. subject    — a group the question names gets a bonus; a boundary clause of its own mandate that
 *                  covers the rest of the question sends it to the body that clause names;
 *  2. actor      — a clause whose subject is another body ("Regiondirektörsgruppen utvärderar …",
 *                  "… tillhandahåller Koncernkontoret koordinator") names who does it;
 *  3. kind       — a kind of group and its concrete group: the concrete one when the question's care
 *                  area is its area; the kind, said as such, when the area has no concrete group;
 *  4. threshold  — below the calibrated score no mandate covers the question;
 *  5. ambiguity  — runners-up close to the best make the answer ambiguous (ask the organisation when
 *                  they are in different organisations and the question names none).
 */
import type { GroupRecord } from "../catalog/schema";
import type { Actors } from "./actors";
import type { AnswerBuilder } from "./answers";
import type { QuestionAnalysis } from "./analyze";
import { level, reaches, type Calibration } from "./calibration";
import type { PassageIndex } from "./passages";
import { evidenceOf, type EntryScore, type TopicScores } from "./score";
import type { RouteAnalysis, RouteResult } from "./types";
import { noAnswer } from "./types";
import { NEAR_SHARE, OWN_MATTER, SUBJECT_BONUS } from "./weights";
import { applyCrossing, topicShare } from "./crossing";
import { asksForParty } from "./relations";
import { comparisonStandard } from "./comparison";
import { packedMap } from "./packed";
import { asksOwnSentence } from "./boundary-sentence";
import { actorOf, possessorNear } from "./actor-step";

export interface Ranked {
  readonly entryId: string;
  score: number;
  passage?: number;
  boundary?: boolean;
  /** The share of the score that stands on specific words (score.ts `specific`); 1 when unknown. */
  specific?: number;
  /**
   * Found by the question's structure, not by its words' scores (otherPart: a body named as having done its part of a
   * clause that names it): the name and the clause are the evidence; the score needs only the near share of the threshold.
   */
  settled?: boolean;
}

export interface DecideContext {
  readonly answers: AnswerBuilder;
  readonly index: PassageIndex;
  readonly actors: Actors;
  readonly calibration: Calibration;
  readonly instancesOf: ReadonlyMap<string, readonly string[]>;
  /** Care-area concepts of each concrete group of a kind (from its name and area). */
  readonly areasOf: ReadonlyMap<string, ReadonlySet<string>>;
  readonly areaConcepts: ReadonlySet<string>;
  /** A text's index terms with their strengths (as the passage index reads it), cached by the router. */
  readonly termsOf: (text: string) => ReadonlyMap<string, number>;
  /** The lexicon's concept of "flera verksamhetsområden" (several-areas.ts). */
  readonly severalAreas?: string;
  /** Concepts a boundary clause holds only for (lexicon `condition`), and a matter set apart from them (`otherMatter`). */
  readonly conditions?: ReadonlySet<string>;
  readonly otherMatters?: ReadonlySet<string>;
}

export interface TopicDecision {
  readonly result: RouteResult;
  readonly reason: RouteAnalysis["reason"];
  readonly kindOnly: RouteAnalysis["kindOnly"];
  readonly askOrganization: boolean;
}

const byScore = (a: Ranked, b: Ranked) => b.score - a.score;

function rank(scores: TopicScores, a: QuestionAnalysis, ctx: DecideContext, opts: DecideOptions): Ranked[] {
  const named = new Set(opts.named ?? []);
  const done = new Set(opts.done ?? []);
  const spoken = conditionsOf(a, ctx);
  const keep = (e: EntryScore) => !(opts.oneArea && forSeveralAreas(e.passage, ctx)) && !unmetCondition(e, spoken, ctx, named, done);
  scores = { ...scores, entries: scores.entries.filter(keep) };
  const all: Ranked[] = packedMap(scores.entries, (e: EntryScore) => {
    const p = ctx.index.passage(e.passage);
    const boundary = p.kind === "boundary";
    const score = boundary ? e.score * topicShare(e.passage, scores, a, ctx, named) : e.score;
    // "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en viktig roll i genomförandet": a
    // boundary clause names two parts; when the question says the body it sends to has done its part ("PPR har
    // beslutat …"), what is left is the other part, the one of the group whose mandate says so
    if (boundary && done.has(e.entryId) && p.sourceId !== e.entryId) return { entryId: p.sourceId, score, passage: e.passage, boundary: false, specific: e.specific };
    // the clause's other sentence, not the one naming the body it sends to, says what the question asks: the group's own
    if (boundary && p.sourceId !== e.entryId && asksOwnSentence(p.text, e.entryId, ctx.answers.byId.get(p.sourceId)?.organizationId ?? "", a, ctx, opts.nameTokens ?? new Set()))
      return { entryId: p.sourceId, score: e.score, passage: e.passage, boundary: false, specific: e.specific };
    return { entryId: e.entryId, score, passage: e.passage, boundary, specific: e.specific };
  });
  // the group's own passage, when it scored too, cites its own part ("… en viktig roll i genomförandet"): the swapped
  // boundary passage only stands in for a group that has none
  const own = new Set(packedMap(scores.entries, (e) => e.entryId));
  const list = all.filter((r, i) => r.entryId === scores.entries[i]!.entryId || !own.has(r.entryId));
  const s = opts.subject ? list.find((r) => r.entryId === opts.subject) : undefined;
  if (s) s.score += SUBJECT_BONUS;
  const without = opts.withoutSubject ? { ...opts.withoutSubject, entries: opts.withoutSubject.entries.filter(keep) } : undefined;
  if (opts.crossingFrom && without) applyCrossing(list, opts.crossingFrom, without, a, ctx, named, new Set(opts.setting ?? []));
  if (done.size) otherPart(list, a, ctx, done, opts.nameTokens ?? new Set());
  return list.sort(byScore);
}

/**
 * "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en viktig roll i genomförandet": a clause of
 * a group's own mandate that gives a body it names one part of a matter and the group the other. When the question
 * says that body has done its part ("PPR har redan prioriterat … Vem ser till att den genomförs?") and its asking
 * sentence speaks of what the clause leaves to the group (a word of the clause besides the body's name), the group
 * whose mandate says so answers, citing that clause — as decided as a crossing (applyCrossing), whatever else the
 * question's words match. (kindStep then picks the concrete group of the question's care area, or says the kind.)
 */
function otherPart(list: Ranked[], a: QuestionAnalysis, ctx: DecideContext, done: ReadonlySet<string>, nameTokens: ReadonlySet<number>): void {
  if (a.asking < 0 || !asksForParty(a)) return;
  const asking = a.tokens.filter((t, i) => t.sentence === a.asking && t.at >= 0 && !nameTokens.has(i));
  const back = refersBack(a);
  if (!asking.length && !back) return;
  let found: { passage: number; entryId: string } | undefined;
  // the group's own clauses that name the body: with one only, it is the clause that divides the matter between them
  const naming: { passage: number; entryId: string }[] = [];
  for (let p = 0; p < ctx.index.size && !found; p++) {
    if (!OWN_CLAUSE.has(ctx.index.kindOf(p)) || ctx.index.entryOf(p) !== ctx.index.sourceOf(p)) continue;
    const clause = ctx.index.passage(p);
    const home = ctx.answers.byId.get(clause.sourceId);
    if (!home || done.has(home.id) || !ctx.actors.bodiesIn(clause.text, home.organizationId).some((b) => done.has(b.id))) continue;
    naming.push({ passage: p, entryId: home.kindId ?? home.id });
    const terms = ctx.termsOf(clause.text);
    // the clause's own words and their concepts, not the parts of its compounds (as router.ts reads CHANGE_PHRASE);
    // "samordningsråden": the clause speaks of the group's kind, whose concrete group kindStep picks by the care area
    if (asking.some((t) => t.terms.some((x) => x.credit === 1 && (terms.get(x.term) ?? 0) >= 1))) found = { passage: p, entryId: home.kindId ?? home.id };
  }
  // "PPR har prioriterat en ny metod. Vem ser till att den kommer ut i verksamheterna?": the asking sentence speaks of
  // what the body has done by a pronoun — what becomes of it next, the part the one clause leaves to the group
  if (!found && back && naming.length === 1) found = naming[0];
  if (!found) return;
  const top = Math.max(0, ...packedMap(list, (r) => r.score));
  const b = list.find((r) => r.entryId === found!.entryId);
  if (b) Object.assign(b, { score: top + 0.01, passage: found.passage, boundary: true, specific: 1, settled: true });
  else list.push({ entryId: found.entryId, score: top + 0.01, passage: found.passage, boundary: true, specific: 1, settled: true });
}

/** Pronouns that refer back to a thing already spoken of ("den", "det", "dessa"; "it", "them"). */
const BACK = new Set(["den", "det", "dessa", "detta", "denna", "dem", "it", "them", "this", "these"]);
/** Words before "det" that make it a cleft's or an existential's empty subject ("Vem är det som …", "finns det"). */
const EMPTY_BEFORE = new Set(["ar", "var", "blir", "finns", "is", "was"]);

/**
 * The asking sentence, after its question word, refers back by a pronoun to a thing the question spoke of before ("Vem
 * ser till att den införs?"), not as the empty subject of a cleft ("Vem är det som …") nor as the article of an
 * adjective and its noun ("den nya metoden" is read by its words).
 */
function refersBack(a: QuestionAnalysis): boolean {
  let q = -1;
  for (let i = 0; i < a.words.length; i++) {
    if (a.sentenceOf[i] !== a.asking) continue;
    const w = a.words[i]!;
    if (q < 0) {
      if (["vem", "vilken", "vilka", "who", "which"].includes(w)) q = i;
      continue;
    }
    if (!BACK.has(w) || EMPTY_BEFORE.has(a.words[i - 1] ?? "") || a.words[i + 1] === "som" || a.words[i + 1] === "that") continue;
    // an article: an adjective in its weak form follows ("den nya metoden", "det gemensamma arbetet"); a verb after a
    // pronoun subject ("den används", "det införs", "den kommer") or the noun of a demonstrative ("den metoden") refers back
    if (/(a|e)$/u.test(a.words[i + 1] ?? "") && a.tokens.some((t) => t.at === i + 1)) continue;
    return true;
  }
  return false;
}

/** A boundary clause whose condition is "flera verksamhetsområden" (004, Klinisk ledning): no cover for a matter of one area. */
function forSeveralAreas(passage: number, ctx: DecideContext): boolean {
  const p = ctx.index.passage(passage);
  return p.kind === "boundary" && !!ctx.severalAreas && (ctx.termsOf(p.text).get(ctx.severalAreas) ?? 0) >= 1;
}

/** The condition concepts (lexicon `condition`) the question names, or undefined when it names no matter set apart from them. */
function conditionsOf(a: QuestionAnalysis, ctx: DecideContext): Set<string> | undefined {
  if (!ctx.conditions?.size || !ctx.otherMatters?.size) return undefined;
  if (!a.tokens.some((t) => t.terms.some((x) => ctx.otherMatters!.has(x.term)))) return undefined;
  const out = new Set<string>();
  for (const t of a.tokens) for (const x of t.terms) if (ctx.conditions.has(x.term)) out.add(x.term);
  return out;
}

/**
 * A boundary clause that holds only for some things ("vid införande av nya läkemedel och medicinska metoder som har
 * betydande … konsekvenser", 004 PPR) does not cover a question about a matter the mandate sets apart from them that
 * names none of them: "införa ett nytt arbetssätt" is no new method (004 gives "förändrade arbetssätt och processer" to
 * Klinisk ledning or the råd), whatever else the clause's words meet. Any other question keeps the clause: what counts
 * as a new method (an examination, a tracer, a device) is more than a lexicon lists. A question naming the body the clause sends to (or saying it
 * has done its part) is about that body by name, and keeps the clause.
 */
function unmetCondition(e: EntryScore, spoken: ReadonlySet<string> | undefined, ctx: DecideContext, named: ReadonlySet<string>, done: ReadonlySet<string>): boolean {
  if (!spoken || !ctx.conditions?.size || named.has(e.entryId) || done.has(e.entryId)) return false;
  const p = ctx.index.passage(e.passage);
  if (p.kind !== "boundary") return false;
  let conditional = false;
  for (const [t, strength] of ctx.termsOf(p.text)) {
    if (strength < 1 || !ctx.conditions.has(t)) continue;
    if (spoken.has(t)) return false;
    conditional = true;
  }
  return conditional;
}

/**
 * "Nuklearmedicinen i Västmanland vill samarbeta mer med Uppsala och Örebro – vilken grupp samverkar om det?": a matter
 * of one care area that the organisation's groups per care area (000: "Ledningsgruppen beslutar om vilka
 * verksamhetschefsgrupper som skall verka", one per verksamhetsområde) and its one group over every area (001's
 * ledningsgrupp) cover alike is the per-area group's — of two clauses that say the same, the body of the area the
 * matter lies in is the more specific. The lead, a mandated group of no kind that the question does not name, gives way
 * to a close runner-up of the same organisation that is a kind or a group of a kind; `over` is the group it gave way to.
 */
function perAreaFirst(ranked: Ranked[], a: QuestionAnalysis, ctx: DecideContext, opts: DecideOptions): { ranked: Ranked[]; over: string } | undefined {
  const lead = ranked[0];
  if (!lead || lead.boundary || !areasIn(a, ctx, opts.nameTokens ?? new Set()).size) return undefined;
  const byId = (x: Ranked) => ctx.answers.byId.get(x.entryId);
  const perArea = (x: Ranked) => !x.boundary && (byId(x)?.entryType === "kind" || !!byId(x)?.kindId);
  const overAll = (x: Ranked) => {
    const g = byId(x);
    return !!g && !x.boundary && g.entryType === "group" && !g.kindId && !!g.document && !(opts.named ?? []).includes(g.id) && opts.subject !== g.id;
  };
  const org = byId(lead)?.organizationId;
  const close = (x: Ranked) => byId(x)?.organizationId === org && reaches(x.score, ctx.calibration, "ambiguous", lead.score);
  if (overAll(lead)) {
    const r = ranked.slice(1).find((x) => perArea(x) && close(x));
    return r ? { ranked: [r, ...ranked.filter((x) => x !== r)], over: lead.entryId } : undefined;
  }
  const g = perArea(lead) ? ranked.slice(1).find((x) => overAll(x) && close(x)) : undefined;
  return g ? { ranked, over: g.entryId } : undefined;
}

/** A group's own clauses (not its name, nor another mandate's mention of it, nor a boundary sending elsewhere). */
const OWN_CLAUSE = new Set(["duty", "purpose", "rule", "other"]);

/** Care areas the question names (concepts of the lexicon marked `area`). */
function areasIn(a: QuestionAnalysis, ctx: DecideContext, nameTokens: ReadonlySet<number>): Set<string> {
  const all = new Set<string>();
  const outside = new Set<string>();
  const standard = comparisonStandard(a);
  a.tokens.forEach((t, i) => {
    for (const x of t.terms)
      if (ctx.areaConcepts.has(x.term)) {
        all.add(x.term);
        if (!nameTokens.has(i) && !standard.has(t.at)) outside.add(x.term);
      }
  });
  // an area said only as part of a group's name is that group's; an area said besides it is what the question is about
  return outside.size ? outside : all;
}

function kindStep(ranked: Ranked[], a: QuestionAnalysis, ctx: DecideContext, nameTokens: ReadonlySet<number>, named: ReadonlySet<string>, orgKnown: boolean): { ranked: Ranked[]; kindOnly: TopicDecision["kindOnly"]; noArea?: boolean } {
  const lead = ranked[0];
  if (!lead) return { ranked, kindOnly: null };
  const e = ctx.answers.byId.get(lead.entryId)!;
  const kindId = e.entryType === "kind" ? e.id : e.kindId;
  if (!kindId) return { ranked, kindOnly: null };
  const instances = ctx.instancesOf.get(kindId) ?? [];
  const asked = areasIn(a, ctx, nameTokens);
  const kind = ctx.answers.byId.get(kindId)!;
  const promote = (id: string) => [{ ...lead, entryId: id }, ...ranked.slice(1).filter((r) => r.entryId !== id && r.entryId !== lead.entryId)];
  if (!asked.size) {
    // 004 is the BFM råd's mandate, but it repeats the samordningsråd template's clauses (003) for any råd: a question
    // naming neither the concrete group nor anything of its area, that the concrete group leads on a clause it only
    // inherits from its kind, is about the kind — its own other clauses only add support, they say nothing of its area
    if (e.kindId && !named.has(e.id) && lead.passage !== undefined && ctx.index.passage(lead.passage).sourceId === kindId) {
      const kindOnly = { kind: { id: kind.id, name: kind.name }, groups: packedMap(instances, (i) => ({ id: i, name: ctx.answers.byId.get(i)!.name })) };
      return { ranked: promote(kindId), kindOnly };
    }
    // the organisation known and the kind's template a reading of the question beside the concrete group's mandate
    // (a clause the two share, "4 – 8 ggr/år" / "4 till maximalt 8 ggr/år"): a question naming no area is no more the
    // concrete råd's than any other råd's of the kind — the kind answers, its concrete groups listed (003/004, the
    // template for every råd). With no organisation known both stay offered (decideTopic's rivals) and the card asks.
    if (orgKnown && e.kindId && !named.has(e.id) && kindAsClose(ranked, kindId, lead, ctx)) {
      const kindOnly = { kind: { id: kind.id, name: kind.name }, groups: packedMap(instances, (i) => ({ id: i, name: ctx.answers.byId.get(i)!.name })) };
      return { ranked: promote(kindId), kindOnly };
    }
    return { ranked, kindOnly: null, noArea: true };
  }
  const match = instances.find((i) => [...(ctx.areasOf.get(i) ?? [])].some((c) => asked.has(c)));
  if (match) return { ranked: match === lead.entryId ? ranked : promote(match), kindOnly: null };
  const kindOnly = { kind: { id: kind.id, name: kind.name }, groups: packedMap(instances, (i) => ({ id: i, name: ctx.answers.byId.get(i)!.name })) };
  return { ranked: lead.entryId === kindId ? ranked : promote(kindId), kindOnly };
}

/**
 * The kind's template is a reading of the question beside the concrete group's mandate: it scores at the share at which
 * a runner-up counts as a reading at all (`crossOrganization`, the lower of the calibrated rival shares). The kind
 * answered with its concrete groups listed hides none of them, so the lower share is enough.
 */
function kindAsClose(ranked: readonly Ranked[], kindId: string, lead: Ranked, ctx: DecideContext): boolean {
  const k = ranked.find((r) => r.entryId === kindId);
  return !!k && reaches(k.score, ctx.calibration, "crossOrganization", lead.score);
}

/**
 * Kind and concrete group of it are one answer, not two rivals — when the question names a care area (kindStep picks
 * the group whose area it is) or names the group. 003/004: the concrete råd owns its own area, the kind's template
 * every other; a question that names neither is not shown to be about the concrete group's area, so when the kind
 * scores as close to it as a rival would (a clause the template and the concrete mandate share, "den samlade
 * kapaciteten används på bästa vis"), both are offered (decideTopic).
 */
function related(a: GroupRecord, b: GroupRecord): boolean {
  return a.kindId === b.id || b.kindId === a.id;
}

export interface DecideOptions {
  /** A group the question names as the one it is about: a bonus. */
  readonly subject?: string;
  /** A group the question names (as the subject or as a guess): its boundary clauses may send the rest elsewhere. */
  readonly crossingFrom?: string;
  /** The scores without that group's name and own area. */
  readonly withoutSubject?: TopicScores;
  readonly organizationKnown: boolean;
  /** Entries the question names in full. */
  readonly named?: readonly string[];
  /** Bodies the question names only around the sentence that asks (the setting of the question, not its subject). */
  readonly setting?: readonly string[];
  /** Bodies the question says have done their act ("PPR har beslutat …"): a boundary clause naming one asks the other part. */
  readonly done?: readonly string[];
  /** Tokens that make up those names. */
  readonly nameTokens?: ReadonlySet<number>;
  /** The matter lies in one care area (several-areas.ts `oneAreaOnly`): a boundary clause for several areas does not cover it. */
  readonly oneArea?: boolean;
  /** The question speaks of a thing as the asker's own (own-matter.ts): a mandate must cover it OWN_MATTER times as clearly. */
  readonly ownMatter?: boolean;
}

const NEGATION = /(^|[^\p{L}])(inte|ej|icke)([^\p{L}]|$)/u;

export function decideTopic(scores: TopicScores, a: QuestionAnalysis, ctx: DecideContext, opts: DecideOptions): TopicDecision {
  let ranked = rank(scores, a, ctx, opts);
  const cal = ctx.calibration;
  const lead = ranked[0];
  // the threshold weighs the evidence that a mandate covers the question: words every mandate uses are not it
  // (a clause found by the question's structure, otherPart, needs only the share at which a question counts as near a
  // group, as a crossing does: the body's name has placed the question in the clause, which the structure picks)
  if (!lead || !reaches(evidenceOf(lead), cal, "none", lead.settled ? NEAR_SHARE : opts.ownMatter ? OWN_MATTER : 1)) {
    const near = lead && reaches(lead.score, cal, "none", NEAR_SHARE) ? ctx.answers.byId.get(lead.entryId) : undefined;
    const result = { ...noAnswer(), candidates: packedMap(ranked.slice(0, 3).filter((r) => reaches(r.score, cal, "none", NEAR_SHARE)), (r) => ctx.answers.candidate(r.entryId, r.score)) };
    return { result: { ...result, escalation: near ? ctx.answers.escalationOf(near, true) : null }, reason: "topic", kindOnly: null, askOrganization: false };
  }
  let reason: RouteAnalysis["reason"] = lead.boundary ? "boundary" : "topic";
  const actor = actorOf(lead, a, ctx, new Set(opts.setting ?? [])) ?? possessorNear(ranked, a, ctx, new Set(opts.setting ?? []), NEAR_SHARE);
  if (actor) {
    ranked = [{ ...lead, entryId: actor }, ...ranked.slice(1).filter((r) => r.entryId !== actor)];
    reason = "actor";
  }
  const perArea = reason === "topic" ? perAreaFirst(ranked, a, ctx, opts) : undefined;
  if (perArea) ranked = perArea.ranked;
  const k = kindStep(ranked, a, ctx, opts.nameTokens ?? new Set(), new Set([...(opts.named ?? []), ...(opts.subject ? [opts.subject] : [])]), opts.organizationKnown);
  ranked = k.ranked;
  if (k.kindOnly) reason = "kind-only";
  // a boundary clause of the leading group's own mandate that sends the matter elsewhere ("Övergripande frågor som rör
  // organisation … hanteras via regionövergripande samordnande grupper och inte av samordningsråden", 004), as close as
  // a rival would be: the group's own mandate says the matter is not its own, so the body the clause names answers
  const lead0 = ranked[0]!;
  const leadE = ctx.answers.byId.get(lead0.entryId)!;
  const sends = !lead0.boundary && reason === "topic" && lead0.passage !== undefined ? ranked.slice(1).find((r) => {
    if (!r.boundary || r.passage === undefined || r.entryId === leadE.id || r.entryId === leadE.kindId) return false;
    const clause = ctx.index.passage(r.passage);
    // (only a clause that says so, with a negation: "… och inte av samordningsråden", "… inte kan hanteras av ett enskilt samordningsråd")
    const src = clause.sourceId;
    return (src === leadE.id || src === leadE.kindId) && NEGATION.test(clause.text) && reaches(r.score, cal, "ambiguous", lead0.score);
  }) : undefined;
  if (sends) {
    ranked = [sends, ...ranked.filter((r) => r !== sends)];
    reason = "boundary";
  }
  const first = ranked[0]!;
  const firstE = ctx.answers.byId.get(first.entryId)!;
  const named = new Set(opts.named ?? []);
  // no organisation known and the answer a kind of group of one organisation ("a verksamhetschefsgrupp, for the area"):
  // another organisation's concrete group of the very care area the question names, with evidence enough to answer in
  // its own organisation, is that organisation's reading of the question (000's per-area groups, 004's råd for bild- och
  // funktionsmedicin) — which organisation the asker is in decides, so the card asks
  const asked = k.kindOnly && !opts.organizationKnown ? areasIn(a, ctx, opts.nameTokens ?? new Set()) : undefined;
  const areaReading = (r: Ranked, e: GroupRecord) => !!asked && e.organizationId !== firstE.organizationId && [...(ctx.areasOf.get(e.id) ?? [])].some((c) => asked.has(c)) && reaches(evidenceOf(r), cal, "none");
  const rivals = ranked.slice(1).filter((r) => {
    const e = ctx.answers.byId.get(r.entryId)!;
    if (first.boundary || reason === "actor" || r.entryId === perArea?.over) return false;
    if (areaReading(r, e)) return true;
    if (related(firstE, e) && !(k.noArea && firstE.kindId === e.id && !named.has(firstE.id))) return false;
    const ratio = !opts.organizationKnown && e.organizationId !== firstE.organizationId ? "crossOrganization" : "ambiguous";
    return reaches(r.score, cal, ratio, first.score);
  });
  const norm = (s: number) => s / (first.score || 1);
  if (rivals.length) {
    const close = [first, ...rivals];
    const orgs = new Set(packedMap(close, (r) => ctx.answers.byId.get(r.entryId)!.organizationId));
    return {
      result: {
        status: "ambiguous",
        owner: null,
        confidence: Math.max(0, Math.min(1, 1 - norm(rivals[0]!.score))),
        // (a group found by its name is cited by its own clause, as an owner is: its name quoted under its name says nothing)
        citations: close.flatMap((r) => (r.passage === undefined ? [] : ctx.index.passage(r.passage).kind === "name" ? ctx.answers.ownCitation(ctx.answers.byId.get(r.entryId)!) : [ctx.answers.citation(ctx.index.passage(r.passage))])).slice(0, 3),
        candidates: packedMap(close.slice(0, 6), (r) => ctx.answers.candidate(r.entryId, norm(r.score))),
        escalation: null,
      },
      reason,
      kindOnly: k.kindOnly,
      askOrganization: !opts.organizationKnown && orgs.size > 1,
    };
  }
  const second = ranked[1]?.score ?? 0;
  const p = first.passage !== undefined ? ctx.index.passage(first.passage) : undefined;
  const citations = p && p.kind !== "name" ? [ctx.answers.citation(p)] : ctx.answers.ownCitation(firstE);
  // how far above the threshold the answer stands, a little less when a runner-up comes close
  const none = level(cal, "none");
  const above = Math.max(0, Math.min(1, (evidenceOf(first) - none) / (1 - none)));
  const confidence = 0.55 + 0.45 * above - 0.1 * Math.min(1, second / first.score);
  const candidates = packedMap(ranked.slice(0, 3), (r) => ctx.answers.candidate(r.entryId, norm(r.score)));
  return { result: ctx.answers.ownerResult(first.entryId, confidence, citations, candidates), reason, kindOnly: k.kindOnly, askOrganization: false };
}

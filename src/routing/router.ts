/**
 * "Which group owns this question?" — a pure router over the mandate catalog.
 *
 * The question is read first (analyze.ts: organisation, the group it names, the relation it asks for,
 * its topic words in the catalog's vocabulary); a relation of a named group is answered from the catalog
 * (relations.ts), anything else from the clauses that cover the topic (score.ts → decide.ts). The router
 * abstains (`none` / `ambiguous`) below thresholds calibrated on data (calibration.ts).
 */
import type { Catalog, GroupRecord } from "../catalog/schema";
import { chairClauseOf } from "../catalog/lookup";
import { Actors } from "./actors";
import { AnswerBuilder } from "./answers";
import { crossingOf, pointsBack, scoreWithout, type CrossingContext } from "./crossing";
import { describesGroup, refersToUnnamedGroup, speaksOfKnownGroup, speaksOfOwnGroup } from "./group-words";
import { GroupNaming } from "./group-naming";
import { hasActed, resultNounAt, wantsDoneByOther } from "./acted";
import { QuestionOrganizations, type Context } from "./question-organization";
import { areaWholes, withAreaWhole, type AreaWholes } from "./area-whole";
import { withCompoundAreas } from "./compound-area";
import { CHANGE_PHRASE, oneAreaOnly, withSeveralAreas } from "./several-areas";
import { analyzeQuestion, focusOf, namedAsSubject, type QToken, type QuestionAnalysis } from "./analyze";
import { asksForWorldFact, asksWhoHoldsPost } from "./fact-question";
import { withMissingSpaces, withoutTripledLetters } from "./missing-space";
import { memo } from "./memo";
import { negatedClause } from "./negated-clause";
import { CALIBRATION, reaches, type Calibration } from "./calibration";
import { compileLexicon, type CompiledLexicon } from "./compiled-lexicon";
import { decideTopic, type DecideContext } from "./decide";
import { shippedLexicon, type Lexicon } from "./lexicon";
import type { Names, NameHit } from "./names";
import { Organizations } from "./organizations";
import { PassageIndex, passageTerms } from "./passages";
import { routerParts } from "./router-parts";
import { storedParts } from "./router-index";
import { pace, runNow, runSliced, type Steps } from "./slices";
import { EitherOr, genitive } from "./either-or";
import { stemsOf } from "./cue-table";
import { answerIntake, answerOfDescribedGroup, answerOfEveryGroup, answerOfGroup, answerOfTopicOwner, agendaHolder, agendaOf, askerSendsTo, questionSentTo } from "./relation-answer";
import { adverbialClauses } from "./relation-detect";
import { withMeetingCompoundsApart } from "./meeting-compounds";
import { answerRelation, answerWhoChairs, asksForParty, asksOnlyFact, GIVEN_BY_OTHERS, matchAll, type RelationAsked, asksWhoChairs, asksWhoIsIn, whoActsOn, detectRelation, isSelfRelation, RelationAnswerer, relationAsked } from "./relations";
import { pickSubject } from "./subject";
import { answerOfAreaGroups, groupOfAreaAfter, speaksOfSpeciality } from "./area-groups";
import { guessTokens, offeredAsGuess } from "./guess";
import { postposedOwn, preposedKeys, withoutAdjective, speaksOfOwnThing, namesWorkplace } from "./own-matter";
import { DocumentNumbers } from "./document-numbers";
import { disputeClauseOf, regionDisputeClauseOf, speaksOfMunicipalDispute, speaksOfRegionDispute, type DisputeClause } from "./disputes";
import { minutesKeptByGroup, ownMinutesAsked } from "./own-minutes";
import { evidenceOf, TopicScorer, type TopicScores } from "./score";
import { noAnswer, type RouteAnalysis, type RouteDetail, type RouteEscalation, type RouteQuery, type RouteResult } from "./types";
import type { Vocabulary } from "./vocabulary";
import { MAX_QUESTION_CHARS, NEAR_SHARE, WEIGHTS } from "./weights";

export * from "./types";
export type { Relation } from "./lexicon";
import type { Relation } from "./lexicon";
import { packedMap } from "./packed";
import { askerRoleWords } from "./asker-role";
import { meetingChoice, meetingPartner } from "./meeting-groups";
import { inSettingOnly } from "./setting-sentence";

export interface RouterOptions {
  readonly lexicon?: Lexicon;
  readonly calibration?: Calibration;
}


export class Router {
  readonly version: number;
  // set by `fill`, at once (the constructor) or in steps (`Router.build`)
  private lex!: CompiledLexicon;
  private vocab!: Vocabulary;
  private orgs!: Organizations;
  private names!: Names;
  private index!: PassageIndex;
  private scorer!: TopicScorer;
  private relations!: RelationAnswerer;
  private eitherOr!: EitherOr;
  private answers!: AnswerBuilder;
  private decide!: DecideContext;
  private crossing!: CrossingContext;
  private readonly byId = new Map<string, GroupRecord>();
  private readonly mandated = new Map<string, string[]>();
  /** Every group's escalation clause texts, once (groups of one template share theirs): read per question otherwise. */
  private readonly escalationTexts: string[] = [];
  private documentNumbers!: DocumentNumbers;
  /** The clauses that give a disagreement to a group (disputes.ts), and the lexicon's concepts a question is read by. */
  private disputes!: { municipal?: DisputeClause; regional?: DisputeClause & { regionKeys: ReadonlySet<string> }; terms: ReadonlySet<string>; municipality: ReadonlySet<string> };
  private naming!: GroupNaming;
  private place!: QuestionOrganizations;
  /** The terms of 004's "förändrade arbetssätt och processer" (Klinisk ledning's clause; several-areas.ts). */
  private changeTerms!: ReadonlySet<string>;
  /** What a care area is a part of, per organisation (area-whole.ts). */
  private wholes!: AreaWholes;

  /** Builds the router at once; `Router.build` is the same build in steps (slices.ts). */
  constructor(catalog: Catalog, options: RouterOptions = {}, deferred = false) {
    this.version = catalog.version;
    if (!deferred) runNow(this.fill(catalog, options));
  }

  /** The router, built in steps that yield now and then (`buildRouter` runs them between event-loop turns). */
  static *build(catalog: Catalog, options: RouterOptions = {}): Steps<Router> {
    const router = new Router(catalog, options, true);
    yield* router.fill(catalog, options);
    return router;
  }

  /**
   * The build: the vocabulary and the indexes (router-parts.ts, nearly all of it at scale), then the parts the answers
   * read, each a step (at 10,000 groups some take tens of milliseconds: a chat turn waits for one, not for all).
   */
  private *fill(catalog: Catalog, options: RouterOptions): Steps<void> {
    const lexicon = options.lexicon ?? shippedLexicon();
    this.lex = compileLexicon(lexicon);
    for (const e of catalog.entries) this.byId.set(e.id, e);
    this.escalationTexts.push(...new Set(catalog.entries.flatMap((e) => e.escalation.map((c) => c.text))));
    this.documentNumbers = new DocumentNumbers(catalog.entries);
    // the index of an unchanged catalog is read back from the build cache (router-index.ts), else built and kept there
    const stored = yield* storedParts(catalog, lexicon, this.lex);
    const built = stored.parts ?? (yield* routerParts(catalog, this.lex));
    this.vocab = built.vocab;
    this.orgs = new Organizations(catalog.organizations, lexicon.organisations);
    this.names = built.names;
    this.index = built.index;
    yield;
    const instancesOf = new Map<string, string[]>();
    for (const e of catalog.entries)
      if (e.kindId && e.entryType === "group") {
        const ids = instancesOf.get(e.kindId);
        if (ids) ids.push(e.id);
        else instancesOf.set(e.kindId, [e.id]);
      }
    this.scorer = new TopicScorer(this.index, instancesOf, WEIGHTS, documentsOf(catalog, this.index.entryIds));
    yield;
    const actors = new Actors(catalog);
    yield;
    this.answers = new AnswerBuilder(catalog, actors);
    yield;
    this.relations = new RelationAnswerer(catalog, actors, this.lex, (k) => (this.index.has(k) ? this.index.idf(k) : 0));
    yield;
    this.eitherOr = new EitherOr(catalog, actors, this.lex, this.answers);
    yield;
    const areasOf = new Map<string, Set<string>>();
    const tick = pace(16);
    for (const ids of instancesOf.values())
      for (const id of ids) {
        const e = this.byId.get(id)!;
        const terms = passageTerms([e.name, ...e.aliases, e.area ?? ""].join(". "), this.lex, this.vocab);
        areasOf.set(id, new Set([...terms.keys()].filter((t) => this.lex.areaConcepts.has(t))));
        if (tick()) yield;
      }
    const termsOf = memo((text: string) => passageTerms(text, this.lex, this.vocab));
    // the concepts of disagreement and of the municipalities, as the lexicon reads a question's words into them
    const conceptsOf = (text: string) => new Set([...termsOf(text).keys()].filter((t) => t.startsWith("~")));
    this.disputes = { municipal: disputeClauseOf(catalog.entries), regional: regionDisputeClauseOf(catalog.entries, catalog.organizations), terms: conceptsOf("oenighet tvister"), municipality: conceptsOf("kommunerna") };
    this.wholes = areaWholes(catalog.entries, areasOf, termsOf);
    this.place = new QuestionOrganizations(this.orgs, this.byId, this.index.entryIds, this.lex.outside);
    yield;
    this.naming = new GroupNaming(this.byId, instancesOf, areasOf, this.lex.areaConcepts, this.vocab);
    yield;
    // the phrase's own words and their concepts, not the parts of its compounds ("för|ändrade", "arbets|sätt")
    this.changeTerms = new Set(packedMap([...termsOf(CHANGE_PHRASE)].filter(([, strength]) => strength >= 1), ([t]) => t));
    this.decide = { severalAreas: this.lex.severalAreas, conditions: this.lex.conditions, otherMatters: this.lex.otherMatters, answers: this.answers, index: this.index, actors, calibration: options.calibration ?? CALIBRATION, instancesOf, areasOf, areaConcepts: this.lex.areaConcepts, termsOf };
    this.crossing = { byId: this.byId, scorer: this.scorer, instancesOf, areasOf, staff: this.lex.staff };
    this.vocab.built();
    if (!stored.parts) stored.keep(built);
  }

  /** Sizes, for benches and logs. */
  get stats(): { passages: number; terms: number; spellingWords: number } {
    return { passages: this.index.size, terms: this.index.termCount, spellingWords: this.vocab.spellingSize };
  }

  resolveOrganization(text: string | undefined): string | undefined {
    return this.orgs.resolve(text);
  }

  organizationName(id: string): string {
    return this.orgs.name(id);
  }

  escalationOf(e: GroupRecord): RouteEscalation | null {
    return this.answers.escalationOf(e);
  }

  route(q: RouteQuery): RouteResult {
    return this.routeDetailed(q).result;
  }

  /** `calibration` replaces the shipped thresholds for this call (the calibration bench tries many). */
  routeDetailed(q: RouteQuery, calibration?: Calibration): RouteDetail {
    const question = this.documentNumbers.named(withMeetingCompoundsApart(withMissingSpaces(withoutTripledLetters((typeof q.question === "string" ? q.question : "").slice(0, MAX_QUESTION_CHARS)))));
    const cal = calibration ?? this.decide.calibration;
    const asAsked = analyzeQuestion(question, this.lex, this.vocab);
    const ctx = this.place.organization(asAsked, q);
    let a = withCompoundAreas(withAreaWhole(asAsked, this.lex.areaConcepts, this.wholes, ctx.orgId), this.lex.areaConcepts, this.naming.groupHeads);
    const detail = (result: RouteResult, rest: Partial<RouteAnalysis> & Pick<RouteAnalysis, "reason">): RouteDetail => ({
      result,
      analysis: {
        organization: ctx.orgId ? { id: ctx.orgId, name: this.orgs.name(ctx.orgId), source: ctx.orgSource!, ...(this.place.settled(ctx) ? { settled: true } : {}) } : null,
        subject: null,
        asks: "topic",
        kindOnly: null,
        askOrganization: false,
        ownerIs: this.answers.ownerIs(result.owner?.id),
        language: a.language,
        ...rest,
      },
    });
    if (!a.tokens.some((t, i) => !ctx.skip.has(i))) {
      // "Vad gör gruppen i Västmanland?": nothing but the organisation and a group word — its one group is asked about
      const only = this.naming.soleGroupSpokenOf(a, ctx.orgId);
      if (only && speaksOfKnownGroup(a, only.at)) return detail(this.groupItself(only.entryId), { reason: "name", subject: { id: only.entryId, name: this.byId.get(only.entryId)!.name } });
      return detail(noAnswer(), { reason: a.tokens.length ? "organization" : "empty" });
    }

    if (this.place.outside(a, ctx)) return detail(noAnswer(), { reason: "outside" });
    // one person's own matter ("min remiss", "min lön"): governance groups own kinds of questions, not cases
    // (also with the possessive after the noun's definite form, as colloquial Swedish puts it: "lönen min" is "min lön")
    const ownCaseAt = (keys: readonly string[], i: number) => this.lex.ownCase.longestAt(keys, i);
    if (a.keys.some((_, i) => ownCaseAt(a.keys, i) && !namesWorkplace(a, i)) || postposedOwn(a).some((i) => ownCaseAt(preposedKeys(a.keys, i), 0)) || withoutAdjective(a).some((k) => ownCaseAt(k, 0))) return detail(noAnswer(), { reason: "own-case" });
    const { named, excludedIds, otherArea: ofOtherArea } = this.namedGroups(a, ctx);
    // a service that is not health care (social assistance, building permits, school transport), no group named:
    // health-care governance has no say in it, however many of its words a mandate happens to use ("ekonomisk") —
    // also said as a part of a compound ("busstidtabellerna", "bygglovsärendet": the bus's timetables, a permit's case)
    // … or a group named only in a clause of time that sets the occasion ("Var kan man parkera … när man ska på möte i
    // samordningsrådet?"): the main clause asks the practical matter, the group's meeting is only when (general Swedish)
    const occasion = named.length > 0 && namedOnlyInOccasion(a, named);
    // (a practical matter only in a sentence that sets the scene around one asking its own matter is no part of it)
    const inMain = (at: number) => (!occasion || !occasion.has(at)) && !inSettingOnly(a, at);
    const notCarePart = (t: QToken) => t.terms.some((x) => x.part !== undefined && this.lex.notCare.longestAt([x.term], 0)?.length === 1);
    if ((!named.length || occasion) && (a.keys.some((_, i) => inMain(i) && !!this.lex.notCare.longestAt(a.keys, i)) || a.tokens.some((t) => inMain(t.at) && notCarePart(t)))) return detail(noAnswer(), { reason: "not-care" });
    // an elected body outside the mandates asked about (who chairs regionstyrelsen, when fullmäktige meets), no group
    // named: its assembly sets that under the Local Government Act, no group here (a body said only around the asking
    // sentence is who asks or the setting: "Jag är sekreterare åt ett regionråd. Hen undrar vem som …")
    if (!named.length && a.keys.some((_, i) => this.lex.political.longestAt(a.keys, i) && (a.asking < 0 || a.sentenceOf[i] === a.asking))) return detail(noAnswer(), { reason: "political" });
    // a time, a price, a waiting time now: a fact of the world, no matter a mandate gives anyone (fact-question.ts)
    if (!named.length && asksForWorldFact(a.words, a.sentenceStarts)) return detail(noAnswer(), { reason: "topic" });
    // who holds a post in the line organisation ("Vem är chef för akutmottagningen?"): a fact of that unit (fact-question.ts)
    if (!named.length && asksWhoHoldsPost(a.words)) return detail(noAnswer(), { reason: "topic" });
    const ref = (id: string) => ({ id, name: this.byId.get(id)!.name });
    // how a matter reaches a group (sent to it, or put on its agenda): its procedure clause, else the group itself — no
    // mandate names a way in, and a matter for the group is raised with it, as its own meetings are (000: the
    // verksamhetschefsgrupp "tar självständigt kontakt med … andra samarbetspartners")
    const intake = (to: NameHit, cues: ReadonlySet<number>): RouteDetail => {
      const result = answerIntake(this.relations, this.answers, to, a, excludedIds, cues);
      if (!result.owner) return detail(this.groupItself(to.entryId, 0.6), { reason: "relation-unknown", subject: ref(to.entryId), asks: "prepares" });
      return detail(result, { reason: "relation", subject: ref(to.entryId), asks: "prepares" });
    };
    const asked = relationAsked(a, this.lex, named);
    // "X eller Y – vem beslutar?": the one of the two a mandate names as deciding (or preparing)
    const either = this.eitherOr.answer(a, named, this.byId);
    if (either) {
      const result = this.answers.ownerResult(either.targetId, 0.85, [either.citation], [this.answers.candidate(either.targetId, 1)]);
      return detail({ ...result, escalation: null }, { reason: "relation", subject: ref(either.targetId), asks: either.relation });
    }
    // "the Västmanland group": an organisation with one group, and the question speaks of a group without naming it
    const sole = !named.length ? (this.naming.soleGroupSpokenOf(a, ctx.orgId) ?? this.naming.soleGroupOfMeetings(a, ctx.orgId)) : undefined;
    // "vårt råd", "rådet" in VGR: a group of the organisation's one kind of råd, whose relations its kind's mandate says
    // … and "dagordningen för mötena i Västmanland": the agenda of the meetings of the organisation's one group
    const kindSpoken = () => (ctx.orgId ? this.naming.kindSpokenOf(a, ctx.orgId) : !ctx.orgIds.length ? this.naming.kindSpokenOfAnywhere(a) : undefined);
    // … also beside a body the question only offers as a guess of who does it ("Är det Koncernkontoret eller ordföranden
    // som ska se till att rådet har en koordinator?"): that body is the answer checked, and "rådet" — definite, a group
    // already known — is the one whose relation is asked ("en grupp som bereder" asks for a group instead)
    const besideGuess = named.length && named.every((h) => offeredAsGuess(h, a)) && asked ? kindSpoken() : undefined;
    const spoken = sole ?? (!named.length && asked ? kindSpoken() : besideGuess && DEFINITE.test(a.words[besideGuess.at] ?? "") ? besideGuess : undefined);
    // (the words of the organisation's name, for "Which VGR group")
    const orgAt = new Set(packedMap([...ctx.skip], (i) => a.tokens[i]?.at ?? -1));
    // "Vilken grupp bereder ärendena?": the group word is the question's own phrase, the group asked for — no group whose relation is asked
    if (asked && spoken && !askedForBy(a, spoken.at, orgAt)) {
      const agenda = asked.relation === "prepares" ? agendaOf([spoken], a, asked.cues) : undefined;
      if (agenda) return intake(agenda, asked.cues);
      const found = this.kindMeetingPartner(asked, spoken, a, excludedIds) ?? answerRelation(this.relations, this.answers, asked, [spoken], a, excludedIds);
      if (found) return detail(found.result, { reason: "relation", subject: ref(found.subject), asks: asked.relation });
    }
    // the organisation known, no group named: the party every group of it names alike
    // (only a question that asks nothing else: words of a topic may be a duty of one of them, "förslag på … nationella programområden")
    const bare = asked && !a.tokens.some((t, i) => t.real && !ctx.skip.has(i) && !asked.cues.has(t.at));
    // … or a question that describes the group instead of naming it ("den grupp där cheferna samordnar vår specialitet"),
    // asking a relation others hold towards it: whichever of the organisation's groups is described, the party is the
    // same when every one names it alike
    const describedOnly = asked && !bare && GIVEN_BY_OTHERS.has(asked.relation) && asksForParty(a) && describesGroup(a);
    // … or one the asker calls their own ("vår ordförande", "hos oss"): of the organisation's groups, the ones whose mandate
    // says the relation name its party (001 alone has a verksamhetsplan, fastställd by the regiondirektörsgrupp)
    const ownGroup = asked && !bare && !describedOnly && speaksOfOwnGroup(a);
    const everyOf = asked && (bare || describedOnly || ownGroup) && !named.length && !spoken && ctx.orgId && !isSelfRelation(asked.relation) ? this.mandatedGroupsOf(ctx.orgId) : undefined;
    // … a group described by its speciality: the organisation's groups that exist per care area (area-groups.ts)
    const perArea = everyOf && asked && describedOnly && speaksOfSpeciality(a, this.lex.areaConcepts) ? answerOfAreaGroups(this.relations, this.answers, asked, everyOf, a, excludedIds) : undefined;
    // … and with no organisation known, such a group exists in each organisation that has groups per care area (VGR's
    // samordningsråd, Mellansverige's verksamhetschefsgrupper): the party each one's mandate names is a candidate, and
    // the organisation is asked for
    const anywhere = !everyOf && !ctx.orgId && !ctx.orgIds.length && asked && describedOnly && !named.length && !spoken && !isSelfRelation(asked.relation) && speaksOfSpeciality(a, this.lex.areaConcepts) ? this.areaGroupsAnywhere(asked, a, excludedIds) : undefined;
    if (anywhere && asked) return detail(anywhere, { reason: "relation", asks: asked.relation, askOrganization: true });
    // … and "gruppen" by no name, asked nothing else ("Vem utser deltagarna i gruppen?"), no organisation known: the party
    // each organisation's groups all name alike is a candidate (the same reading as with the organisation known), and
    // the organisation is asked for
    const unnamed = !everyOf && !anywhere && bare && !ctx.orgId && !ctx.orgIds.length && asked && !named.length && !spoken && !isSelfRelation(asked.relation) && refersToUnnamedGroup(a) ? this.areaGroupsAnywhere(asked, a, excludedIds, false) : undefined;
    if (unnamed && asked) return detail(unnamed, { reason: "relation", asks: asked.relation, askOrganization: true });
    const everyGroup = perArea ?? (everyOf && asked ? answerOfEveryGroup(this.relations, this.answers, asked, everyOf, a, excludedIds, !!ownGroup) : undefined);
    if (everyGroup && asked) return detail(everyGroup.result, { reason: "relation", subject: ref(everyGroup.subject), asks: asked.relation });
    // "Vem är ordförande i länsgruppen?": who holds the chair, where a clause says who leads the group
    const chairAsked = !asked ? asksWhoChairs(a, this.lex) : undefined;
    const chaired = !asked ? answerWhoChairs(this.relations, this.answers, chairAsked, named.length ? named : sole ? [sole] : [], a, excludedIds) : undefined;
    if (chaired) return detail(chaired.result, { reason: "relation", subject: ref(chaired.subject), asks: "leads" });
    // … and where no clause says who leads it, its chair does, whom its mandate has appointed: the group, citing that
    // clause (asked nothing else: "Vem är ordförande i bildrådet?")
    const chairOf = chairAsked ? (named.length ? pickSubject(named, a) : sole) : undefined;
    if (chairAsked && chairOf && this.byId.get(chairOf.entryId)?.document && !a.tokens.some((t, i) => t.real && !ctx.skip.has(i) && !chairAsked.cues.has(t.at) && !chairOf.tokens.includes(i)))
      return detail(this.ledByItsChair(chairOf.entryId), { reason: "relation-unknown", subject: ref(chairOf.entryId), asks: "leads" });
    // the asker sends (or puts forward) a matter to the group: how it reaches the group, not where the group reports nor
    // what it prepares for others ("Hur anmäler man ett ärende till länsgruppen?" is no question of 002's "beredande
    // grupp till Chefsforum")
    const sentTo = asked?.relation === "reports" || asked?.relation === "prepares" ? askerSendsTo(named, a) ?? (asked.relation === "prepares" ? questionSentTo(named, a, asked.cues) : undefined) : undefined;
    // … and the group's agenda is that same way in ("Vem sätter dagordningen för ledningsgruppen?")
    // (and no group named: the organisation's one group, when the asker puts the matter forward)
    const intakeOf = (asked?.relation === "prepares" ? agendaHolder(named, a, asked.cues) : undefined) ?? sentTo ?? (asked?.relation === "prepares" ? (agendaOf(named, a, asked.cues) ?? (!named.length && !sole ? this.naming.soleGroupOfIntake(a, ctx.orgId, asked.cues) : undefined)) : undefined);
    if (intakeOf && asked) return intake(intakeOf, asked.cues);
    // "Får rådet själv ta ställning till ett nytt dyrt läkemedel?": a named group that decides for itself decides only
    // what its own mandate leaves it — a boundary clause of that mandate sends its matter to another body (004: PPR
    // "vid införande av nya läkemedel …", Klinisk ledning, regionövergripande samordnande grupper), so the group's
    // own decision waits for the topic step's boundary reading below
    let selfDecided: { result: RouteResult; subject: string } | undefined;
    // where a group's minutes go, when its minutes clause sends them to no one: the group (own-minutes.ts)
    const kept = asked && named.length ? minutesKeptByGroup(a, asked, pickSubject(named, a)!.entryId, this.byId, (x, org) => this.decide.actors.bodiesIn(x, org)) : undefined;
    if (kept) return detail(this.answers.ownerResult(kept.id, 0.8, [this.answers.clauseCitation(kept.clause, kept.id)], [this.answers.candidate(kept.id, 1)]), { reason: "relation", subject: ref(kept.id), asks: "reports" });
    const kindPartner = asked && named.length ? this.kindMeetingPartner(asked, pickSubject(named, a)!, a, excludedIds) : undefined;
    if (kindPartner && asked) return detail(kindPartner.result, { reason: "relation", subject: ref(kindPartner.subject), asks: asked.relation });
    if (asked && named.length) {
      const found = answerRelation(this.relations, this.answers, asked, named, a, excludedIds);
      if (found && asked.relation === "decides" && this.decidesItself(found)) selfDecided = found;
      else if (found) return detail(found.result, { reason: "relation", subject: ref(found.subject), asks: asked.relation });
      // the mandate does not say, and the question asks nothing else: no guess, the group as the only candidate
      const rest = a.tokens.filter((t, i) => !ctx.skip.has(i) && !asked.cues.has(t.at) && !named.some((h) => h.tokens.includes(i)));
      if (!selfDecided && !rest.some((t) => t.real)) {
        const s = pickSubject(named, a)!;
        // a group's meetings are its own to hold where no mandate sets them ("tid per gång avgörs utifrån behovet", 002;
        // "Mötesfrekvensen kan anpassas utifrån behoven i aktuellt samordningsråd", 004): the group, without a clause's certainty
        // who leads a group no clause says is "led by" anyone: its chair, who has no entry of its own — the group whose
        // own mandate sets the chair (001: "Regiondirektörsgruppen utser ordförande och vice ordförande"); a body with
        // no mandate of its own (Chefsforum) has no such clause and stays unanswered
        if (asked.relation === "meetings" || (asked.relation === "leads" && !!this.byId.get(s.entryId)?.document)) return detail(asked.relation === "leads" ? this.ledByItsChair(s.entryId) : this.groupItself(s.entryId, 0.6), { reason: "relation-unknown", subject: ref(s.entryId), asks: asked.relation });
        return detail({ ...noAnswer(), candidates: [this.answers.candidate(s.entryId, 0)] }, { reason: "relation-unknown", subject: ref(s.entryId), asks: asked.relation });
      }
    }
    // who writes or approves a named group's minutes, where its mandate says nothing of minutes: the group (own-minutes.ts)
    const minutes = !asked ? ownMinutesAsked(a, this.lex, named, this.byId) : undefined;
    if (minutes?.unwritten) return detail({ ...noAnswer(), candidates: [this.answers.candidate(minutes.id, 0)] }, { reason: "name", subject: ref(minutes.id), asks: "reports" });
    if (minutes) {
      const citations = minutes.clause ? [this.answers.clauseCitation(minutes.clause, minutes.id)] : this.answers.ownCitation(this.byId.get(minutes.id)!);
      return detail(this.answers.ownerResult(minutes.id, 0.6, citations, [this.answers.candidate(minutes.id, 1)]), { reason: "relation-unknown", subject: ref(minutes.id), asks: "reports" });
    }
    // a topic or a fact of "gruppen i Västmanland" is asked of that group, as of a group named in full
    const subject = pickSubject(named, a) ?? sole;
    const members = subject && !asked ? this.whoIsIn(a, ctx, subject) : undefined;
    if (members) return detail(members, { reason: "name", subject: ref(subject!.entryId), asks: "members" });
    const skip = this.topicSkip(a, ctx, asked, named, cal);
    // the words of a group's name that describe a group of another care area are no evidence for that group
    for (const h of ofOtherArea) for (const t of h.tokens) skip.add(t);
    // a body offered as a guess ("Är det PPR som …?") is what the question asks to check, not evidence for itself
    // … also a body of another organisation than the question's ("Västmanland … med Uppsala. Är det länets
    // samverkansgrupp som tar det?"): it is no candidate, and its name is no evidence for the groups that are
    const guessed = [...named, ...this.names.find(a, () => true).filter((h) => h.coverage === 1)];
    for (const h of guessed) if (offeredAsGuess(h, a)) for (const t of guessTokens(h, a)) skip.add(t);
    // "flera verksamhetsområden": the areas the matter touches, not those of the groups it names (several-areas.ts)
    const several = withSeveralAreas(a, new Set(named.flatMap((h) => h.tokens)), this.lex.areaConcepts, this.naming.groupHeads, this.changeTerms);
    a = several.analysis;
    if (several.skip !== undefined) skip.add(several.skip);
    const oneArea = oneAreaOnly(a, new Set(named.flatMap((h) => h.tokens)), skip, this.lex.areaConcepts, this.naming.groupHeads, this.lex.severalAreas);
    const mask = this.place.maskFor(ctx);
    const focus = focusOf(a, new Set([...skip, ...named.flatMap((h) => h.tokens)]), this.lex.areaConcepts);
    let scores = this.scorer.score(a, skip, mask, focus, subject ? [subject.entryId] : []);
    if (scores.total === 0 && subject) return detail(this.groupItself(subject.entryId), { reason: "name", subject: ref(subject.entryId) });
    const bonusFor = subject && this.byId.get(subject.entryId)!.entryType !== "referenced" && namedAsSubject(a, subject.at) && !offeredAsGuess(subject, a) ? subject.entryId : undefined;
    // the named group's own mandate may send the rest of the question elsewhere, also when the question only offers
    // the group as a guess ("Är det något för samordningsrådet?"): score the rest without its name and its own area
    const own = subject && this.byId.get(subject.entryId)!.entryType !== "referenced" ? subject : undefined;
    // (a body the question names that has no mandate of its own sends nothing on: no crossing)
    const crossing = subject && !own ? undefined : crossingOf(this.crossing, a, scores, own, skip, pointsBack(a), mask, focus);
    const allNamed = [...named, ...this.names.find(a, () => true).filter((h) => h.coverage === 1)];
    const nameTokens = new Set(allNamed.flatMap((h) => h.tokens));
    // words a negation leaves out ("Det är väl inte bild- och funktionsmedicinrådet som …") are no area of the matter
    // either: the kind step reads the matter's care area without them, as it reads it without the names
    for (const i of skip) if (a.excluded.has(a.tokens[i]?.at ?? -1)) nameTokens.add(i);
    // a body named only in a sentence around the one that asks ("PPR har beslutat … Vem har huvudrollen i genomförandet?")
    // is the setting, not what is asked about: a clause that names it does not match the question by that name
    // … and a body the question says has done its act ("PPR har beslutat …, vem ansvarar för genomförandet?")
    const acted = allNamed.filter((h) => hasActed(a, h));
    // "PPR:s prioriteringar": the action noun of a body's genitive says what that body did, as its name says who
    for (const h of acted) {
      const at = resultNounAt(a, h);
      a.tokens.forEach((t, i) => t.at === at && at >= 0 && nameTokens.add(i));
    }
    const askedAbout = allNamed.filter((h) => (a.asking < 0 || h.tokens.some((t) => a.tokens[t]!.sentence === a.asking)) && !acted.includes(h));
    // a body that wants a thing done, asked after that who does it, is not who does it (acted.ts)
    const wanting = new Set(packedMap(allNamed.filter((h) => wantsDoneByOther(a, h)), (h) => h.entryId));
    if (wanting.size) scores = { ...scores, entries: scores.entries.filter((e) => !wanting.has(e.entryId)) };
    const d = decideTopic(scores, a, calibration ? { ...this.decide, calibration: cal } : this.decide, { subject: bonusFor, crossingFrom: crossing?.from, withoutSubject: crossing?.scores, organizationKnown: !!ctx.orgId, named: packedMap(askedAbout.filter((h) => !offeredAsGuess(h, a)), (h) => h.entryId), setting: packedMap(allNamed.filter((h) => !askedAbout.includes(h)), (h) => h.entryId), done: packedMap(acted, (h) => h.entryId), nameTokens, oneArea, ownMatter: !named.length && speaksOfOwnThing(a) });
    if (selfDecided) {
      // (the escalation clause, "Där varken ordförande eller deltagare har mandat att fatta beslut …", is itself a clause
      // on who decides, which the decides relation has already read: only a clause that sends a matter elsewhere counts)
      const cited = d.result.citations[0]?.text ?? "";
      const escalation = this.escalationTexts.some((t) => cited.includes(t) || t.includes(cited));
      const elsewhere = d.reason === "boundary" && d.result.status === "owner" && !!d.result.owner && !escalation && !this.decidesItself({ ...selfDecided, result: d.result });
      if (elsewhere) return detail(d.result, { reason: d.reason, subject: ref(selfDecided.subject), asks: "decides" });
      return detail(selfDecided.result, { reason: "relation", subject: ref(selfDecided.subject), asks: "decides" });
    }
    const otherArea = d.result.status === "none" && !asked ? this.guessOfOtherArea(guessed, a, skip) : undefined;
    // (an answer from the name, as a named group's when nothing else scores: no topic step)
    if (otherArea) return detail(otherArea.result, { reason: "name", subject: null, kindOnly: otherArea.kindOnly });
    // … also asked with a word of deciding alone ("Vem fattar beslut om …?", "Vem bestämmer när …?"), no other relation
    // asked: the clause of the topic's group says whether it decides itself or prepares for another body
    const decidedBy = asked?.relation === "decides" ? asked.cues : !asked ? this.decisionWords(a) : undefined;
    // (a named group asked whether it decides, "Är det samverkansgruppen som bestämmer …?", is read the same way: the
    // clause check below keeps a group that decides for itself)
    const decider = decidedBy && (!named.length || !asked) && !sole ? this.decidesOn(d.result, d.reason, decidedBy, a, excludedIds, asked?.relation !== "decides") : undefined;
    if (decider) return detail(decider.result, { reason: "relation", subject: ref(decider.subject), asks: "decides" });
    // a name in the genitive determines the noun after it ("Vem godkänner verksamhetschefsgruppernas minnesanteckningar?"):
    // that noun is the verb's object, not the group
    const relation = asked?.relation ?? (subject && !genitive(subject, a) && whoActsOn(a, subject.at) ? "commissioner" : undefined);
    // ("Vilken grupp bereder ärendena …?" in an organisation of one group: the group word is the one asked for, no subject)
    const askedFor = !!sole && subject === sole && askedForBy(a, sole.at, orgAt);
    // (who leads a group may well be the group itself, by its chair — label rule 3, ledByItsChair — so a topic answer of
    // the group is no sign the relation went unread)
    if (subject && relation && relation !== "leads" && !askedFor && this.unsureOfRelation(d.result, d.reason, subject.entryId, relation, a)) {
      const unsure = { ...d.result, status: "ambiguous" as const, owner: null, escalation: null, confidence: Math.min(d.result.confidence, 0.3) };
      return detail(unsure, { reason: "relation-unsure", subject: ref(subject.entryId), asks: relation, kindOnly: null, askOrganization: false });
    }
    // the group the question names, asked who does something: its name says what the question is about, not that its
    // mandate covers what is asked — its own clauses must cover the rest of the question as any answer must; so too
    // when the group was found as the kind for the area it names, or as the body a boundary clause sends to
    if (own && OWN_NAME_STEPS.has(d.reason) && d.result.owner?.id === own.entryId && asksForParty(a) && !this.ownClausesCover(own.entryId, this.withoutName(a, own, skip, mask, focus, crossing), cal)) {
      const result = { ...noAnswer(), candidates: d.result.candidates };
      return detail(result, { reason: "topic", subject: ref(own.entryId), asks: asked?.relation ?? "topic" });
    }
    // a relation of no named group, where the topic found the one mandate whose sentence names the party in its own words
    const ofOwner = asked && !named.length && !sole && d.result.owner && d.reason === "topic" && asksForParty(a) && !refersToUnnamedGroup(a) ? answerOfTopicOwner(this.relations, this.answers, asked, d.result.owner.id, a, excludedIds) : undefined;
    if (ofOwner && asked) return detail(ofOwner.result, { reason: "relation", subject: ref(ofOwner.subject), asks: asked.relation });
    if (asked && !named.length && !ctx.orgId && d.result.status === "owner" && refersToUnnamedGroup(a)) {
      const result = { ...d.result, status: "ambiguous" as const, owner: null, escalation: null, confidence: Math.min(d.result.confidence, 0.3), candidates: this.groupCandidates(d.result) };
      return detail(result, { reason: d.reason, asks: asked.relation, askOrganization: new Set(packedMap(result.candidates, (c) => this.byId.get(c.id)?.organizationId)).size > 1 });
    }
    // a group's meetings asked with whom they are agreed, no group named ("Vi vill träffas oftare. Vem ska vi stämma av
    // det med?"): the one party a meeting clause (of the organisation, when known) names, whichever group asks
    const partner = asked?.relation === "meetings" && !named.length && !sole && asksForParty(a) && this.consultsAsked(a) ? meetingPartner({ relations: this.relations, answers: this.answers, byId: this.byId, asked, a, excludedIds }, ctx.orgId) : undefined;
    if (partner && asked) return detail(partner.result, { reason: "relation", subject: ref(partner.subject), asks: asked.relation });
    // "Hur många möten brukar gruppen ha?": the meetings of a group by no name, no organisation known, no mandate's words
    // settling which — each group whose mandate sets its meetings is a candidate, and the card asks which organisation
    const choice = asked?.relation === "meetings" && !named.length && !sole && !ctx.orgId && d.result.status === "none" && refersToUnnamedGroup(a) ? meetingChoice({ relations: this.relations, answers: this.answers, byId: this.byId, asked, a, excludedIds }) : undefined;
    if (choice) return detail(choice, { reason: d.reason, asks: "meetings", askOrganization: true });
    const whose = bare && asked && !named.length && !sole && !ctx.orgId && d.reason === "topic" ? this.whoseRelation(d.result, asked, a, excludedIds) : undefined;
    if (whose && asked) return detail(whose, { reason: "relation-unsure", asks: asked.relation });
    // a relation someone else holds towards the group the question describes (the topic's answer), not names
    const described = asked && !named.length && !sole && d.result.status === "owner" && d.result.owner && (d.reason === "topic" || d.reason === "kind-only") ? answerOfDescribedGroup(this.relations, this.answers, asked, d.result.owner.id, a, excludedIds) : undefined;
    if (described && asked) return detail(described.result, { reason: "relation", subject: ref(described.subject), asks: asked.relation });
    const chairFact = !asked && subject && d.result.status !== "owner" ? this.chairFact(subject.entryId, a) : undefined;
    if (chairFact) return detail(chairFact, { reason: "name", subject: ref(subject!.entryId), asks: "chair" });
    // the one group of the organisation, spoken of as "gruppen", and no clause anywhere covers the rest ("Vem sitter i
    // gruppen i Västmanland?"): what is asked is a fact of that group, which its own mandate holds
    if (sole && subject === sole && d.result.status === "none" && speaksOfKnownGroup(a, sole.at)) return detail(this.groupItself(sole.entryId, 0.6), { reason: "name", subject: ref(sole.entryId) });
    // a disagreement a clause gives to a group (disputes.ts), where the topic found no owner and no relation is asked —
    // or only where to raise it, which no clause answered ("Ska det lyftas till …?"): the clause says who takes it up
    const disputed = (!asked || asked.relation === "escalation") && d.result.status !== "owner" ? this.disputeOwner(a, ctx, scores, cal) : undefined;
    if (disputed) return detail(disputed, { reason: "topic", subject: null, asks: "topic" });
    const both = d.result.status === "owner" && (d.reason === "topic" || d.reason === "kind-only") ? this.otherNamedOrganizations(d.result, a, ctx, skip, focus, cal) : undefined;
    if (both) return detail(both, { reason: d.reason, subject: subject ? ref(subject.entryId) : null, asks: asked?.relation ?? "topic", askOrganization: true });
    return detail(d.result, { reason: d.reason, subject: subject ? ref(subject.entryId) : null, asks: asked?.relation ?? "topic", kindOnly: d.kindOnly, askOrganization: d.askOrganization });
  }

  /**
   * A question that names two organisations neither of which is a region of the other (VGR and Västmanland) and is
   * answered by topic in one of them: when the other's own mandates cover the question too (above the none threshold),
   * one organisation's owner would hide the other's. Each mandate holds only inside its organisation (004: the råd
   * "företräder inte VGR i kontakter utanför regionen"), so the honest answer offers both and asks which.
   */
  private otherNamedOrganizations(r: RouteResult, a: QuestionAnalysis, ctx: Context, skip: ReadonlySet<number>, focus: readonly number[], cal: Calibration): RouteResult | undefined {
    if (ctx.orgIds.length < 2 || !r.owner) return undefined;
    const home = this.byId.get(r.owner.id)?.organizationId;
    if (!home || !ctx.orgIds.includes(home)) return undefined;
    const others = ctx.orgIds.filter((o) => o !== home && !this.orgs.memberOf(o, home) && !this.orgs.memberOf(home, o));
    const best = others.flatMap((o) => {
      const e = this.scorer.score(a, skip, this.place.maskFor({ ...ctx, orgId: o }), focus, []).entries[0];
      return e && reaches(evidenceOf(e), cal, "none") ? [this.answers.candidate(e.entryId, 1)] : [];
    });
    if (!best.length) return undefined;
    return { ...r, status: "ambiguous", owner: null, escalation: null, confidence: Math.min(r.confidence, 0.3), candidates: [r.candidates[0] ?? this.answers.candidate(r.owner.id, 1), ...best] };
  }

  /**
   * A municipality and the region disagreeing on responsibility (002), or regions of a sjukvårdsregion disagreeing in a
   * collaboration (000): the group whose clause gives it that disagreement, citing the clause — in the clause's
   * organisation, and when the group's own score reaches a share of the none threshold (the clause's match stands for
   * the rest of the evidence).
   */
  private disputeOwner(a: QuestionAnalysis, ctx: Context, scores: TopicScores, cal: Calibration): RouteResult | undefined {
    const owner = (c: DisputeClause) => {
      if (!reaches(evidenceOfEntry(scores, c.entryId), cal, "none", DISPUTE_EVIDENCE)) return undefined;
      return this.answers.ownerResult(c.entryId, 0.6, [this.answers.clauseCitation(c.clause, c.entryId)], [this.answers.candidate(c.entryId, 1)]);
    };
    const { municipal: m, regional: r, terms, municipality } = this.disputes;
    // (no organisation known: the region named as the other side, "kommunen och regionen")
    if (m && (ctx.orgId === m.organizationId || (!ctx.orgId && a.words.some((w) => REGION_PARTY.has(w)))) && speaksOfMunicipalDispute(a, terms, municipality)) return owner(m);
    if (r && (!ctx.orgId || ctx.orgId === r.organizationId) && speaksOfRegionDispute(a, terms, municipality, r.regionKeys)) return owner(r);
    return undefined;
  }

  /** Positions of the decides relation's own words ("beslutar", "bestämmer", "fattar beslut") in the asking sentence. */
  private decisionWords(a: QuestionAnalysis): ReadonlySet<number> | undefined {
    const t = this.lex.relations.get("decides");
    if (!t) return undefined;
    const hits = new Set<number>();
    matchAll(t.about, a.words, hits, stemsOf(a.words));
    const asking = [...hits].filter((i) => a.asking < 0 || a.sentenceOf[i] === a.asking);
    return asking.length ? new Set(asking) : undefined;
  }

  /** The relation's answer is the group asked about itself (or its kind, or a concrete group of it). */
  private decidesItself(found: { result: RouteResult; subject: string }): boolean {
    const owner = found.result.owner?.id;
    if (!owner) return false;
    if (owner === found.subject) return true;
    const s = this.byId.get(found.subject);
    const o = this.byId.get(owner);
    return s?.kindId === owner || o?.kindId === found.subject;
  }

  /**
   * "Vem fattar till slut beslut i ansvarsfrågorna mellan kommunerna och regionen?": who decides a matter, no group
   * named, is the decides relation of the group whose mandate covers the matter — when that mandate gives the decision
   * to another body (002: "Chefsforum är även beslutande organ"; "… förslag till lösning som Chefsforum får ta ställning
   * till"), that body answers, citing the clause; a mandate that lets the group decide itself leaves the topic's answer.
   */
  private decidesOn(r: RouteResult, reason: RouteAnalysis["reason"], cues: ReadonlySet<number>, a: QuestionAnalysis, excluded: ReadonlySet<string>, wordOnly = false): { result: RouteResult; subject: string } | undefined {
    if (r.status !== "owner" || !r.owner || reason !== "topic") return undefined;
    const g = this.byId.get(r.owner.id);
    if (!g || g.entryType === "referenced") return undefined;
    const found = this.relations.answer("decides", g, a, excluded, cues, cues);
    if (!found || found.how === "self" || found.targetId === g.id || found.targetId === g.kindId || !this.byId.has(found.targetId)) return undefined;
    // a word of deciding alone ("Vem fattar beslut om …?") asks who decides the matter: a group that prepares its
    // matters for the deciding body (002 "en beredande grupp till Chefsforum", "Chefsforum är även beslutande organ")
    // hands that body the decision; a clause where some body decides another thing ("Ledningsgruppen beslutar om
    // vilka verksamhetschefsgrupper …") or only where the group has no mandate (escalation) does not; nor does the
    // preparing clause alone ("bereder ärenden till samverkansnämnden", 001): the group may decide other things itself
    // ("Gruppen fastställer uppdrag för arbetsgrupper …"), only a clause that names the body as deciding says it decides
    const prepares = wordOnly ? this.relations.answer("prepares", g, a, excluded, cues, cues) : undefined;
    if (wordOnly && (prepares?.targetId !== found.targetId || prepares.citation.text === found.citation.text)) return undefined;
    const result = this.answers.ownerResult(found.targetId, r.confidence, [found.citation], [this.answers.candidate(found.targetId, 1), this.answers.candidate(g.id, 0.5)]);
    return { result: { ...result, escalation: null }, subject: g.id };
  }

  /**
   * "Är det samordningsrådet för bild- och funktionsmedicin som hanterar ortopedin?": a concrete group of a kind offered
   * as a guess, and nothing asked besides a care area that is not the group's. As "röntgenrådet" is that area's råd,
   * the area asked of has its own group of the kind — a råd for its area, which the kind's template describes (003;
   * 004 is the concrete råd's own area only): the kind answers, its concrete groups listed, as when the group is named
   * as the subject (decide.ts kindStep).
   */
  private guessOfOtherArea(guessed: readonly NameHit[], a: QuestionAnalysis, skip: ReadonlySet<number>): { result: RouteResult; kindOnly: NonNullable<RouteAnalysis["kindOnly"]> } | undefined {
    const h = guessed.find((x) => offeredAsGuess(x, a) && !!this.byId.get(x.entryId)?.kindId);
    if (!h) return undefined;
    const g = this.byId.get(h.entryId)!;
    const kind = this.byId.get(g.kindId!);
    if (!kind?.document) return undefined;
    const own = this.decide.areasOf.get(g.id) ?? new Set<string>();
    const inName = new Set(h.tokens);
    let other = false;
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      if (inName.has(i) || skip.has(i) || t.at < 0) continue;
      const areas = t.terms.filter((x) => x.credit === 1 && this.lex.areaConcepts.has(x.term));
      // a word of anything but a care area: the question asks of more than which råd has the area
      if (!areas.length) return undefined;
      if (areas.some((x) => own.has(x.term))) return undefined;
      other = true;
    }
    if (!other) return undefined;
    const instances = this.decide.instancesOf.get(kind.id) ?? [];
    const kindOnly = { kind: { id: kind.id, name: kind.name }, groups: packedMap(instances, (i) => ({ id: i, name: this.byId.get(i)!.name })) };
    const result = this.answers.ownerResult(kind.id, 0.6, this.answers.ownCitation(kind), [this.answers.candidate(kind.id, 1), this.answers.candidate(g.id, 0.5)]);
    return { result, kindOnly };
  }

  /**
   * The group's own clauses (or its kind's) come near covering the question without its name and area: at least the
   * share of the none threshold at which a question counts as near a group (NEAR_SHARE), as a named group's answer
   * has its name besides.
   */
  private ownClausesCover(entryId: string, withoutName: TopicScores, cal: Calibration): boolean {
    const e = withoutName.entries.find((x) => x.entryId === entryId);
    return !!e && reaches(evidenceOf(e), cal, "none", NEAR_SHARE);
  }

  /** The question's scores without the named group's name and own area (the crossing's, when it has them). */
  private withoutName(a: QuestionAnalysis, own: NameHit, skip: ReadonlySet<number>, mask: Uint8Array | null, focus: readonly number[], crossing: { from: string; scores: TopicScores } | undefined): TopicScores {
    if (crossing?.from === own.entryId) return crossing.scores;
    return scoreWithout(this.crossing, a, own.entryId, own.tokens, skip, pointsBack(a), mask, focus);
  }

  /**
   * "Vem sitter i ledningsgruppen i Mellansverige?": nothing asked but who is in the named group — the group answers,
   * citing the clause on its participants (not its purpose, nor another mandate's clause that shares a word).
   */
  private whoIsIn(a: QuestionAnalysis, ctx: Context, subject: NameHit): RouteResult | undefined {
    const e = this.byId.get(subject.entryId)!;
    const unwritten = e.entryType === "referenced" && !e.document;
    if (!unwritten && !e.composition?.clauses.length) return undefined;
    const cue = unwritten ? new Set([...asksWhoIsIn(a, this.lex), ...(asksWhoChairs(a, this.lex)?.cues ?? [])]) : asksWhoIsIn(a, this.lex);
    if (!cue.size) return undefined;
    const rest = a.tokens.filter((t, i) => !ctx.skip.has(i) && !cue.has(t.at) && !subject.tokens.includes(i));
    if (rest.some((t) => t.real)) return undefined;
    // a body with no mandate of its own (Chefsforum): no clause says who sits in it or chairs it, and another mandate's
    // clause that names it is no answer — the body as the only candidate, no guess
    if (unwritten) return { ...noAnswer(), candidates: [this.answers.candidate(e.id, 0)] };
    return this.answers.ownerResult(e.id, 0.9, this.answers.membersCitation(e), [this.answers.candidate(e.id, 1)]);
  }

  /**
   * "Hur länge sitter ordföranden i LG?", "När byts ordföranden?": a fact of the named group's chair (its term, its
   * succession), asked when, how long or how — no one asked for, and no other clause covers it. The group's own mandate
   * holds it in its chair clause (001: "Ordförande utses på två år, liksom vice ordförande. Vice ordförande efterträder
   * ordinarie ordförande efter två år"): the group answers, citing that clause.
   */
  private chairFact(entryId: string, a: QuestionAnalysis): RouteResult | undefined {
    const e = this.byId.get(entryId);
    const clause = e?.chair?.clause;
    const chair = this.lex.relations.get("chair");
    if (!e || !clause || !chair || !asksOnlyFact(a) || matchAll(chair.about, a.words, new Set(), stemsOf(a.words)) === 0) return undefined;
    const citation = { groupId: e.id, section: clause.citation.section, text: clause.text.replace(/\s+/g, " ").trim() };
    return { ...this.answers.ownerResult(e.id, 0.75, [citation], [this.answers.candidate(e.id, 1)]), escalation: null };
  }

  /**
   * "Vem föreslår ordförande?" — nothing asked but a relation someone else holds, no group and no organisation named: the
   * topic finds a group doing that act in a duty of its own towards others (004 "Nominera ordförande och ledamöter till
   * nationella programområden"), while its mandate names another party holding the relation towards the group itself
   * (003, the template it follows: "Ordförande: Utses av koncernledning … efter förslag från förvaltningscheferna").
   * The question does not say whose chair: both are offered, not the duty's group with confidence.
   */
  private whoseRelation(r: RouteResult, asked: RelationAsked, a: QuestionAnalysis, excludedIds: ReadonlySet<string>): RouteResult | undefined {
    if (r.status !== "owner" || !r.owner || !GIVEN_BY_OTHERS.has(asked.relation)) return undefined;
    const g = this.byId.get(r.owner.id);
    if (!g || !g.document) return undefined;
    const other = answerOfGroup(this.relations, this.answers, asked, g.id, a, excludedIds);
    const p = other?.result.owner?.id;
    if (!p || p === g.id || p === g.kindId || this.byId.get(p)?.kindId === g.id) return undefined;
    const candidates = [this.answers.candidate(g.id, 1), this.answers.candidate(p, 1)];
    return { ...r, status: "ambiguous", owner: null, escalation: null, confidence: Math.min(r.confidence, 0.3), citations: [...r.citations, ...(other?.result.citations ?? [])].slice(0, 3), candidates };
  }

  /**
   * A relation asked of a group described by its care area, no organisation known: the parties the organisations'
   * groups per care area name (area-groups.ts), as candidates, when they are more than one. Without `perArea` ("gruppen"
   * by no name): the party each organisation's groups name alike, or its one mandated group's.
   */
  private areaGroupsAnywhere(asked: RelationAsked, a: QuestionAnalysis, excludedIds: ReadonlySet<string>, perArea = true): RouteResult | undefined {
    const found: RouteResult[] = [];
    for (const org of new Set(packedMap([...this.byId.values()], (e) => e.organizationId))) {
      const groups = this.mandatedGroupsOf(org);
      // (as with the organisation known: its groups per care area, or the party all its groups name alike)
      // (an organisation of one mandated group: "gruppen" there is that group, as with the organisation known)
      const one = !perArea && groups.length === 1 ? answerOfGroup(this.relations, this.answers, asked, groups[0]!, a, excludedIds) : undefined;
      const r = (one ?? (perArea ? answerOfAreaGroups(this.relations, this.answers, asked, groups, a, excludedIds) : undefined) ?? answerOfEveryGroup(this.relations, this.answers, asked, groups, a, excludedIds))?.result;
      if (r?.owner && !found.some((f) => f.owner!.id === r.owner!.id)) found.push(r);
    }
    if (found.length < 2) return undefined;
    return {
      status: "ambiguous",
      owner: null,
      confidence: 0.5,
      citations: found.flatMap((r) => r.citations.slice(0, 1)).slice(0, 3),
      candidates: packedMap(found, (r) => this.answers.candidate(r.owner!.id, 1)),
      escalation: null,
    };
  }

  /** The groups (and kinds) of an organisation that have a mandate of their own, listed once per router. */
  private mandatedGroupsOf(orgId: string): string[] {
    let ids = this.mandated.get(orgId);
    if (!ids) {
      ids = packedMap([...this.byId.values()].filter((e) => e.organizationId === orgId && (e.entryType === "group" || e.entryType === "kind") && !!e.document), (e) => e.id);
      this.mandated.set(orgId, ids);
    }
    return ids;
  }

  /** A group as the answer to a question about itself, citing its own mandate. */
  /** A group led by its chair, whom its mandate (or its kind's) has appointed: the group, citing that chair clause. */
  private ledByItsChair(id: string): RouteResult {
    const chair = chairClauseOf((x) => this.byId.get(x), id);
    return chair ? this.answers.ownerResult(id, 0.6, [this.answers.clauseCitation(chair, id)], [this.answers.candidate(id, 1)]) : this.groupItself(id, 0.6);
  }

  private groupItself(id: string, confidence = 0.9): RouteResult {
    return this.answers.ownerResult(id, confidence, this.answers.ownCitation(this.byId.get(id)!), [this.answers.candidate(id, 1)]);
  }

  /** The groups a question about "the group" may mean: the topic's candidates first, then every other group (at most six). */
  private groupCandidates(r: RouteResult): RouteResult["candidates"] {
    const isGroup = (id: string) => ["group", "kind"].includes(this.byId.get(id)?.entryType ?? "");
    const ids = [...packedMap(r.candidates, (c) => c.id), ...this.byId.keys()].filter(isGroup);
    return packedMap([...new Set(ids)].slice(0, 6), (id) => this.answers.candidate(id, r.candidates.find((c) => c.id === id)?.score ?? 0));
  }

  /**
   * A question asks who stands in a relation to a named group (who appoints, gives assignments, receives the
   * report …), no clause of the catalog said who, and the topic found the group itself: a group is not its own
   * appointer or commissioner, so a confident answer would be a guess. The card offers the candidates instead.
   * (Relations a group's own mandate answers with itself — subgroups, co-opted members, meetings, its own
   * decisions, its costs — are not in doubt.)
   */
  private unsureOfRelation(r: RouteResult, reason: RouteAnalysis["reason"], subjectId: string, relation: Relation, a: QuestionAnalysis): boolean {
    if (r.status !== "owner" || !r.owner || isSelfRelation(relation) || relation === "costs" || !asksForParty(a)) return false;
    if (reason !== "topic" && reason !== "name" && reason !== "kind-only") return false;
    const s = this.byId.get(subjectId);
    const o = this.byId.get(r.owner.id);
    return !!s && !!o && (o.id === s.id || o.id === s.kindId || o.kindId === s.id);
  }

  /**
   * Whom a kind's meetings are agreed with ("Vi vill träffas färre gånger i rådet – vem ska vi föra dialog med?"): the one
   * party the meeting clauses of that kind's groups name, the kind's own clause naming none.
   */
  private kindMeetingPartner(asked: RelationAsked, subject: NameHit, a: QuestionAnalysis, excludedIds: ReadonlySet<string>): { result: RouteResult; subject: string } | undefined {
    if (asked.relation !== "meetings" || this.byId.get(subject.entryId)?.entryType !== "kind" || !asksForParty(a) || !this.consultsAsked(a)) return undefined;
    return meetingPartner({ relations: this.relations, answers: this.answers, byId: this.byId, asked, a, excludedIds }, undefined, subject.entryId);
  }

  /** The question says whom a matter is agreed with ("stämma av med", "i dialog med"; relationer.yaml consults). */
  private consultsAsked(a: QuestionAnalysis): boolean {
    const t = this.lex.relations.get("consults");
    return !!t && matchAll(t.alone, a.words, new Set()) > 0;
  }

  /** Tokens that are no part of the topic: organisations, words said to be left out, the relation's own cue words. */
  private topicSkip(a: QuestionAnalysis, ctx: Context, asked: ReturnType<typeof detectRelation>, named: readonly NameHit[], cal: Calibration): Set<number> {
    // words said to be left out ("alltså inte VGR") are no part of the topic
    const skip = new Set([...ctx.skip, ...a.tokens.flatMap((t, i) => (a.excluded.has(t.at) && !negatedClause(a.words, t.at) ? [i] : []))]);
    if (asked) for (let i = 0; i < a.tokens.length; i++) if (asked.cues.has(a.tokens[i]!.at) && !a.tokens[i]!.terms.some((t) => this.indexHas(t.term))) skip.add(i);
    // the capacity the asker speaks in ("Som fackligt ombud … får jag frågor om …") says who asks; a care area in it stays
    // (a radiologist asks about radiology)
    const role = askerRoleWords(a);
    if (role.size) a.tokens.forEach((t, i) => role.has(t.at) && !t.terms.some((x) => this.lex.areaConcepts.has(x.term)) && skip.add(i));
    // an organisation only remembered from an earlier question is a preference, not a filter: the question's
    // content may belong elsewhere (the card says which organisation was used and offers the others)
    if (ctx.orgSource === "remembered") this.preferRemembered(a, skip, ctx, cal);
    return skip;
  }

  /**
   * Groups the question names in full. A group named in the question wins over an organisation only remembered
   * from an earlier question (its own organisation is then used); one named or picked is kept.
   */
  private namedGroups(a: QuestionAnalysis, ctx: Context): { named: NameHit[]; excludedIds: Set<string>; otherArea: NameHit[] } {
    const strict = ctx.orgSource === "question" || ctx.orgSource === "given" || (!ctx.orgId && ctx.orgIds.length > 0);
    // "Region Västmanland i ledningsgruppen": a region named with a group only the collaboration it is a region of has
    // (000/001: the regions of Sjukvårdsregion Mellansverige) asks about that group; the region is a party in it
    // (not a region whose matter the question told before guessing the collaboration's group: matterOverProposal)
    const region = ctx.orgSource === "question" && !ctx.ofMatter ? ctx.orgId : undefined;
    const ofCollaboration = (id: string) => !!region && this.orgs.memberOf(region, this.byId.get(id)?.organizationId ?? "");
    const allowed = strict ? (id: string) => this.place.inOrganization(id, ctx) || ofCollaboration(id) : (id: string) => !ctx.notOrgIds.includes(this.byId.get(id)?.organizationId ?? "");
    // "samverkansgruppen för ortopedi": a group of a care area, not the one group whose name those words begin (area-groups.ts)
    const ofOtherArea = (h: NameHit) => {
      const e = this.byId.get(h.entryId);
      return !!e && e.entryType === "group" && !e.kindId && h.tokens.length > 0 && groupOfAreaAfter(a, Math.max(...h.tokens.map((t) => a.tokens[t]!.at)), this.lex.areaConcepts);
    };
    const found = this.names.find(a, allowed);
    const otherArea = found.filter((h) => h.coverage === 1 && ofOtherArea(h));
    const byName = packedMap(
      found.filter((h) => h.coverage === 1 && !ofOtherArea(h) && (!ofCollaboration(h.entryId) || (!this.naming.namedByAreaOnly(a, h) && !offeredAsGuess(h, a)))),
      (h) => this.naming.withAreaAfterKind(a, h),
    );
    const full = [...byName, ...this.naming.compoundNamed(a, byName).filter((h) => allowed(h.entryId))];
    // "Förutom ledningsgruppens egna möten – vilka möten …": a name in the genitive determines the noun after it, and what
    // is left out is that noun's thing (the group's meetings), not the group (a general fact of Swedish)
    // (the hit's first mention only: a name said again later in the question is part of the same hit)
    const left = (h: NameHit) => a.excluded.has(h.at) && !genitive(firstMention(h, a), a);
    const excludedIds = new Set(packedMap(full.filter(left), (h) => h.entryId));
    let named = full.filter((h) => !left(h));
    const here = named.filter((h) => this.place.inOrganization(h.entryId, ctx));
    if (here.length) named = here;
    const orgOf = (h: NameHit) => this.byId.get(h.entryId)!.organizationId;
    const oneOrg = named.length > 0 && named.every((h) => orgOf(h) === orgOf(named[0]!));
    // a group the question names says its organisation, also when it is the one remembered: the question settles it
    if (oneOrg && (!here.length || !ctx.orgId || ctx.orgSource === "remembered")) {
      ctx.orgId = orgOf(named[0]!);
      ctx.orgSource = "subject";
      ctx.byGroupName = named.some((h) => !this.naming.namedByAreaOnly(a, h));
    } else if (named.length && !here.length) named = [];
    return { named, excludedIds, otherArea };
  }

  /** Keeps a remembered organisation when one of its groups fits about as well as the best anywhere; else forgets it. */
  private preferRemembered(a: QuestionAnalysis, skip: ReadonlySet<number>, ctx: Context, cal: Calibration): void {
    const remembered = ctx.orgId!;
    const open: Context = { ...ctx, orgId: undefined, orgSource: undefined };
    const all = this.scorer.score(a, skip, this.place.maskFor(open));
    const top = all.entries[0]?.score ?? 0;
    const mine = all.entries.find((e) => this.byId.get(e.entryId)?.organizationId === remembered)?.score ?? 0;
    if (top > 0 && !reaches(mine, cal, "crossOrganization", top) && !reaches(mine, cal, "none")) {
      ctx.orgId = undefined;
      ctx.orgSource = undefined;
    }
  }

  private indexHas(term: string): boolean {
    return this.index.has(term);
  }

}

/** Question words that ask for a group by its noun (folded): "vilken grupp", "which group". */
const WHICH = new Set(["vilken", "vilket", "vilka", "which"]);
/** The definite endings of a group noun (folded): "rådet", "gruppen", "råden", "grupperna". */
const DEFINITE = /(et|en|na)$/;
/** … also with an organisation's name between ("Which VGR group", "vilken VGR-grupp"; `orgAt`: its word positions). */
const askedForBy = (a: QuestionAnalysis, at: number, orgAt: ReadonlySet<number> = new Set()): boolean =>
  WHICH.has(a.words[at - 1] ?? "") || (orgAt.has(at - 1) && WHICH.has(a.words[at - 2] ?? ""));

/**
 * The share of the none threshold a group whose dispute clause the question matches must reach by its own score (the
 * clause's match stands for the rest): the largest share that keeps the tune halves' answers (0.5 lost one of them),
 * and a calibration that raises the threshold raises it too.
 */
const DISPUTE_EVIDENCE = 0.4;

/** An entry's evidence in a scoring (0 when it is not among the best entries). */
function evidenceOfEntry(scores: { entries: readonly { entryId: string; score: number; specific?: number }[] }, id: string): number {
  const e = scores.entries.find((x) => x.entryId === id);
  return e ? evidenceOf(e) : 0;
}

/** The region as a party (folded): "regionen", "landstinget" — the other side of a municipality's disagreement. */
const REGION_PARTY = new Set(["region", "regionen", "landsting", "landstinget", "landstingen"]);

/** Steps whose answer may be the named group for its name alone (decideTopic's reasons; not an actor clause). */
const OWN_NAME_STEPS: ReadonlySet<RouteAnalysis["reason"]> = new Set(["topic", "kind-only", "boundary"]);

/** The mandate (document number) of each entry by index, -1 for a body no mandate of its own describes. */
function documentsOf(catalog: Catalog, entryIds: readonly string[]): Int32Array {
  const docs = new Map<string, number>();
  const byId = new Map(packedMap(catalog.entries, (e) => [e.id, e]));
  return Int32Array.from(entryIds, (id) => {
    const d = byId.get(id)?.document?.documentId;
    if (!d) return -1;
    if (!docs.has(d)) docs.set(d, docs.size);
    return docs.get(d)!;
  });
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

/**
 * `createRouter` in slices of at most about `sliceMs` of CPU, the event loop running between them (slices.ts): for a
 * bot that rebuilds beside its chat turns (bot/routes/routing.ts, bot/wiring.ts; `CurrentCatalog` shares one build in
 * flight per version and never keeps an older version's router over a newer one). The same router as `createRouter`'s.
 */
export async function buildRouter(catalog: Catalog, sliceMs?: number): Promise<Router> {
  return runSliced(Router.build(catalog), sliceMs);
}

/** A name hit cut to its first mention: the words from where it starts that follow one another. */
function firstMention(h: NameHit, a: QuestionAnalysis): NameHit {
  const at = new Set(packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1));
  let end = h.at;
  while (at.has(end + 1)) end++;
  const inMention = (t: number) => (a.tokens[t]?.at ?? -1) >= h.at && (a.tokens[t]?.at ?? -1) <= end;
  return { ...h, tokens: h.tokens.filter(inMention) };
}

/** The positions of the clauses of time a question's named groups all stand in, or false when one stands outside them. */
function namedOnlyInOccasion(a: QuestionAnalysis, named: readonly NameHit[]): ReadonlySet<number> | false {
  const clauses = adverbialClauses(a);
  if (!clauses.size) return false;
  const inside = named.every((h) => h.tokens.every((t) => clauses.has(a.tokens[t]?.at ?? -1)));
  return inside ? clauses : false;
}

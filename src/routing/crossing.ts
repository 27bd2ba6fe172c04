/**
 * Where a group's own mandate sends a matter elsewhere. A boundary clause names a kind of matter and the body it goes
 * to ("… nya läkemedel och medicinska metoder som har betydande organisatoriska och/eller ekonomiska konsekvenser" →
 * PPR; "Övergripande frågor som rör organisation och arbetsvillkor inkl ersättningar …" → regionövergripande
 * samordnande grupper); the care area only says whose mandate is asked. So the question is read twice: as it stands,
 * and without the words that only say the group or its area — what is left is the matter, and a boundary clause of
 * that group's mandate that covers the matter at least as well as the group's own clauses decides (decide.ts `rank`).
 *
 * The group is the one the question names; when it names none, the one its words point to (a question about "en ny
 * metod inom röntgen som kostar mycket" is about the imaging råd's area, and that råd's mandate sends the matter on).
 */
import type { GroupRecord } from "../catalog/schema";
import { areaOnlyTokens, isConcept, type QuestionAnalysis } from "./analyze";
import { reaches } from "./calibration";
import type { DecideContext, Ranked } from "./decide";
import { POINTING_BACK } from "./pronouns";
import { NEAR_SHARE } from "./weights";
import { evidenceOf, type TopicScorer, type TopicScores } from "./score";
import { packedMap } from "./packed";

export interface Crossing {
  /** The group whose mandate's boundary clauses may send the matter on. */
  readonly from: string;
  /** The question scored without the group's name and area. */
  readonly scores: TopicScores;
}

export interface CrossingContext {
  readonly byId: ReadonlyMap<string, GroupRecord>;
  readonly scorer: TopicScorer;
  readonly instancesOf: ReadonlyMap<string, readonly string[]>;
  readonly areasOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** The lexicon's concept of staff (compiled-lexicon.ts `staff`). */
  readonly staff?: string;
}

/** The care areas that only say which group: a concrete group's own, and for a kind each of its concrete groups'. */
function areasOfGroup(ctx: CrossingContext, id: string): Set<string> {
  const out = new Set<string>();
  for (const g of [id, ...(ctx.instancesOf.get(id) ?? [])]) for (const c of ctx.areasOf.get(g) ?? []) out.add(c);
  return out;
}

/** A group with a mandate of its own (not a body only referenced), whose mandate or whose kind's has boundaries or escalation. */
function sendsOn(ctx: CrossingContext, id: string): boolean {
  const e = ctx.byId.get(id);
  if (!e || e.entryType === "referenced") return false;
  const kind = e.kindId ? ctx.byId.get(e.kindId) : undefined;
  const scope = [e, ...(kind ? [kind] : []), ...packedMap((ctx.instancesOf.get(id) ?? []), (i) => ctx.byId.get(i)!)];
  return scope.some((g) => g.boundaries.some((b) => b.targetId && b.targetId !== g.id) || g.escalation.length > 0);
}

/**
 * The crossing for a question: from the group it names (`named`, with the tokens of its name), else from the group its
 * topic scores put first. `leftOut`: tokens that are no part of the matter (organisations, words pointing back).
 */
export function crossingOf(
  ctx: CrossingContext,
  a: QuestionAnalysis,
  scores: TopicScores,
  named: { entryId: string; tokens: readonly number[] } | undefined,
  skip: ReadonlySet<number>,
  leftOut: readonly number[],
  mask: Uint8Array | null,
  focus: readonly number[],
): Crossing | undefined {
  const from = named?.entryId ?? scores.entries[0]?.entryId;
  if (!from || !sendsOn(ctx, from)) return undefined;
  return { from, scores: scoreWithout(ctx, a, from, named?.tokens ?? [], skip, [...leftOut, ...staffOnlyTokens(ctx, a, from)], mask, focus) };
}

/**
 * Words that only name staff (a profession, maybe of the group's own area: "röntgensjuksköterskor"). A profession says
 * whose matter it is, not what it is: "arbetstider för röntgensjuksköterskor" is a matter of working conditions (004:
 * "… arbetsvillkor inkl ersättningar … hanteras via regionövergripande samordnande grupper"), and "kompetensförsörjning
 * av sjuksköterskor" one of competence supply (003: "ta ett gemensamt ansvar för rekrytering, kompetensförsörjning och
 * bemanning"), whatever clause mentions "personal" — so, like the care area, the staff is left out of the comparison.
 */
function staffOnlyTokens(ctx: CrossingContext, a: QuestionAnalysis, id: string): number[] {
  const staff = ctx.staff;
  if (!staff) return [];
  const areas = areasOfGroup(ctx, id);
  return a.tokens.flatMap((t, i) => (t.terms.some((x) => x.term === staff) && t.terms.every((x) => !isConcept(x.term) || x.term === staff || areas.has(x.term)) ? [i] : []));
}

/** The question scored without a group's name (`nameTokens`) and the words that only say its care area (or its kind's groups'). */
export function scoreWithout(
  ctx: CrossingContext,
  a: QuestionAnalysis,
  id: string,
  nameTokens: readonly number[],
  skip: ReadonlySet<number>,
  leftOut: readonly number[],
  mask: Uint8Array | null,
  focus: readonly number[],
): TopicScores {
  const without = new Set([...skip, ...nameTokens, ...areaOnlyTokens(a, areasOfGroup(ctx, id)), ...leftOut]);
  return ctx.scorer.score(a, without, mask, focus, [id]);
}

/**
 * The share of a boundary clause's match that comes from the topic it sends, not from the names of the bodies it
 * names: "… hanteras via regionövergripande samordnande grupper och inte av samordningsråden" sends organisation and
 * working conditions, and a question that only shares "samordna" with the receiving body's name is not about that.
 */
export function topicShare(passage: number, scores: TopicScores, a: QuestionAnalysis, ctx: DecideContext, named: ReadonlySet<string>): number {
  const p = ctx.index.passage(passage);
  return coverageOf(ctx.termsOf(p.text), scores, a, nameTermsOf(ctx, passage, !named.has(p.entryId), !named.has(p.sourceId)));
}

/**
 * The clause's and the bodies' names' terms depend on the catalog only, not on the question (but for which of the two
 * bodies the question names): read once per passage and router, not with a regular expression per name on every
 * boundary question (7% of a question's CPU).
 */
const nameTermsMemo = new WeakMap<DecideContext["index"], Map<number, ReadonlySet<string>>>();

function nameTermsOf(ctx: DecideContext, passage: number, entryCounts: boolean, sourceCounts: boolean): ReadonlySet<string> {
  let byPassage = nameTermsMemo.get(ctx.index);
  if (!byPassage) nameTermsMemo.set(ctx.index, (byPassage = new Map()));
  const key = passage * 4 + (entryCounts ? 2 : 0) + (sourceCounts ? 1 : 0);
  let names = byPassage.get(key);
  if (!names) byPassage.set(key, (names = passageNameTerms(ctx, passage, entryCounts, sourceCounts)));
  return names;
}

function passageNameTerms(ctx: DecideContext, passage: number, entryCounts: boolean, sourceCounts: boolean): ReadonlySet<string> {
  const p = ctx.index.passage(passage);
  const names = new Set<string>();
  const written: string[] = [];
  // a body the question itself names is asked about by name: its name counts
  for (const id of [...(entryCounts ? [p.entryId] : []), ...(sourceCounts ? [p.sourceId] : [])]) {
    const e = ctx.answers.byId.get(id);
    const kind = e?.kindId ? ctx.answers.byId.get(e.kindId) : undefined;
    for (const g of [e, kind])
      if (g) {
        const all = packedMap([g.name, ...g.aliases], (n) => n.replace(/\([^)]*\)/g, " ").trim()).filter(Boolean);
        written.push(...all);
        for (const t of ctx.termsOf(all.join(". ")).keys()) names.add(t);
      }
  }
  // a word the clause says besides the names is its topic too ("Övergripande frågor som rör organisation … hanteras via
  // regionövergripande samordnande grupper": "övergripande" is said of the matter, not only in the receiving body's name)
  const rest = ctx.termsOf(withoutNames(p.text, written));
  for (const [t, strength] of rest) if (strength >= 1) names.delete(t);
  return names;
}

/** A clause's text with the bodies' names taken out (any case; a name written across lines too). */
function withoutNames(text: string, names: readonly string[]): string {
  let t = text.replace(/\s+/g, " ");
  for (const n of [...names].sort((x, y) => y.length - x.length)) {
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    t = t.replace(new RegExp(`${anyInflection(esc)}(?![\\p{L}])`, "giu"), " ");
  }
  return t;
}

/** Endings of a Swedish noun's plural and definite forms (-erna, -arna, -orna, -er, -ar, -or, -en, -et, -na, -n). */
const NOUN_ENDING = /(erna|arna|orna|er|ar|or|en|et|na)$/u;

/**
 * A name's last word in any of its inflected forms: a Swedish noun's plural and definite endings attach to its stem
 * ("Koncernövergripande grupper" is written "berörd koncernövergripande grupp" in the clause) — a general fact of
 * Swedish. The stem keeps at least four letters.
 */
function anyInflection(escaped: string): string {
  const m = /(\p{L}+)$/u.exec(escaped);
  if (!m) return escaped;
  const stem = m[1]!.replace(NOUN_ENDING, "");
  return stem.length >= 4 && stem !== m[1] ? `${escaped.slice(0, m.index)}${stem}\\p{L}*` : `${escaped}\\p{L}*`;
}

/** How much of the question (its weighted tokens) a passage's terms cover: all of it, and without the terms in `leave`. */
function covered(terms: ReadonlyMap<string, number>, scores: TopicScores, a: QuestionAnalysis, leave: ReadonlySet<string>): { all: number; kept: number } {
  let all = 0;
  let kept = 0;
  a.tokens.forEach((tok, i) => {
    const w = scores.weights[i] ?? 0;
    if (!w) return;
    let best = 0;
    let bestKept = 0;
    for (const { term, credit } of tok.terms) {
      const m = credit * (terms.get(term) ?? 0);
      best = Math.max(best, m);
      if (!leave.has(term)) bestKept = Math.max(bestKept, m);
    }
    all += w * best;
    kept += w * bestKept;
  });
  return { all, kept };
}

/** The share of a passage's cover of the question that remains without the terms in `leave`. */
function coverageOf(terms: ReadonlyMap<string, number>, scores: TopicScores, a: QuestionAnalysis, leave: ReadonlySet<string>): number {
  const { all, kept } = covered(terms, scores, a, leave);
  return all > 0 ? kept / all : 1;
}

/**
 * What a passage covers of the question with words the other passages do not say, as a share of all the question's
 * weight. A word the other passage has only as a part of a compound it says only in part, at that part's strength: a
 * compound names its own thing ("linjeorganisationen" is the line of managers, not organisation as a matter; 004's
 * "… med utgångspunkt i deltagarnas mandat i linjeorganisationen samordna arbetet …" does not speak of organising
 * units, the boundary clause "Övergripande frågor som rör organisation …" does). So a word counts by how much more
 * strongly this passage says it than the others do.
 */
function distinctCoverage(text: string, others: readonly string[], scores: TopicScores, a: QuestionAnalysis, ctx: DecideContext): number {
  const said = new Map<string, number>();
  for (const t of others) for (const [term, strength] of ctx.termsOf(t)) said.set(term, Math.max(said.get(term) ?? 0, strength));
  const terms = ctx.termsOf(text);
  let kept = 0;
  a.tokens.forEach((tok, i) => {
    const w = scores.weights[i] ?? 0;
    if (!w) return;
    let best = 0;
    for (const { term, credit } of tok.terms) best = Math.max(best, credit * Math.max(0, (terms.get(term) ?? 0) - (said.get(term) ?? 0)));
    kept += w * best;
  });
  return scores.total > 0 ? kept / scores.total : 0;
}

/**
 * A boundary clause of the named group's own mandate (a kind's: of its concrete groups too) that covers the rest of
 * the question: the body that clause names. Two clauses that both cover the question are told apart by what each says
 * that the other does not — the kind of matter the boundary names ("betydande … ekonomiska konsekvenser", "där varken
 * ordförande eller deltagare har mandat") against the group's best clause; a boundary clause that says nothing of the
 * question that clause does not also say sends nothing on ("hur fattar samordningsrådet beslut": both say "fatta beslut").
 */
export function applyCrossing(list: Ranked[], from: string, without: TopicScores, a: QuestionAnalysis, ctx: DecideContext, named: ReadonlySet<string>, setting: ReadonlySet<string>): void {
  const e = ctx.answers.byId.get(from);
  const own = new Set([from, e?.kindId ?? "", ...(ctx.instancesOf.get(from) ?? [])]);
  const rest = without.entries;
  // a body the question names only as the setting of what it asks ("PPR har beslutat … Vem har huvudrollen i
  // genomförandet?") has done its part: the question asks for the other one
  const crossings = rest.filter((r) => ctx.index.passage(r.passage).kind === "boundary" && own.has(ctx.index.passage(r.passage).sourceId) && !setting.has(r.entryId));
  const topical = packedMap(crossings, (r) => ({ ...r, coverage: r.coverage * topicShare(r.passage, without, a, ctx, named) }));
  const crossing = topical.sort((x, y) => y.coverage - x.coverage)[0];
  if (!crossing) return;
  // what the group's own clauses cover (its name and area say where, not what)
  const mineAt = rest.filter((r) => own.has(r.entryId) && ctx.index.passage(r.passage).kind !== "name").sort((x, y) => y.coverage - x.coverage)[0];
  const mine = mineAt?.coverage ?? 0;
  // the evidence that the clause covers the rest at all, as for any answer: words every mandate uses are not it. The
  // group's name and area have already placed the question in its mandate; which of the mandate's clauses covers the
  // rest is a comparison among them, so a boundary clause that covers it better than every own clause needs only the
  // share of the threshold at which a question counts as near a group (NEAR_SHARE, as router.ts ownClausesCover)
  const evidence = evidenceOf({ score: crossing.coverage, specific: crossing.specific });
  if (!reaches(evidence, ctx.calibration, "none") && !(crossing.coverage > mine && reaches(evidence, ctx.calibration, "none", NEAR_SHARE))) return;
  const boundaryText = ctx.index.passage(crossing.passage).text;
  const mineText = mineAt ? ctx.index.passage(mineAt.passage).text : "";
  const sendsMore = distinctCoverage(boundaryText, [mineText], without, a, ctx);
  if (sendsMore <= 0) return;
  const keepsMore = distinctCoverage(mineText, [boundaryText], without, a, ctx);
  const top = Math.max(...packedMap(list, (r) => r.score));
  if (crossing.coverage >= mine || sendsMore > keepsMore) {
    const b = list.find((r) => r.entryId === crossing.entryId);
    if (b) Object.assign(b, { score: top + 0.01, passage: crossing.passage, boundary: true, specific: 1 });
    else list.push({ entryId: crossing.entryId, score: top + 0.01, passage: crossing.passage, boundary: true });
  } else if (reaches(crossing.coverage, ctx.calibration, "ambiguous", mine)) {
    // the boundary clause covers the rest nearly as well as the group's own clauses: two clauses fit, neither settles
    // it — the body it names is a runner-up as close as the calibrated ambiguity ratio (the answer offers both)
    const score = (top * crossing.coverage) / mine;
    const b = list.find((r) => r.entryId === crossing.entryId);
    if (b) Object.assign(b, { score: Math.max(b.score, score), passage: crossing.passage });
    else list.push({ entryId: crossing.entryId, score, passage: crossing.passage });
  }
}


/**
 * "Vi vill höja jourersättningen … Kan samordningsrådet driva det?": the asking sentence ends on a pronoun that
 * points back to the sentence before it, so the matter is said there; the asking sentence's own words (driva, ta,
 * bestämma) say what is to be done with it. Whether a group's mandate keeps the matter or sends it elsewhere is read
 * on the matter: these tokens are left out of that comparison.
 */
export function pointsBack(a: QuestionAnalysis): number[] {
  if (a.asking <= 0) return [];
  const starts = [...a.sentenceStarts].sort((x, y) => x - y);
  const end = (starts.find((s) => s > (a.tokens.find((t) => t.sentence === a.asking)?.at ?? Infinity)) ?? a.words.length) - 1;
  if (!POINTING_BACK.has(a.words[end] ?? "")) return [];
  // a dash sets the asking part off inside its sentence ("Jourersättningen … är en fråga vi vill driva – är det rådet
  // som hanterar den?"): the pronoun points back to the part before it, which says the matter as a sentence before would
  const dash = Math.max(-1, ...[...a.afterDash].filter((i) => a.sentenceOf[i] === a.asking && i <= end));
  if (dash > 0 && a.tokens.some((t) => t.sentence === a.asking && t.at >= 0 && t.at < dash)) return a.tokens.flatMap((t, i) => (t.sentence === a.asking && t.at >= dash ? [i] : []));
  if (!a.tokens.some((t) => t.sentence < a.asking && t.at >= 0)) return [];
  return a.tokens.flatMap((t, i) => (t.sentence === a.asking ? [i] : []));
}

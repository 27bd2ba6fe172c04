/**
 * A relation question answered: each group the question names, the subject first, asked of the catalog
 * (RelationAnswerer), and the answer the question means picked among theirs.
 */
import type { QuestionAnalysis } from "./analyze";
import type { Relation } from "./lexicon";
import type { AnswerBuilder } from "./answers";
import type { NameHit } from "./names";
import { asksForParty, GIVEN_BY_OTHERS, TO } from "./relation-asked";
import { ARTICLES } from "./articles";
import { cueTermsOf, type RelationAsked } from "./relation-detect";
import type { RelationAnswer, RelationAnswerer } from "./relations";
import { below, destinationOf, reportingTo, sentTo as sentByTo } from "./relation-destinations";
import { whoseRole } from "./relation-roles";
import { reporterSentence } from "./reporter-sentence";
import { firstWordOf, offeredAsAnswer, pickSubject, subjectAfterOpening, subjectOfYesNo } from "./subject";
import { fold, keySv } from "./normalize";
import { CONCEPT } from "./compiled-lexicon";
import { describesGroup } from "./group-words";
import { noAnswer, type RouteResult } from "./types";
import { packedMap } from "./packed";

/** Relations answered by the one who gives (assignments, support): the group given to is the one asked about. */
const GIVING: ReadonlySet<Relation> = new Set(["commissioner", "support"]);

/**
 * Verbs whose receiver follows with no preposition (folded): "delge någon något", "tillställa någon något" (general
 * Swedish) — "minnesanteckningarna ska delges ledningsgruppen" sends them to the ledningsgrupp, as "till" would.
 */
const GIVE_TO = new Set(["delge", "delger", "delges", "delgavs", "delgetts", "delgivits", "tillstalla", "tillstaller", "tillstalls", "tillstalldes"]);

/**
 * Swedish marks the receiver of a giving with "till"/"åt" before it ("ge uppdrag till VCG", "ta fram underlag åt
 * ledningsgruppen"): among several named groups, the one that stands so (an article between).
 */
function receiverOf(named: readonly NameHit[], a: QuestionAnalysis): NameHit | undefined {
  if (named.length < 2) return undefined;
  const receivers = named.filter((h) => {
    let i = Math.min(h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? h.at).filter((x) => x >= 0)) - 1;
    while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
    return i >= 0 && (TO.has(a.words[i]!) || GIVE_TO.has(a.words[i]!));
  });
  // "I mallen för samordningsråd står koncernledningen som uppdragsgivare. Men vem är uppdragsgivare för just BoF-rådet?":
  // when the sentence that asks (its question word) names a group, a receiver is sought there; one in a sentence before
  // it is what the asker already read
  const q = a.words.findIndex((w) => PARTY_WORDS.has(w));
  const inAsking = (h: NameHit) => q >= 0 && a.sentenceOf[firstWordOf(h, a)] === a.sentenceOf[q];
  return named.some(inAsking) ? receivers.find(inAsking) : receivers[0];
}

/** Words of being below (folded stems: "underställd", "underordnade") and the verbs of position before "under" ("lyder under X"). */
const BELOW = ["underst", "underord"];
const BELOW_VERBS = new Set(["lyder", "lyda", "star", "sta", "ligger", "ligga", "hor", "sorterar"]);

/**
 * "Vilka grupper är underställda ledningsgruppen?", "Vem lyder under Chefsforum?": the group stands as the complement of
 * a word of being below — it is the one above, and the question asks who is below it ("A är underställd B": B above A).
 */
function aboveInQuestion(h: NameHit, a: QuestionAnalysis): boolean {
  let i = firstWordOf(h, a) - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  const w = a.words[i] ?? "";
  // "Vem har ledningsgruppen som uppdragsgivare?": the group named between "har" and "som" holds the role
  // (an organisation may follow the name: "ledningsgruppen i Mellansverige som …")
  const next = a.words.slice(lastWordOf(h, a) + 1, lastWordOf(h, a) + 4);
  if ((w === "har" || w === "has" || w === "have") && (next.includes("som") || next.includes("as"))) return true;
  return BELOW.some((b) => w.startsWith(b)) || (w === "under" && BELOW_VERBS.has(a.words[i - 1] ?? ""));
}

/** The position of the last word of a name hit. */
function lastWordOf(h: NameHit, a: QuestionAnalysis): number {
  const ats = packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1).filter((x) => x >= 0);
  return ats.length ? Math.max(...ats) : h.at;
}

/**
 * The relation asked the other way round: the named group holds the role ("underställda X", "har X som uppdragsgivare")
 * or receives the reports ("Vilka grupper rapporterar till X?": "till" marks the receiver, and the question word, before
 * it in the same sentence, asks for the sender). Not when the question already knows a sender and asks for more.
 */
function inverseOf(rel: Relation, h: NameHit, a: QuestionAnalysis, cues: ReadonlySet<number>): "below" | "reporters" | undefined {
  if (rel === "commissioner") return aboveInQuestion(h, a) || givesInQuestion(h, a, cues) ? "below" : undefined;
  if (rel !== "reports" || a.words.some((w) => BESIDES.has(w))) return undefined;
  const first = firstWordOf(h, a);
  let i = first - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  if (i < 0 || !TO.has(a.words[i]!)) return undefined;
  // "årsrapporten för ledningsgruppen": "för" after the relation's own word in the definite form says whose it is (the
  // group's own annual report), as the genitive does — not a report sent to the group
  if (a.words[i] === "for" && cues.has(i - 1) && DEFINITE_END.test(a.words[i - 1]!)) return undefined;
  // the question word stands before the receiver in its sentence, not right before it ("till vem …")
  const q = a.words.findIndex((w, k) => k < i && PARTY_WORDS.has(w) && a.sentenceOf[k] === a.sentenceOf[first]);
  return q >= 0 && !TO.has(a.words[q - 1] ?? "") ? "reporters" : undefined;
}

const PARTY_WORDS = new Set(["vem", "vilka", "vilken", "vilket", "who", "which"]);
/** The definite ending of a Swedish noun (folded): "årsrapporten", "protokollet", "anteckningarna". */
const DEFINITE_END = /(en|et|na)$/;

/** Prepositions that mark the source or agent of a giving ("får uppdrag av/från X", "assignments from X"). */
const SOURCE = new Set(["av", "fran", "from", "by"]);
/** The role of the one given assignments (folded stem): "uppdragstagare åt X" makes X the giver. */
const TAKER = "uppdragstagar";
/** Verbs and role words of giving assignments (folded stems): the group as their subject is the giver. */
const GIVES = ["ger", "ge", "gav", "gett", "givit", "delar", "tilldela", "uppdragsgivar", "bestaller", "gives", "give"];

/**
 * The named group gives the assignments and the question asks who receives them: the group is the source ("Vem får
 * uppdrag av Chefsforum?", "Vilka grupper får sina uppdrag från ledningsgruppen?"), the one a taker works for
 * ("Vilka är uppdragstagare åt ledningsgruppen?"), or the subject of the giving with the question word as the object
 * of a preposition stranded at the end ("Vem ger ledningsgruppen uppdrag till?", "Vem är Chefsforum uppdragsgivare
 * åt?": Swedish leaves "till"/"åt" at the end when the question word is its object). 000: "Formella uppdrag kan
 * endast ges av ledningsgruppen"; 002: "Chefsforum är uppdragsgivare och prioriterar uppdragen till samverkansgruppen".
 */
function givesInQuestion(h: NameHit, a: QuestionAnalysis, cues: ReadonlySet<number>): boolean {
  const first = firstWordOf(h, a);
  let i = first - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  const before = a.words[i] ?? "";
  const q = a.words.findIndex((w, k) => k < first && PARTY_WORDS.has(w) && a.sentenceOf[k] === a.sentenceOf[first]);
  if (q < 0 || TO.has(a.words[q - 1] ?? "") || SOURCE.has(a.words[q - 1] ?? "")) return false;
  const cueWords = packedMap([...cues], (k) => a.words[k] ?? "");
  if (SOURCE.has(before)) return true;
  if (TO.has(before) && cueWords.some((w) => w.startsWith(TAKER))) return true;
  // the last word of the group's sentence a stranded "till"/"åt", the group the subject of a giving
  let end = first;
  while (end + 1 < a.words.length && a.sentenceOf[end + 1] === a.sentenceOf[first]) end++;
  if (!TO.has(a.words[end]!) || end <= lastWordOf(h, a) + 1) return false;
  return cueWords.some((w) => GIVES.some((g) => w === g || (g.length > 3 && w.startsWith(g))));
}

/**
 * "Ska vi skicka årsberättelsen till ledningsgruppen?", "Should we send the minutes to the ledningsgrupp?": a question that
 * asks no party (yes or no) and names the one group after "till"/"to" — the receiver of the sending (Swedish and English
 * mark it so), not its sender — asks whether that is where the document goes. Not when it asks for others besides.
 */
function destinationAsked(h: NameHit, a: QuestionAnalysis): NameHit | undefined {
  // "också" alone ("till kansliet också?") asks whether the body named is a recipient as well, not who else is
  if (asksForParty(a) || a.words.some((w) => BESIDES.has(w) && !ALSO.has(w))) return undefined;
  let i = firstWordOf(h, a) - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  return i >= 0 && (SENT_TO.has(a.words[i]!) || GIVE_TO.has(a.words[i]!)) ? h : undefined;
}

/**
 * Prepositions that mark where something is sent (folded): "till", "åt", "to". Not "för"/"for": after a document it says
 * whose the document is ("verksamhetsberättelsen för verksamhetschefsgruppen" is the group's own annual report).
 */
const SENT_TO = new Set(["till", "at", "to"]);

/** Words that ask for others than those named ("någon mer", "fler", "någon annan", "också"). Folded. */
const BESIDES = new Set(["mer", "fler", "annan", "andra", "ocksa", "else", "also", "other", "others"]);
const ALSO = new Set(["ocksa", "also"]);

/**
 * "Utser ledningsgruppen ordförande i verksamhetschefsgrupperna?", "Kan ledningsgruppen utse ordförande i VCG?": a yes/no
 * question puts its finite verb first and its subject right after it; with an act done to a group by others (appointing
 * its chair or members, giving its assignments, setting its plan, evaluating it) that subject is the asker's guess of the
 * actor, and the relation is asked of the other group named (the object, or the group after the relation's word) — not
 * one the question offers as the source or agent ("från", "av"). Its clause confirms the guess or corrects it.
 */
function guessedActor(rel: Relation, v1: NameHit | undefined, named: readonly NameHit[], a: QuestionAnalysis): NameHit | undefined {
  if (!v1 || !GIVEN_BY_OTHERS.has(rel) || asksForParty(a)) return undefined;
  const others = named.filter((h) => h.entryId !== v1.entryId && !offeredAsAnswer(h, a) && !alternativeTo(h, a));
  return others.length === 1 ? others[0] : undefined;
}

/** "eller", its chat short form "el", "or" (folded). */
const OR = new Set(["eller", "el", "or"]);

/**
 * "Utser KLHS deltagarna i samordningsråden eller förvaltningscheferna?", "… eller gör förvaltningscheferna det?": a body
 * after "eller" (its verb may come first) is another guess of the same actor, as "eller" joins alternatives.
 */
function alternativeTo(h: NameHit, a: QuestionAnalysis): boolean {
  const first = firstWordOf(h, a);
  return [1, 2].some((k) => OR.has(a.words[first - k] ?? "") && a.sentenceOf[first - k] === a.sentenceOf[first]);
}

/** Words of the commissioner relation said from the lower group's side (folded): underställd, underordnad, lyder/står under. */
const SAID_FROM_BELOW = /^(underst|underord|lyd|under$)/;
/** The copula a yes/no question may open with (folded): "Är X underställd Y?". */
const COPULA = new Set(["ar", "is", "are"]);

/** The relation asked, answered for one group as if the question had named it (a hit that covers no word). */
export function answerOfGroup(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  groupId: string,
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  return answerRelation(relations, answers, asked, [{ entryId: groupId, matched: 0, coverage: 0, tokens: [], at: -1 }], a, excludedIds);
}

/** Each group named, the subject first, until one's mandate answers; an answer the question does not itself name wins. */
export function answerRelation(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  namedHits: readonly NameHit[],
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  let named = namedHits;
  // "Rapporterar de regionala processteamen till samordningsrådet?": a reporter that is no group of the catalog, whose
  // own sentence says whom it reports to (reporter-sentence.ts)
  const reporter = asked.relation === "reports" ? reporterSentence(relations, a, new Set(named.flatMap((h) => packedMap(h.tokens, (t) => a.tokens[t]!.at)))) : undefined;
  if (reporter && answers.byId.has(reporter.targetId)) {
    const result = answers.ownerResult(reporter.targetId, 0.85, [reporter.citation], [answers.candidate(reporter.targetId, 1)]);
    return { result: { ...result, escalation: null }, subject: reporter.targetId };
  }
  // "Ska vi skicka årsberättelsen till ledningsgruppen?": the destination named, and whether it is right asked
  const to = named.length === 1 && asked.relation === "reports" ? destinationAsked(named[0]!, a) : undefined;
  const destination = to && destinationOf(relations, to.entryId, cueTermsOf(a, asked.cues));
  if (destination && answers.byId.has(destination.targetId)) {
    const result = answers.ownerResult(destination.targetId, 0.9, [destination.citation], [answers.candidate(destination.targetId, 1)]);
    return { result: { ...result, escalation: null }, subject: to.entryId };
  }
  // "Ska minnesanteckningarna från VCG skickas till kansliet?": the sender named too, and its own duty sends the document
  // there among others — the body asked about is confirmed (the first recipient of the duty is not what is asked)
  const guessedTo = named.length === 2 && asked.relation === "reports" ? named.find((h) => destinationAsked(h, a)) : undefined;
  const from = guessedTo && named.find((h) => h !== guessedTo);
  const confirmedTo = guessedTo && from && sentByTo(relations, from.entryId, guessedTo.entryId, cueTermsOf(a, asked.cues));
  if (confirmedTo && from && answers.byId.has(confirmedTo.targetId)) {
    const result = answers.ownerResult(confirmedTo.targetId, 0.9, [confirmedTo.citation], [answers.candidate(confirmedTo.targetId, 1)]);
    return { result: { ...result, escalation: null }, subject: from.entryId };
  }
  // one group named above the asked-for ones: the groups below it, by their own clause; one named as the receiver of
  // the reporting ("Vem rapporterar till hälso- och sjukvårdsdirektören?"): the groups that report to it
  const inverse = named.length === 1 && asksForParty(a) ? inverseOf(asked.relation, named[0]!, a, asked.cues) : undefined;
  if (inverse) {
    const r = inverse === "below" ? below(relations, named[0]!.entryId) : reportingTo(relations, named[0]!.entryId);
    if (r && answers.byId.has(r.targetId)) {
      const result = answers.ownerResult(r.targetId, 0.9, [r.citation], [answers.candidate(r.targetId, 1)]);
      return { result: { ...result, escalation: null }, subject: named[0]!.entryId };
    }
  }
  // "Vem är kontaktperson för samordningsrådet?": the one body named is a role the relation's own word names, and its name
  // says whose role it is ("Kontaktperson för samordningsråd"): the relation is asked of that group, the role its answer
  const whose = named.length === 1 && named[0]!.tokens.some((t) => asked.cues.has(a.tokens[t]!.at)) ? whoseRole(relations, named[0]!.entryId) : undefined;
  if (whose && answers.byId.has(whose)) named = [...named, { entryId: whose, matched: 0, coverage: 0, tokens: [], at: -1 }];
  let excluded = excludedIds;
  const order = [...named].sort((x, y) => y.at - x.at);
  const receiver = GIVING.has(asked.relation) ? receiverOf(named, a) : undefined;
  // "vi skickar minnesanteckningarna till ledningsgruppen – ska någon mer ha dem?": the group sent to is a recipient the
  // question already knows, not the sender asked about; "mer", "fler", "annan", "också" ask for the others
  const sentTo = asked.relation === "reports" ? receiverOf(named, a) : undefined;
  const sender = sentTo && pickSubject(named.filter((h) => h !== sentTo), a);
  if (sentTo && sender && a.words.some((w) => BESIDES.has(w))) excluded = new Set([...excluded, sentTo.entryId]);
  const preferred = receiver ?? sender ?? pickSubject(named, a)!;
  order.sort((x, y) => (x === preferred ? -1 : y === preferred ? 1 : 0));
  const found: { s: NameHit; r: RelationAnswer }[] = [];
  for (const s of order) {
    const subject = answers.byId.get(s.entryId)!;
    const r = relations.answer(asked.relation, subject, a, excluded, new Set([...asked.cues, ...packedMap(s.tokens, (t) => a.tokens[t]!.at)]), asked.cues);
    if (r && answers.byId.has(r.targetId)) found.push({ s, r });
  }
  // an answer the question names as another party is less likely what it asks, unless that body's name is the
  // relation's own word ("Vem är kontaktperson för …": the body named Kontaktperson is the answer)
  const otherParty = (f: (typeof found)[number]) => named.some((h) => h.entryId === f.r.targetId && h !== f.s && !h.tokens.some((t) => asked.cues.has(a.tokens[t]!.at)));
  // "Kan ordf i VCG ta hjälp av kansliet?", "vem ska deltagarna informera, sin egen huvudman?": a body the question
  // offers as the answer (source, agent, reflexive possessive) that the other group's clause names is the answer
  // "Rapporterar ordföranden i röntgenrådet till hälso- och sjukvårdsdirektören?": in a yes/no question of reporting, the
  // body after "till" is the asker's guess of where the report goes, offered for the other group's clause to confirm
  const guessedDestination = (h: NameHit) => asked.relation === "reports" && !asksForParty(a) && named.length > 1 && !!destinationAsked(h, a);
  const offered = named.filter((h) => offeredAsAnswer(h, a) || guessedDestination(h));
  const confirmed = found.find((f) => !offered.includes(f.s) && offered.some((h) => h.entryId === f.r.targetId));
  // "Vem är BoF-rådets kontaktperson?": a body named by the relation's own word is what is asked about the other
  // group, not the group asked about; that group's clause ("Till varje samordningsråd utses en kontaktperson …") cites it
  const role = named.length > 1 ? named.find((h) => h.tokens.some((t) => asked.cues.has(a.tokens[t]!.at))) : undefined;
  // "Kan VCG avropa utredare från kansliet?": the grammatical subject's own clause answers, whoever else it names
  // "Kan kansliet ge utredningsresurser till VCG?": the one given to is the group the relation is asked of, the
  // grammatical subject the giver offered as the answer
  const v1 = subjectOfYesNo(named, a, asked.cues);
  // "Är VCG underställda ledningsgruppen?", "Lyder VCG under …?": said from below, the subject is the group whose
  // commissioner is asked and the other group the guess ("Ger ledningsgruppen VCG uppdrag?" says it from above)
  const fromBelow = asked.relation === "commissioner" && [...asked.cues].some((i) => SAID_FROM_BELOW.test(a.words[i] ?? "")) ? (v1 ?? subjectAfterOpening(named, a, (w) => COPULA.has(w))) : undefined;
  const grammatical = receiver ?? fromBelow ?? guessedActor(asked.relation, v1, named, a) ?? v1;
  const pick = (role && found.find((f) => f.s !== role)) || found.find((f) => f.s === grammatical) || confirmed || found.find((f) => !otherParty(f)) || found[0];
  if (!pick) return undefined;
  const targetId = role && pick.s !== role ? role.entryId : pick.r.targetId;
  const confidence = pick.r.how === "fact" ? 0.95 : pick.r.how === "clause" ? 0.85 : 0.8;
  const result = answers.ownerResult(targetId, confidence, [pick.r.citation], [answers.candidate(targetId, 1)]);
  return { result: { ...result, escalation: null }, subject: pick.s.entryId };
}

/** "X leds av Y", "leds utav": the passive of leading, with its agent after it (folded). */
const LED_BY = /\bleds (ut)?av\b/;

/**
 * "Vem är ordförande i länsgruppen?" (relation-asked.ts asksWhoChairs): who leads the group, answered only by a clause
 * saying who the group is led by (002: "… gruppen leds av enhetschef och utvecklingsstrateg från … UoU"); a mandate
 * that only says who appoints the chair does not say who holds it.
 */
export function answerWhoChairs(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked | undefined,
  groups: readonly NameHit[],
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  if (!asked || !groups.length) return undefined;
  const found = answerRelation(relations, answers, asked, groups, a, excludedIds);
  const text = found?.result.citations[0]?.text;
  return text && LED_BY.test(fold(text)) ? found : undefined;
}

/** Subject pronouns (folded): "jag", "vi", "man", "I", "we" … */
const PERSONAL = new Set(["jag", "vi", "man", "du", "ni", "i", "we", "you"]);

/**
 * "Vem anmäler jag frågan till?", "Who do I tell?": a subject pronoun after the question word makes the question word
 * the object (Swedish and English put the subject right after the finite verb in a question), so the question asks for
 * the one the asker turns to; "Vilken grupp bereder ärendena?" has the question word as the subject and asks for the
 * group that does the duty, which the topic's answer already is.
 */
function asksForReceiver(a: QuestionAnalysis): boolean {
  const q = a.words.findIndex((w) => PARTY_WORDS.has(w));
  if (q < 0) return false;
  const end = a.words.findIndex((_, k) => k > q && a.sentenceOf[k] !== a.sentenceOf[q]);
  return a.words.slice(q + 1, q + 4).some((w, k) => PERSONAL.has(w) && (end < 0 || q + 1 + k < end));
}

/**
 * A relation asked of no named group ("Vem anmäler jag en fråga till dagordningen till?"), where the topic found the one
 * group whose mandate speaks of it: the party that mandate's sentence names in that relation, when the sentence uses the
 * question's own word for it (002 Ärendegång: "Frågor ska anmälas till … Utvecklings- och Utredningsenheten … så att frågan
 * sätts upp på dagordningen"). Only a sentence with the asked word settles it; a relation nobody's clause words so stays
 * with the topic's answer.
 */
export function answerOfTopicOwner(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  ownerId: string,
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  if (!asksForReceiver(a)) return undefined;
  const hit: NameHit = { entryId: ownerId, matched: 0, coverage: 0, tokens: [], at: -1 };
  const found = answerRelation(relations, answers, asked, [hit], a, excludedIds);
  const text = found?.result.citations[0]?.text;
  if (!found || !text || found.result.owner?.id === ownerId) return undefined;
  const said = new Set(fold(text).split(/[^a-z0-9åäö]+/));
  return [...asked.cues].some((i) => (a.words[i] ?? "").length > 4 && said.has(a.words[i]!)) ? found : undefined;
}

/**
 * A relation asked in an organisation without naming a group ("Vem utser ordföranden?" in VGR): whichever group is
 * meant, the answer is the same when every group of the organisation with a mandate gives the same party (003 and 004:
 * "Ordförande: Utses av koncernledning hälso- och sjukvård …" / "… av ledningsgrupp hälso- och sjukvård …"). When they
 * differ (000 and 001 in Mellansverige), the question does not settle it: no answer here.
 */
export function answerOfEveryGroup(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  groupIds: readonly string[],
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
  /** Groups whose mandates say nothing of the relation are passed over (the asker's own group: the one that says it). */
  statedOnly = false,
): { result: RouteResult; subject: string } | undefined {
  if (groupIds.length < 2) return undefined;
  const answerOf = (id: string) => {
    const found = answerOfGroup(relations, answers, asked, id, a, excludedIds);
    return statedOnly && !found?.result.citations.length ? undefined : found;
  };
  let first: ReturnType<typeof answerOf>;
  let target: string | undefined;
  const seen: NonNullable<ReturnType<typeof answerOf>>[] = [];
  // the first group that names another party (or none) settles it: an organisation may have thousands of groups
  for (const id of groupIds) {
    const found = answerOf(id);
    const owner = found?.result.owner?.id;
    if (!found || !owner) {
      if (statedOnly) continue;
      return undefined;
    }
    seen.push(found);
    if (groupIds.includes(owner)) return sayingAll(seen, groupIds, groupIds.slice(groupIds.indexOf(id) + 1), answerOf, asked, a);
    if (!first) {
      first = found;
      target = owner;
    } else if (owner !== target) return sayingAll(seen, groupIds, groupIds.slice(groupIds.indexOf(id) + 1), answerOf, asked, a);
  }
  if (!first) return undefined;
  return { result: { ...first.result, confidence: Math.min(first.result.confidence, 0.8) }, subject: first.subject };
}

/** Groups read when the organisation's groups disagree; an organisation with more has no one group a question speaks of. */
const DISAGREEING_MAX = 16;

/**
 * "vem utser ordf o vice ordf" (Mellansverige), "Vem fastställer vår verksamhetsplan?": where the organisation's groups
 * name different parties, the one whose clause says most of the words the question asks the relation with ("vice
 * ordförande", "verksamhetsplan") is the group meant — 001 alone has a vice chair and a verksamhetsplan; 000 appoints
 * only a chair. A tie leaves it open.
 */
function sayingAll(
  seen: { result: RouteResult; subject: string }[],
  groupIds: readonly string[],
  rest: readonly string[],
  answerOf: (id: string) => { result: RouteResult; subject: string } | undefined,
  asked: RelationAsked,
  a: QuestionAnalysis,
): { result: RouteResult; subject: string } | undefined {
  if (groupIds.length > DISAGREEING_MAX) return undefined;
  const all = [...seen, ...rest.flatMap((id) => answerOf(id) ?? [])];
  const cueWords = [...new Set(packedMap([...asked.cues], (i) => keySv(a.words[i] ?? "")))].filter((k) => k.length >= 3);
  const says = (f: { result: RouteResult }) => {
    const text = new Set(f.result.citations.flatMap((c) => packedMap(fold(c.text).split(/[^a-z0-9]+/), keySv)));
    return cueWords.filter((k) => text.has(k)).length;
  };
  const said = packedMap(all, says);
  const most = Math.max(0, ...said);
  const meant = all.filter((_, i) => said[i] === most);
  const owners = new Set(packedMap(meant, (f) => f.result.owner?.id ?? ""));
  const owner = meant[0]?.result.owner?.id;
  if (!most || owners.size !== 1 || !owner || groupIds.includes(owner)) return undefined;
  return { result: { ...meant[0]!.result, confidence: Math.min(meant[0]!.result.confidence, 0.7) }, subject: meant[0]!.subject };
}

/**
 * A relation someone else holds towards a group ("Vem ger formella uppdrag till gruppen där vi verksamhetschefer inom
 * urologi samarbetar?", "… i den grupp som koordinerar röntgenfrågor?"), asked of a group the question describes but does
 * not name: the topic found the group described, and a group is not its own appointer, commissioner or proposer
 * (000: "Formella uppdrag kan endast ges av ledningsgruppen"; 003: "De utses av respektive förvaltningschef"). The
 * party that group's mandate names answers, citing its clause; a mandate that names none leaves no answer here.
 */
export function answerOfDescribedGroup(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  groupId: string,
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  if (!GIVEN_BY_OTHERS.has(asked.relation) || !asksForParty(a) || !describesGroup(a)) return undefined;
  const g = answers.byId.get(groupId);
  if (!g || (g.entryType !== "group" && g.entryType !== "kind") || !g.document) return undefined;
  const found = answerOfGroup(relations, answers, asked, groupId, a, excludedIds);
  const target = found?.result.owner?.id;
  if (!found || !target || target === g.id || target === g.kindId || answers.byId.get(target)?.kindId === g.id) return undefined;
  return { result: { ...found.result, confidence: Math.min(found.result.confidence, 0.8) }, subject: found.subject };
}

/** The asker as the subject (folded): Swedish "jag", "vi", "man", "du", "ni"; English "we", "you", and "I" (Swedish "i" is "in"). */
const ASKERS = new Set(["jag", "vi", "man", "du", "ni", "we", "you"]);
/** Question words asking where, to whom or how (folded): "hur anmäler jag …" asks the way there as "vart" does. */
const WHERE = new Set(["vart", "var", "vem", "vilken", "vilka", "hur", "where", "who", "whom", "how"]);

/**
 * "Vart skickar jag ett ärende till samverkansgruppen?": the asker sends, and "till" marks the group as the receiver
 * (Swedish puts the receiver after "till", the sender as the subject), so what is asked is how a matter reaches the
 * group, not where the group itself reports. A question already naming a recipient and asking for more ("… till
 * ledningsgruppen. Ska någon mer ha dem?") asks the group's reporting, as before.
 */
export function askerSendsTo(named: readonly NameHit[], a: QuestionAnalysis): NameHit | undefined {
  if (named.length !== 1 || a.words.some((w) => BESIDES.has(w))) return undefined;
  const h = named[0]!;
  const first = firstWordOf(h, a);
  let i = first - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  if (i < 0 || !SENT_TO.has(a.words[i]!)) return undefined;
  const same = (k: number) => a.sentenceOf[k] === a.sentenceOf[first];
  const asker = a.words.findIndex((w, k) => k < i && same(k) && (ASKERS.has(w) || (w === "i" && a.language === "en")));
  const q = a.words.findIndex((w, k) => k < i && same(k) && WHERE.has(w));
  return asker >= 0 && q >= 0 && q < asker ? h : undefined;
}

/**
 * "Jag har en fråga till ledningsgruppen …, vem tar emot den?": the words that asked for preparing end on "till" right
 * before the one group named (fragor.yaml "en fråga till", "ett ärende till"): the asker's matter goes to that group,
 * whatever the word order — how it gets there, never what the group prepares for others.
 */
export function questionSentTo(named: readonly NameHit[], a: QuestionAnalysis, cues: ReadonlySet<number>): NameHit | undefined {
  if (named.length !== 1) return undefined;
  let i = firstWordOf(named[0]!, a) - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  // every word that asked is of that phrase: "Vem bereder ärenden till …" asks who prepares, whatever follows
  return i >= 0 && SENT_TO.has(a.words[i]!) && cues.has(i) && [...cues].every((c) => c >= i - 2 && c <= i) ? named[0] : undefined;
}

/** The concept of a meeting's agenda: "dagordningen", and "agendan", "föredragningslistan" through synonymer.yaml. */
const AGENDA = new Set([keySv("dagordningen"), CONCEPT + keySv("dagordningen")]);

/**
 * "Vem sätter dagordningen för ledningsgruppen?", "Who decides the agenda of the Västmanland group?": a group's agenda is
 * how matters reach that group — the procedure its mandate states (002 Ärendegång: "Frågor ska anmälas till … UoU … så
 * att frågan sätts upp på dagordningen") — not what the group itself prepares for another body ("bereder ärenden till
 * samverkansnämnden", 001). The one group named, when a word that asked for the relation is the agenda.
 */
export function agendaOf(named: readonly NameHit[], a: QuestionAnalysis, cues: ReadonlySet<number>): NameHit | undefined {
  if (named.length !== 1) return undefined;
  return a.tokens.some((t) => cues.has(t.at) && t.terms.some((x) => AGENDA.has(x.term))) ? named[0] : undefined;
}

/** Prepositions (folded) that give whose agenda it is: "dagordningen hos/för samverkansgruppen", "the agenda of …". */
const AGENDA_OF = new Set(["hos", "for", "i", "of", "at"]);

/**
 * "Ska vi skicka frågan till Chefsforum eller till UoU … för att få upp den på dagordningen hos samverkansgruppen?": the
 * group whose agenda the question names ("dagordningen hos X", "X:s dagordning") is where the matter is meant to go;
 * the bodies it is sent to on the way are the asker's guesses of that way in (a general fact of Swedish: the purpose
 * clause says the goal, "skicka till" the means). Among several named groups, the one that holds the agenda.
 */
export function agendaHolder(named: readonly NameHit[], a: QuestionAnalysis, cues: ReadonlySet<number>): NameHit | undefined {
  if (named.length < 2) return undefined;
  const at = a.tokens.find((t) => cues.has(t.at) && t.terms.some((x) => AGENDA.has(x.term)))?.at;
  if (at === undefined) return undefined;
  const starts = (h: NameHit) => Math.min(h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? h.at));
  const ends = (h: NameHit) => Math.max(h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? h.at));
  const after = AGENDA_OF.has(a.words[at + 1] ?? "") ? named.find((h) => starts(h) === at + 2 || (starts(h) === at + 3 && ARTICLES.has(a.words[at + 2] ?? ""))) : undefined;
  return after ?? named.find((h) => ends(h) === at - 1 && /s$/.test(a.words[at - 1] ?? ""));
}

/**
 * How a matter reaches the group the asker sends it to: the procedure its mandate states (002 Ärendegång: "Frågor ska
 * anmälas till enhetschef eller utvecklingsstrateg på … UoU … så att frågan sätts upp på dagordningen"), never one of the
 * group's own duties (what it prepares for others: "bereder ärenden till samverkansnämnden", 001). No such clause: the
 * mandates do not say, and the group is the only candidate.
 */
export function answerIntake(relations: RelationAnswerer, answers: AnswerBuilder, to: NameHit, a: QuestionAnalysis, excludedIds: ReadonlySet<string>, cues: ReadonlySet<number>): RouteResult {
  const g = answers.byId.get(to.entryId)!;
  const r = relations.intake(g, a, excludedIds, new Set([...cues, ...packedMap(to.tokens, (t) => a.tokens[t]!.at)]), cues);
  if (!r || !answers.byId.has(r.targetId)) return { ...noAnswer(), candidates: [answers.candidate(g.id, 0)] };
  const result = answers.ownerResult(r.targetId, 0.85, [r.citation], [answers.candidate(r.targetId, 1)]);
  return { ...result, escalation: null };
}

/**
 * The actor step of the topic decision: a clause of the leading group's own mandate may name another body as the one
 * that does (or bears, or owns) what the question asks — that body answers, citing the group's clause.
 */
import type { GroupRecord } from "../catalog/schema";
import type { BodyInSentence } from "./actors";
import type { QuestionAnalysis } from "./analyze";
import type { DecideContext, Ranked } from "./decide";
import { asksForParty, asksOnlyFact } from "./relations";
import { keySv } from "./normalize";
import { foldClause, memo } from "./memo";
import { packedMap } from "./packed";
import { sentenceKeys } from "./boundary-sentence";
import { agentAsked, possessorOf, responsibleFor, sharesAct, whoseNoun } from "./actor-clause";

/** The body a clause names as doing what the question asks, when it is not the clause's own group. */
export function actorOf(lead: Ranked, a: QuestionAnalysis, ctx: DecideContext, setting: ReadonlySet<string>): string | undefined {
  if (lead.passage === undefined || lead.boundary) return undefined;
  const p = ctx.index.passage(lead.passage);
  if (p.kind === "name" || p.kind === "mention") return undefined;
  const home = ctx.answers.byId.get(p.sourceId);
  if (!home) return undefined;
  const asked = new Set(packedMap(a.tokens, (t) => t.key));
  const best = bestSentence(p.text, asked);
  if (!best) return undefined;
  const bodies = ctx.actors.bodiesIn(best.s, home.organizationId);
  // another body of the catalog than the clause's own group, not one the question sets as its scene
  const another = (b: BodyInSentence | undefined) => (b && b.id !== home.id && b.id !== home.kindId && !setting.has(b.id) && ctx.answers.byId.has(b.id) ? b.id : undefined);
  // "Vem ansvarar för budgetramarna …?": the body the sentence says bears the responsibility for what is asked;
  // "Vems möten deltar ordinarie ledamot i?": the body whose genitive stands before the noun asked the possessor of
  const noun = whoseNoun(a.words);
  const named = another(asksWhoIsResponsible(a) ? responsibleFor(best.s, bodies, asked) : undefined) ?? another(noun ? possessorOf(best.s, bodies, noun) : undefined);
  if (named) return named;
  // asked no party, the sentence must speak of the question's act, not only name the same bodies
  if (!asksForParty(a) && !sharesAct(best.keys, asked, ctx.actors.nameKeys(home.organizationId))) return undefined;
  // an escalation clause of the group answers "where does it go / whom do I raise it with" with the body it sends to
  if (isEscalation(p.text, home, ctx) && asksForParty(a)) {
    const to = bodies.filter((x) => x.id !== home.id && x.id !== home.kindId && ctx.answers.byId.has(x.id) && !setting.has(x.id));
    const target = to.find((x) => x.role === "recipient") ?? to[to.length - 1];
    if (target) return target.id;
  }
  // asked when, why or how the clause's act happens, not who does it: the clause's own group holds that fact
  // ("Chefsforum initierade under 2015 …", 002, answers when the samverkansgrupp started, which is the group's)
  if (asksOnlyFact(a)) return undefined;
  const b =
    agentAsked(best.s, bodies, asked) ??
    (ctx.actors.startsWithSelf(best.s, home) ? actingOn(best.s, bodies, asked) : (bodies.find((x) => x.role === "subject") ?? actingOn(best.s, bodies, asked))) ??
    (asksForParty(a) ? fromBody(best.s, bodies, asked) : undefined);
  if (!b || b.id === home.id || b.id === home.kindId || ctx.instancesOf.get(home.id)?.includes(b.id)) return undefined;
  // the question set that body's act as the scene ("PPR har beslutat … Vem har huvudrollen i genomförandet?"): it asks the other part
  if (setting.has(b.id)) return undefined;
  return ctx.answers.byId.has(b.id) ? b.id : undefined;
}

/** The key of "ansvar" (and "ansvaret"): the noun a question of who is responsible asks the owner of. */
const RESPONSIBILITY = keySv("ansvar");
/**
 * The noun "ansvar" as written (folded): "har ansvaret för", "bär ansvar för", "det yttersta ansvaret" — and the compounds
 * that say only how much of it ("grundansvaret", "huvudansvar", "helhetsansvaret"): a compound's head says what it is.
 */
const RESPONSIBILITY_NOUN = /^(grund|huvud|helhets|total|slut)?ansvar(et)?$/;

/** The passage's sentence that shares most words with the question. */
function bestSentence(text: string, asked: ReadonlySet<string>): { s: string; n: number; keys: readonly string[] } | undefined {
  let best: { s: string; n: number; keys: readonly string[] } | undefined;
  for (const { s, keys } of sentenceKeys(text)) {
    let n = 0;
    for (const k of keys) if (asked.has(k)) n++;
    if (!best || n > best.n) best = { s, n, keys };
  }
  return best;
}

/**
 * "Vems ansvar för samordningen av regionens verksamheter utgår rådens uppdrag från?": asked whose a thing is, and the
 * leading clause names no owner of it, a clause of a group close behind it that names the thing's owner in the genitive
 * right before it answers (004: "Samordningsrådets uppdrag utgår från regiondirektörens ansvar för samordning …") — the
 * question's "vems" asks for exactly that owner, whichever group's mandate says it.
 */
export function possessorNear(ranked: readonly Ranked[], a: QuestionAnalysis, ctx: DecideContext, setting: ReadonlySet<string>, near: number): string | undefined {
  // … and "vem har (det yttersta) ansvaret för …" asks whose responsibility it is, as "vems ansvar" does — the noun,
  // not the verb: "vem ansvarar för X" asks whose duty X is, which the clauses of X's group answer
  const noun = whoseNoun(a.words) ?? (asksForParty(a) && a.words.some((w, i) => RESPONSIBILITY_NOUN.test(w) && (a.asking < 0 || a.sentenceOf[i] === a.asking)) ? RESPONSIBILITY : undefined);
  const lead = ranked[0];
  if (!noun || !lead) return undefined;
  const asked = new Set(packedMap(a.tokens, (t) => t.key));
  for (const r of ranked.slice(0, 3)) {
    if (r.passage === undefined || r.boundary || r.score < near * lead.score) continue;
    const p = ctx.index.passage(r.passage);
    if (p.kind === "name") continue;
    // (a passage that mentions the candidate is read in the candidate's organisation; the owner it names may be another)
    const mention = p.kind === "mention";
    const home = ctx.answers.byId.get(mention ? r.entryId : p.sourceId);
    const best = home ? bestSentence(p.text, asked) : undefined;
    if (!home || !best) continue;
    const b = possessorOf(best.s, ctx.actors.bodiesIn(best.s, home.organizationId), noun);
    if (!b || setting.has(b.id) || !ctx.answers.byId.has(b.id)) continue;
    if (mention || (b.id !== home.id && b.id !== home.kindId)) return b.id;
  }
  return undefined;
}

/** Verbs of seeing to it that an event takes place (folded stems): to organise a meeting is to be responsible for it being held. */
const ORGANISES = ["organiser", "anordna", "arranger"];

/**
 * The question asks who is responsible: "vem ansvarar för", "vem har ansvaret för", "vem bestämmer över", and who
 * organises a thing ("Vem organiserar mötet där …?" — 000 "Ledningsgruppen ansvarar för att ett årligt möte … genomförs")
 * (folded).
 */
function asksWhoIsResponsible(a: QuestionAnalysis): boolean {
  return a.words.some((w, i) => (a.asking < 0 || a.sentenceOf[i] === a.asking) && (w.startsWith("ansvar") || (w.startsWith("bestam") && a.words[i + 1] === "over") || ORGANISES.some((s) => w.startsWith(s))));
}

// a function of the text alone, remembered: every escalation clause of the group is compared on each question it leads
const spaced = memo((t: string) => t.replace(/\s+/g, " ").trim());

/** The passage is one of the escalation clauses of the group's mandate (or its kind's). */
function isEscalation(text: string, home: GroupRecord, ctx: DecideContext): boolean {
  const kind = home.kindId ? ctx.answers.byId.get(home.kindId) : undefined;
  const t = spaced(text);
  return [home, kind].some((g) => g?.escalation.some((c) => spaced(c.text) === t));
}

/**
 * The body a thing the question asks for comes "från" ("Möjlighet finns att avropa utredningsresurser från
 * Samverkansnämndens kansli", 000): asked who or where to turn for that thing, it is the one to turn to. The thing is
 * the word right before "från" and the question must name it ("ta emot uppdrag från …" answers no question about a
 * referensgrupp).
 */
function fromBody(sentence: string, bodies: readonly BodyInSentence[], asked: ReadonlySet<string>): BodyInSentence | undefined {
  const f = ` ${foldClause(sentence)} `;
  return bodies.find((x) => {
    if (x.role !== "mention") return false;
    const before = f.slice(0, x.index).trim().split(" ");
    return before[before.length - 1] === "fran" && asked.has(keySv(before[before.length - 2] ?? ""));
  });
}

/** Modal verbs and the light verbs of "ta ställning", "fatta beslut": what may stand between a body and the verb asked. */
const AUXILIARIES = new Set(["far", "ska", "skall", "kan", "bor", "maste", "ta", "tar", "fatta", "fattar"]);

/**
 * A body named in a sentence whose own group is its subject, right before a verb the question asks for: the one who
 * does that part ("… utarbeta förslag till lösning som Chefsforum får ta ställning till" → Chefsforum takes a stand).
 */
function actingOn(sentence: string, bodies: readonly BodyInSentence[], asked: ReadonlySet<string>): BodyInSentence | undefined {
  const f = ` ${foldClause(sentence)} `;
  for (const b of bodies) {
    if (b.role !== "mention" && b.role !== "subject") continue;
    const rest = f.slice(b.index + 1).split(" ").filter(Boolean);
    // skip the body's own words (its name as written), then at most two auxiliaries, then the asked verb
    const nameEnd = rest.findIndex((w, i) => i > 0 && (AUXILIARIES.has(w) || asked.has(keySv(w))));
    if (nameEnd < 1 || nameEnd > 4) continue;
    let i = nameEnd;
    let aux = 0;
    while (i < rest.length && AUXILIARIES.has(rest[i]!) && !asked.has(keySv(rest[i]!)) && aux < 2) {
      i++;
      aux++;
    }
    if (aux > 0 && i < rest.length && asked.has(keySv(rest[i]!))) return b;
  }
  return undefined;
}


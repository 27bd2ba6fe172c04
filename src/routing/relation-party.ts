/**
 * Which party of a mandate sentence answers a relation question: the roles bodies play in the sentence (actors.ts) read
 * with Swedish word order, and the group the relation is asked of.
 */
import type { GroupRecord } from "../catalog/schema";
import { SELF_WORDS, type BodyInSentence } from "./actors";
import type { CompiledLexicon } from "./compiled-lexicon";
import type { Relation } from "./lexicon";
import { words } from "./normalize";
import { foldClause } from "./memo";
import { matchAll } from "./relation-detect";
import type { RelationCatalog } from "./relation-destinations";

/** What the party reading needs of RelationAnswerer: the catalog, the lexicon's relation phrases, and the question's reading. */
export interface PartyReader extends Pick<RelationCatalog, "byId" | "actors"> {
  readonly lex: CompiledLexicon;
  /** The question asks who handed a responsibility over ("Vem delegerade …?"), not who holds it now. */
  readonly asksGiver: boolean;
}

/** Powers a mandate gives its group to use itself: to set up working groups, to co-opt members. */
const OWN_POWERS: ReadonlySet<Relation> = new Set(["subgroups", "coopted"]);

/**
 * The party of a sentence the question asks for. Swedish puts the agent of a passive ("fastställs av X",
 * "leds av X") and the receiver ("bereder ärenden till X", "fördelat ansvaret … till X") after the verb, and
 * the subject of an active clause before it: the nearest body after the verb the question asks about, else
 * the nearest before it; the group itself when the sentence names no one else.
 */
export function partyIn(c: PartyReader, rel: Relation, sentence: string, home: GroupRecord, subject: GroupRecord, mention: boolean, anchorWord: number): { id: string; self: boolean } | undefined {
  const bodies = c.actors.bodiesIn(sentence, home.organizationId);
  const isSelf = (b: BodyInSentence) => b.id === subject.id || b.id === subject.kindId;
  const own = bodies.find(isSelf);
  // in another mandate's sentence the group must be the one acted upon, not the one acting on someone else
  if (mention && own && (own.role === "subject" || own.role === "agent")) return undefined;
  // … and a group only mentioned there ("Utses av respektive huvudman i Chefsforum och gruppen leds av … UoU", 002) is not
  // the one the relation is said of when the mandate's own group word ("gruppen") stands nearer the relation's word
  if (mention && own && own.role === "mention" && ownWordNearer(sentence, own.index, charIndexOfWord(sentence, anchorWord))) return undefined;
  // "Ledningsgruppen leder och styr samverkansnämndens operativa organisering" (001) says what the group leads, not
  // who leads it: a group leading in its own sentence does not answer who leads it
  if (rel === "leads" && own && own.role === "subject" && own.id === subject.id) return undefined;
  // … nor does a sentence where some other thing leads something, with no body of the catalog as its subject
  // ("Principen är att linjen leder och ansvarar för den hälso- och sjukvårdsverksamhet …", 003): only "leds av X", or
  // a body that leads, says who leads
  if (rel === "leads" && !/\bled(s|as)\b/i.test(sentence) && !bodies.some((b) => b.role === "subject" && c.byId.has(b.id))) return undefined;
  // a power of the group's own ("Gruppen fastställer uppdrag för arbetsgrupper … och ansvarar för att … kansliet …",
  // 001): the group's own mandate, with the group as the sentence's subject, gives the power to the group; a body
  // named later in the sentence belongs to a clause of its own
  if (OWN_POWERS.has(rel) && !mention && home.id === subject.id && c.actors.startsWithSelf(sentence, subject)) return { id: subject.id, self: true };
  const others = bodies.filter((b) => !isSelf(b) && c.byId.has(b.id));
  // a body whose very name the relation asks for ("kontaktperson")
  const table = c.lex.relations.get(rel);
  const named = table && others.find((b) => matchAll(table.alone, words(c.byId.get(b.id)!.name), new Set()) > 0);
  if (named) return { id: named.id, self: false };
  const anchor = charIndexOfWord(sentence, anchorWord);
  // "Vem lämnade över ansvaret att inrätta samordningsråd?": the one who handed it over, not its receiver
  const receiver = c.asksGiver ? bodies.find((b) => b.role === "receiver") : undefined;
  const handedBy = receiver && others.filter((b) => b.index < receiver.index && b.role === "subject")[0];
  if (handedBy) return { id: handedBy.id, self: false };
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

/**
 * Verbs of handing a responsibility over, in the active past ("fördelade", "har delegerat", "lämnade över", "överlät",
 * "har gett X ansvaret/rätten att …"; English reads "delegated" as "fördelat"): asked with "vem" as their subject, they
 * ask for the giver. "Till vem …" and the passive ("delegerades") ask for the receiver. Folded words.
 */
export const HANDED_OVER: ReadonlySet<string> = new Set(["fordelade", "fordelat", "delegerade", "delegerat", "overlat", "overlatit", "gav", "gett", "givit"]);
export const LEFT: ReadonlySet<string> = new Set(["lamnade", "lamnat"]);
export function asksWhoHandedOver(ws: readonly string[]): boolean {
  const to = ws.some((w, i) => (w === "till" || w === "to") && ["vem", "vilken", "vilka", "whom"].includes(ws[i + 1] ?? ""));
  return !to && ws.some((w, i) => HANDED_OVER.has(w) || (LEFT.has(w) && ws[i + 1] === "over") || letTakeOver(ws, i));
}

/**
 * "Vem lät utvecklingsdirektören ta över ansvaret …?": "låta någon ta över / överta" is to hand it over (folded "lät",
 * "låtit"), with the receiver between the verb and "ta över".
 */
const LET = new Set(["lat", "latit"]);
function letTakeOver(ws: readonly string[], i: number): boolean {
  if (!LET.has(ws[i]!)) return false;
  const next = ws.slice(i + 1, i + 5);
  return next.includes("overta") || next.some((w, k) => w === "ta" && next[k + 1] === "over");
}

/** A word for the mandate's own group stands nearer the relation's word (a character index) than the body mentioned. */
function ownWordNearer(sentence: string, bodyAt: number, anchor: number): boolean {
  const f = ` ${foldClause(sentence)} `;
  let at = 0;
  for (const w of f.split(" ")) {
    if (SELF_WORDS.has(w) && Math.abs(at - anchor) < Math.abs(bodyAt - anchor)) return true;
    at += w.length + 1;
  }
  return false;
}

/** Character index (in the folded sentence padded with a space, as Actors reports) of the n-th folded word. */
function charIndexOfWord(sentence: string, n: number): number {
  const ws = foldClause(sentence).split(" ");
  let i = 0;
  for (let k = 0; k < Math.min(n, ws.length); k++) i += ws[k]!.length + 1;
  return i;
}

/**
 * "Vem godkänner ledningsgruppens minnesanteckningar?", "Vem skriver protokollet på ledningsgruppens möten?": minutes are
 * written, approved and published where the meetings are held (relation-asked.ts approvesMinutes), so the group whose
 * minutes they are — the one the question names, not as where they are sent — is the one asked about. Where its own
 * mandate says nothing of minutes (001 has no such clause), another group's clause that names it only as a recipient
 * (000: "Minnesanteckningar ska föras vid möten med verksamhetschefsgrupper och delges Ledningsgruppen …") speaks of that
 * other group's minutes, not of its own: the group itself answers, as a group's meetings are its own to hold where no
 * mandate sets them, with less than a clause's confidence. A mandate that has a minutes clause keeps it (the topic step).
 */
import type { Clause, GroupRecord } from "../catalog/schema";
import type { QuestionAnalysis } from "./analyze";
import type { CompiledLexicon } from "./compiled-lexicon";
import { foldClause } from "./memo";
import type { NameHit } from "./names";
import { clausesOf } from "./passages";
import { approvesMinutes, speaksOfMinutes } from "./relation-asked";
import { ARTICLES } from "./articles";
import { sentences } from "./actors";
import { detectRelation, type RelationAsked } from "./relation-detect";
import { firstWordOf } from "./subject";
import { packedMap } from "./packed";

/** Prepositions that mark where something is sent (folded): "till", "åt", "to". */
const SENT_TO = new Set(["till", "at", "to"]);

/**
 * The group whose own minutes the question asks who writes, approves or publishes, when its mandate has no clause on
 * minutes; with its nearest clause, its own reporting ("Rapportering sker fortlöpande …", 001), if it has one.
 */
export function ownMinutesAsked(a: QuestionAnalysis, lex: CompiledLexicon, named: readonly NameHit[], byId: ReadonlyMap<string, GroupRecord>): { id: string; clause?: Clause; unwritten?: true } | undefined {
  // most questions name no minutes: no second reading of the relation for them
  if (named.length !== 1 || !a.words.some(speaksOfMinutes)) return undefined;
  const asked = detectRelation(a, lex, named);
  if (asked?.relation !== "reports" || !approvesMinutes(a, asked)) return undefined;
  const owners = [...new Set(packedMap(named.filter((h) => !sentTo(h, a)), (h) => h.entryId))];
  if (owners.length !== 1 || named.length !== owners.length) return undefined;
  const g = byId.get(owners[0]!);
  // a body the mandates only name (Koncernledning hälso- och sjukvård, Chefsforum): no clause can say how it keeps its
  // minutes, and another group's minutes clause is no answer for it — no guess, as for who sits in it (router whoIsIn)
  if (g?.entryType === "referenced" && !g.document) return { id: g.id, unwritten: true };
  if (!g?.document) return undefined;
  const kind = g.kindId ? byId.get(g.kindId) : undefined;
  if (minutesClauseOf(g) || minutesClauseOf(kind)) return undefined;
  // its reporting duty proper (under "Rapportering"), not another duty that also sends something (its verksamhetsplan)
  const reporting = g.reporting.find((r) => foldClause(`${r.clause.citation.section} ${r.clause.text}`).includes("rapport")) ?? g.reporting[0];
  return { id: g.id, clause: reporting?.clause };
}

function sentTo(h: NameHit, a: QuestionAnalysis): boolean {
  let i = firstWordOf(h, a) - 1;
  while (i >= 0 && ARTICLES.has(a.words[i]!)) i--;
  return i >= 0 && SENT_TO.has(a.words[i]!);
}

/** Words of sending something on (folded): "skickas", "vart skickar", "delges", "lämnas till". */
const SENDS = /^(skick|delg|lamna|vart$|till$|in$)/;

/** Who a mandate sentence names as bodies of its organisation (actors.ts `bodiesIn`), by their ids. */
export type BodiesIn = (sentence: string, organizationId: string) => readonly { id: string }[];

/**
 * "Vart tar samordningsrådets mötesanteckningar vägen?": where a group's minutes go is what its minutes clause says.
 * When that clause (its own mandate's, or its kind's: 003 "Mötesanteckningar ska föras … Anteckningarna ska publiceras
 * på intranätet") sends them to no body, they stay with the group and are published — the group answers, citing that
 * clause, not whoever its chair reports to (003 "Ordförande rapporterar till hälso- och sjukvårdsdirektören"). A clause
 * that sends them on (000 "… och delges Ledningsgruppen och samverkansnämndens kansli") is the reporting relation's own.
 * Asked only with words for the minutes themselves.
 */
export function minutesKeptByGroup(a: QuestionAnalysis, asked: RelationAsked, subjectId: string, byId: ReadonlyMap<string, GroupRecord>, bodiesIn: BodiesIn): { id: string; clause: Clause } | undefined {
  const cues = packedMap([...asked.cues], (i) => a.words[i] ?? "");
  // (the words that send them count with them: "vart skickas anteckningarna?" asks where the minutes go)
  if (asked.relation !== "reports" || !cues.some(speaksOfMinutes) || !cues.every((w) => speaksOfMinutes(w) || SENDS.test(w))) return undefined;
  const g = byId.get(subjectId);
  if (!g?.document) return undefined;
  const kind = g.kindId ? byId.get(g.kindId) : undefined;
  const clause = minutesClauseOf(g) ?? minutesClauseOf(kind);
  if (!clause) return undefined;
  const own = new Set([g.id, ...(kind ? [kind.id] : [])]);
  const sendsOn = sentences(clause.text).some((x) => speaksOfMinutes(foldClause(x)) && bodiesIn(x, g.organizationId).some((b) => !own.has(b.id)));
  return sendsOn ? undefined : { id: g.id, clause };
}

/** The first clause of an entry's own mandate that speaks of minutes. */
function minutesClauseOf(e: GroupRecord | undefined): Clause | undefined {
  return e ? clausesOf(e).find((c) => speaksOfMinutes(foldClause(c.clause.text)))?.clause : undefined;
}

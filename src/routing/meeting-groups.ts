/**
 * The groups whose mandates set how often they meet (002 "Samverkansgruppen träffas 3–4 gånger per termin", 003
 * "Mötesfrekvens: 4 – 8 ggr/år"): what "Hur många möten brukar gruppen ha?" may be asking of, when no group is named and
 * no organisation is known. A concrete group of a kind the catalog holds counts as its kind (its meetings are the
 * kind's clause, 004 keeping 003's frequency). Read once per catalog.
 */
import type { GroupRecord } from "../catalog/schema";
import type { QuestionAnalysis } from "./analyze";
import type { AnswerBuilder } from "./answers";
import { answerOfGroup } from "./relation-answer";
import type { RelationAsked } from "./relation-detect";
import type { RelationAnswerer } from "./relations";
import { noAnswer, type RouteResult } from "./types";

const memo = new WeakMap<ReadonlyMap<string, GroupRecord>, readonly string[]>();

export function meetingGroups(byId: ReadonlyMap<string, GroupRecord>): readonly string[] {
  let ids = memo.get(byId);
  if (!ids) {
    const found = new Set<string>();
    for (const g of byId.values()) if (g.meetingFrequency) found.add(g.kindId && byId.has(g.kindId) ? g.kindId : g.id);
    memo.set(byId, (ids = [...found]));
  }
  return ids;
}

/** What a meeting question is read against: the catalog's relation answerer and groups, and what the question asks. */
export interface MeetingAsk {
  readonly relations: RelationAnswerer;
  readonly answers: AnswerBuilder;
  readonly byId: ReadonlyMap<string, GroupRecord>;
  readonly asked: RelationAsked;
  readonly a: QuestionAnalysis;
  readonly excludedIds: ReadonlySet<string>;
}

const answerFor = (m: MeetingAsk, id: string) => answerOfGroup(m.relations, m.answers, m.asked, id, m.a, m.excludedIds);

/**
 * "Vi vill träffas oftare. Vem ska vi stämma av det med?": whom a group agrees its meetings with, asked of no named
 * group: the one party the meeting clauses of the catalog name (004 "Mötesfrekvensen kan anpassas … i dialog med
 * kontaktperson"), when they name exactly one — the groups that hold their meetings as they see fit name none. With the
 * organisation known, only its groups' clauses; with a kind named ("i rådet" in VGR), only the clauses of that kind's
 * groups (004 speaks of "aktuellt samordningsråd", any råd of the kind).
 */
export function meetingPartner(m: MeetingAsk, orgId: string | undefined, kindId?: string): { result: RouteResult; subject: string } | undefined {
  const found = new Map<string, { result: RouteResult; subject: string }>();
  for (const g of m.byId.values()) {
    if (!g.meetingFrequency || (orgId && g.organizationId !== orgId) || (kindId && g.id !== kindId && g.kindId !== kindId)) continue;
    const r = answerFor(m, g.id);
    const p = r?.result.owner?.id;
    if (r && p && p !== g.id && p !== g.kindId) found.set(p, r);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * "Hur många möten brukar gruppen ha?", no group named, no organisation known: each group whose mandate sets its
 * meetings, as a candidate citing its meeting clause (the card shows what each says), when they are of more than one
 * organisation.
 */
export function meetingChoice(m: MeetingAsk): RouteResult | undefined {
  const ids = meetingGroups(m.byId);
  if (new Set(ids.map((id) => m.byId.get(id)?.organizationId)).size < 2) return undefined;
  const citations = ids.flatMap((id) => answerFor(m, id)?.result.citations.slice(0, 1) ?? []);
  return { ...noAnswer(), status: "ambiguous", confidence: 0.3, citations: citations.slice(0, 3), candidates: ids.map((id) => m.answers.candidate(id, 1)) };
}

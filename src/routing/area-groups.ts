/**
 * A group described by its speciality ("vår specialitetsgrupp", "samverkansgruppen för en specialitet", "den grupp där
 * cheferna samordnar vår specialitet") is a group of a kind that exists once per care area — Mellansverige's
 * verksamhetschefsgrupper (000: "Ledningsgruppen beslutar om vilka verksamhetschefsgrupper som skall verka"), VGR's
 * samordningsråd (003: "Ansvarsområde: xxx") — never a group the organisation has only one of (001's ledningsgrupp).
 * With the organisation known, the party those groups' mandates name answers.
 */
import type { GroupRecord } from "../catalog/schema";
import type { AnswerBuilder } from "./answers";
import type { QuestionAnalysis } from "./analyze";
import { answerOfDescribedGroup, answerOfEveryGroup } from "./relation-answer";
import type { RelationAnswerer, RelationAsked } from "./relations";
import type { RouteResult } from "./types";

/** Words (folded) for a medical speciality or care area as such, and compounds that start with them ("specialitetsgrupp"). */
const SPECIALITY = /^(specialitet|speciality|specialities|specialty|specialties|vardomrade)/;

/** The question speaks of a speciality: the word itself, or a care area of the lexicon. */
export function speaksOfSpeciality(a: QuestionAnalysis, areaConcepts: ReadonlySet<string>): boolean {
  return a.words.some((w) => SPECIALITY.test(w)) || a.tokens.some((t) => t.terms.some((x) => areaConcepts.has(x.term)));
}

/** The relation asked of the organisation's groups that exist per care area (kinds and their concrete groups). */
export function answerOfAreaGroups(
  relations: RelationAnswerer,
  answers: AnswerBuilder,
  asked: RelationAsked,
  groupIds: readonly string[],
  a: QuestionAnalysis,
  excludedIds: ReadonlySet<string>,
): { result: RouteResult; subject: string } | undefined {
  const perArea = groupIds.filter((id) => {
    const e: GroupRecord | undefined = answers.byId.get(id);
    return !!e && (e.entryType === "kind" || !!e.kindId);
  });
  if (!perArea.length || perArea.length === groupIds.length) return undefined;
  if (perArea.length === 1) return answerOfDescribedGroup(relations, answers, asked, perArea[0]!, a, excludedIds);
  return answerOfEveryGroup(relations, answers, asked, perArea, a, excludedIds);
}

/** Words between "för" and the area it names ("för en viss specialitet", "för vår specialitet", "för hela ortopedin"). */
const BEFORE_AREA = new Set(["en", "ett", "den", "det", "de", "viss", "visst", "vissa", "var", "vart", "vara", "min", "mitt", "mina", "hela", "sin", "sitt", "sina", "the", "a", "an", "one", "our", "my", "each", "every"]);

/**
 * "samverkansgruppen för ortopedi", "en samverkansgrupp för en viss specialitet": the words of a group's name followed
 * by "för" and a care area or a speciality speak of a group of that area — of a kind that exists once per care area
 * (verksamhetschefsgrupper, samordningsråd) — not of the group whose name ends in those words (002's "samverkansgrupp
 * för hälso- och sjukvårdsfrågor" is one group for health care as a whole, whose name goes on with its own "för").
 * `end`: the position (in words) of the name's last word.
 */
export function groupOfAreaAfter(a: QuestionAnalysis, end: number, areaConcepts: ReadonlySet<string>): boolean {
  if (a.words[end + 1] !== "for") return false;
  let j = end + 2;
  while (j < a.words.length && BEFORE_AREA.has(a.words[j]!)) j++;
  const w = a.words[j];
  if (w === undefined) return false;
  if (SPECIALITY.test(w)) return true;
  const t = a.tokens.find((x) => x.at === j);
  return !!t && t.terms.some((x) => areaConcepts.has(x.term));
}

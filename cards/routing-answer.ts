import { z } from "zod";
import template from "./routing-answer.json";
import { escapeInput, escapeText, renderTemplate, truncate } from "./render";
import type { Catalog, GroupRecord } from "../src/catalog/schema";
import { chairClauseOf, entryById } from "../src/catalog/lookup";
import type { Language } from "../src/domain/language";
import type { Messages } from "../src/i18n";
import type { RouteDetail } from "../src/routing/router";
import { packedMap } from "../src/routing/packed";

/** Display text only; the builder below escapes anything that came from a user or a document. */
export const RoutingAnswerCardSchema = z.object({
  lang: z.enum(["sv", "en"]),
  /** The question, carried in every action's data so a click needs no stored copy of it. */
  question: z.string().max(500),
  heading: z.string().min(1),
  owner: z.string(),
  ownerOrganization: z.string(),
  explanation: z.string().min(1),
  citations: z.array(z.object({ section: z.string().min(1), text: z.string().min(1) })).max(3),
  /** Kind-only and escalation remarks. */
  note: z.string(),
  facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })),
  nextStep: z.string(),
  /** "Anmäl ärende till …": opens the agenda form for the owner (agenda.form); the question prefills it. */
  submit: z.object({ title: z.string().min(1), groupId: z.string().min(1), question: z.string().max(500) }).nullable(),
  /** Candidate groups of an ambiguous answer (or concrete groups of a kind): the question answered for that one.
   * Shown as a list of rows (full names wrap), not as buttons (Teams cuts a long button title). */
  choices: z.array(z.object({ title: z.string().min(1), subtitle: z.string(), groupId: z.string(), organizationId: z.string() })).max(6),
  /** The organisation assumed, and where it came from. */
  organizationLine: z.string(),
  /** The other organisations: the question answered again for one of them, in one click. */
  organizations: z.array(z.object({ title: z.string().min(1), organizationId: z.string().min(1) })).max(6),
  /** "Fel grupp?": a ShowCard with its own group choice and submit; absent when no mandate covers the question. */
  feedback: z
    .object({
      title: z.string().min(1),
      label: z.string(),
      required: z.string(),
      commentLabel: z.string(),
      send: z.string(),
      groups: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).max(100),
      status: z.string(),
      ownerId: z.string(),
      /** Comma-separated candidate ids (card data is flat). */
      candidateIds: z.string().max(2000),
      organizationId: z.string(),
    })
    .nullable(),
});
export type RoutingAnswerCardData = z.infer<typeof RoutingAnswerCardSchema>;

export const renderRoutingAnswerCard = (data: RoutingAnswerCardData) => renderTemplate(template, RoutingAnswerCardSchema, data);

/** What the agenda knows about the owner: its next meeting (with the item deadline), if any. */
export interface OwnerAgenda {
  readonly nextMeeting?: { readonly date: string; readonly time: string; readonly itemDeadline: string; readonly late: boolean };
}

export interface AnswerCardInput {
  readonly catalog: Catalog;
  readonly detail: RouteDetail;
  readonly question: string;
  readonly lang: Language;
  readonly t: Messages["answer"];
  readonly ownerAgenda?: OwnerAgenda;
}

const orgName = (catalog: Catalog, id: string | undefined) => catalog.organizations.find((o) => o.id === id)?.name ?? id ?? "";
/** The organisation's short name, for buttons. */
const orgShort = (catalog: Catalog, id: string | undefined) => catalog.organizations.find((o) => o.id === id)?.shortName ?? orgName(catalog, id);
const esc = (s: string, n: number) => escapeText(truncate(s, n));
/**
 * Answers that stay "none" in every organisation — one person's own case, a service outside health care, a political
 * matter, an organisation the catalog does not cover — offer no organisation to answer for.
 */
const NO_ORGANIZATION_CHOICE: ReadonlySet<string> = new Set(["own-case", "not-care", "political", "outside"]);

/** "Fel grupp?"'s list: the same for every answer from one catalog, so built once per catalog (frozen: shared). */
const choicesOf = new WeakMap<Catalog, readonly { title: string; value: string }[]>();
function groupChoices(catalog: Catalog): { title: string; value: string }[] {
  let choices = choicesOf.get(catalog);
  if (!choices) {
    choices = Object.freeze(
      catalog.entries
        .filter((e) => e.entryType !== "referenced")
        .slice(0, 100)
        .map((e) => Object.freeze({ title: truncate(`${e.name} (${orgName(catalog, e.organizationId)})`, 120), value: e.id })),
    );
    choicesOf.set(catalog, choices);
  }
  return choices as { title: string; value: string }[];
}

function factsOf(catalog: Catalog, owner: GroupRecord | undefined, input: AnswerCardInput) {
  const { t, detail } = input;
  const facts: { title: string; value: string | undefined }[] = [];
  if (owner && detail.analysis.reason !== "relation") {
    const refName = (ref: GroupRecord["commissioner"]) => (ref ? (entryById(catalog, ref.targetId)?.name ?? ref.text) : undefined);
    facts.push({ title: t.commissioner, value: refName(owner.commissioner) });
    facts.push({ title: t.parent, value: refName(owner.parent) });
    const next = input.ownerAgenda?.nextMeeting;
    if (next) facts.push({ title: t.nextMeeting, value: t.nextMeetingValue(next.date, next.time, next.itemDeadline, next.late) });
  }
  if (detail.result.escalation && detail.result.status === "owner") facts.push({ title: t.escalation, value: detail.result.escalation.to.name });
  return packedMap(facts.filter((f): f is { title: string; value: string } => !!f.value), (f) => ({ title: f.title, value: esc(f.value, 300) }));
}

function explanationOf(input: AnswerCardInput): { heading: string; explanation: string } {
  const { t, detail } = input;
  const r = detail.result;
  const a = detail.analysis;
  // The quote under the explanation is headed by its group and section (in the mandate's language), so
  // the sentence does not name the section again (an English card said "the mandate says (Deltagare):").
  if (r.status === "owner") {
    if (a.reason === "relation") return { heading: t.headingRelation, explanation: t.explanationRelation };
    // a kind of group is a template, not a group that owns anything itself: say so (the note lists its groups)
    if (a.ownerIs === "kind") return { heading: t.headingKind, explanation: a.reason === "boundary" ? t.explanationBoundary : t.explanationOwner };
    // a post (a person's role) owns it: not "this group", which the next step then contradicts ("a post, not a group")
    const heading = a.ownerIs === "role" ? t.headingRole : t.headingOwner;
    if (a.reason === "boundary") return { heading, explanation: t.explanationBoundary };
    if (a.reason === "actor") return { heading, explanation: t.explanationActor };
    // who leads a group whose mandate names no chair but says how one is appointed: the chair leads it (router.ts ledByItsChair)
    if (a.reason === "relation-unknown" && a.subject && a.asks === "leads" && !!chairClauseOf((id) => entryById(input.catalog, id), a.subject.id))
      return { heading: t.headingLedByChair, explanation: t.explanationLedByChair(escapeText(a.subject.name)) };
    // the group itself where no clause says (its agenda, meetings, minutes): no claim that its mandate covers the question
    if (a.reason === "relation-unknown" && a.subject && a.asks && a.asks !== "topic")
      return { heading: t.headingOwnMatter, explanation: t.explanationOwnMatter(escapeText(a.subject.name), t.ownMatterAsked[a.asks] ?? t.relationAsked[a.asks]) };
    return { heading, explanation: t.explanationOwner };
  }
  // a relation no clause settles: say which relation was not found, for whom (not "several groups fit")
  if (r.status === "ambiguous" && a.reason === "relation-unsure" && a.subject && a.asks !== "topic")
    return { heading: t.headingRelationUnsure, explanation: t.explanationRelationUnsure(escapeText(a.subject.name), t.relationAsked[a.asks]) };
  if (r.status === "ambiguous") return a.askOrganization ? { heading: t.headingAmbiguousOrg, explanation: t.explanationAmbiguousOrg } : { heading: t.headingAmbiguous, explanation: t.explanationAmbiguous };
  if (a.reason === "own-case") return { heading: t.headingNone, explanation: t.explanationOwnCase };
  if (a.reason === "not-care") return { heading: t.headingNone, explanation: t.explanationNotCare };
  if (a.reason === "political") return { heading: t.headingNone, explanation: t.explanationPolitical };
  // an organisation the catalog does not cover (another region, another sjukvårdsregion): say which ones it does
  if (a.reason === "outside") {
    const names = packedMap(input.catalog.organizations, (o) => escapeText(orgShort(input.catalog, o.id)));
    return { heading: t.headingNone, explanation: t.explanationOutside(new Intl.ListFormat(input.lang, { type: "conjunction" }).format(names)) };
  }
  // a body the mandates name but none describes (Chefsforum): they cannot say who sits in it or leads it
  if ((a.reason === "relation-unknown" || a.reason === "name") && a.subject && !entryById(input.catalog, a.subject.id)?.document)
    return { heading: t.headingNone, explanation: t.explanationNoMandate(escapeText(a.subject.name)) };
  if (a.reason === "relation-unknown" && a.subject) return { heading: t.headingNone, explanation: t.explanationRelationUnknown(escapeText(a.subject.name)) };
  return { heading: t.headingNone, explanation: r.escalation ? t.explanationNoneNear : t.explanationNone };
}

/** A kind of group answered: it is a template; its concrete groups (those the router named, else all in the catalog). */
function kindNote(catalog: Catalog, owner: GroupRecord | undefined, input: AnswerCardInput): { note: string; groups: { id: string; name: string }[] } {
  const { t, detail } = input;
  const kind = detail.analysis.kindOnly;
  if (kind) return { note: `${t.kindOnly(escapeText(kind.kind.name))}${kind.groups.length ? ` ${t.kindGroups(escapeText(packedMap(kind.groups, (g) => g.name).join(", ")))}` : ""}`, groups: kind.groups };
  if (detail.result.status !== "owner" || !owner || owner.entryType !== "kind") return { note: "", groups: [] };
  const groups = packedMap(catalog.entries.filter((e) => e.kindId === owner.id && e.entryType === "group"), (e) => ({ id: e.id, name: e.name }));
  const list = groups.length ? t.kindGroups(escapeText(packedMap(groups, (g) => g.name).join(", "))) : t.kindNoGroups;
  return { note: `${t.kindIsTemplate(escapeText(owner.name))} ${list}`, groups };
}

/**
 * Whom to turn to: a group's chair or secretary; a post's holder (a post has no chair); another body itself (a
 * kansli or a board named in a mandate has no chair or secretary in the catalog); a kind's groups (in the note).
 */
function nextStepOf(r: RouteDetail["result"], a: RouteDetail["analysis"], t: Messages["answer"]): string {
  if (r.status !== "owner" || !r.owner || a.ownerIs === "kind") return "";
  const name = escapeText(r.owner.name);
  return a.ownerIs === "role" ? t.nextStepRole(name) : a.ownerIs === "body" ? t.nextStepBody(name) : t.nextStepOwner(name);
}

/**
 * The reply's plain-text summary: what a chat list, a notification or a screen reader shows instead of
 * "Sent a card" — the heading and, for an answer, the group it names (plain text: no Markdown escapes).
 */
export function routingAnswerSummary(input: AnswerCardInput): string {
  const { heading } = explanationOf(input);
  const owner = input.detail.result.status === "owner" ? input.detail.result.owner?.name : undefined;
  return truncate(owner ? `${heading}: ${owner}` : heading, 200);
}

/** The answer card's data: what the router found, the organisation it assumed, and the next steps. */
export function routingAnswerCardData(input: AnswerCardInput): RoutingAnswerCardData {
  const { catalog, detail, t, lang } = input;
  const r = detail.result;
  const a = detail.analysis;
  const owner = entryById(catalog, r.owner?.id);
  // the question travels in the actions' data (never shown): markup characters have no place in it
  const question = escapeInput(truncate(input.question.replace(/[<>]/g, " "), 500));
  const { heading, explanation } = explanationOf(input);
  // a clause is quoted once: candidates sharing a mandate (a kind and its instance) cite the same one
  const quoted = packedMap(r.citations, (c) => ({ section: esc(`${entryById(catalog, c.groupId)?.name ?? c.groupId} — ${c.section}`, 200), text: esc(c.text, 600) }));
  const citations = quoted.filter((c, i) => quoted.findIndex((d) => d.section === c.section && d.text === c.text) === i).slice(0, r.status === "owner" ? 2 : 3);
  if (r.status === "none" && r.escalation) citations.push({ section: esc(`${r.escalation.to.name} — ${r.escalation.section}`, 200), text: esc(r.escalation.text, 600) });
  const { note, groups } = kindNote(catalog, owner, input);
  const row = (id: string, name: string) => ({ title: truncate(name, 120), subtitle: escapeText(orgShort(catalog, entryById(catalog, id)?.organizationId)), groupId: id, organizationId: "" });
  let choices: RoutingAnswerCardData["choices"] = [];
  if (r.status === "ambiguous" && !a.askOrganization) choices = packedMap(r.candidates, (c) => row(c.id, c.name));
  else if (groups.length) choices = packedMap(groups, (g) => row(g.id, g.name));
  const used = a.organization?.id;
  // no organisation buttons to press in vain (NO_ORGANIZATION_CHOICE), and an organisation named in the question — by
  // its name or by a group only it has ("VCG", "Chefsforum") — wins over a pick (src/routing/organizations.ts)
  const named = a.organization?.source === "question" || !!a.organization?.settled;
  const orgIds = NO_ORGANIZATION_CHOICE.has(a.reason) || named ? [] : a.askOrganization ? [...new Set(packedMap(r.candidates, (c) => entryById(catalog, c.id)?.organizationId).filter((x): x is string => !!x))] : packedMap(catalog.organizations, (o) => o.id).filter((id) => id !== used);
  // said whenever an organisation could be chosen, and always when the question named it (no buttons then)
  const organizationLine = orgIds.length === 0 && !named && a.organization?.source !== "subject" ? "" : a.organization ? `${t.organization}: ${escapeText(a.organization.name)} (${t.organizationFrom[a.organization.source]})` : `${t.organization}: ${t.organizationNone}`;
  return {
    lang,
    question,
    heading,
    owner: r.owner ? escapeText(r.owner.name) : "",
    ownerOrganization: r.owner ? escapeText(r.owner.organization) : "",
    explanation,
    citations: citations.slice(0, 3),
    note,
    facts: factsOf(catalog, owner, input),
    nextStep: nextStepOf(r, a, t),
    // items go to concrete groups (not kinds of group); the button only appears where agenda items can exist
    submit: r.status === "owner" && owner && owner.entryType === "group" ? { title: t.submit, groupId: owner.id, question } : null,
    choices: choices.slice(0, 6),
    organizationLine,
    organizations: packedMap(orgIds.slice(0, 6), (id) => ({ title: truncate(a.askOrganization ? orgShort(catalog, id) : t.askIn(orgShort(catalog, id)), 40), organizationId: id })),
    // "wrong group" makes no sense where no mandate covers the question
    feedback:
      r.status === "none"
        ? null
        : {
            title: t.wrongGroup,
            label: t.feedbackLabel,
            required: t.feedbackRequired,
            commentLabel: t.commentLabel,
            send: t.sendFeedback,
            groups: groupChoices(catalog),
            status: r.status,
            ownerId: r.owner?.id ?? "",
            candidateIds: packedMap(r.candidates, (c) => c.id).join(",").slice(0, 2000),
            organizationId: used ?? "",
          },
  };
}

import { z } from "zod";
import template from "./agenda-triage.json";
import { escapeText, renderTemplate, truncate, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";
import { IdSchema } from "../src/domain/ids";
import { LanguageSchema, type Language } from "../src/domain/language";
import { TriageActionSchema, type AgendaItem } from "../src/agenda/schema";
import type { TriageView } from "../src/agenda/views";
import type { Messages } from "../src/i18n";

/**
 * The card of an agenda item: the triage card the group acts on, and the submitter's receipt (which
 * follows the item's state). Its version is the item's revision (in every action's data), never the
 * Cosmos ETag; the server re-checks the actor's role and the revision on each Action.Execute.
 */
export const AgendaTriageCardSchema = z.object({
  lang: LanguageSchema,
  heading: z.string(),
  title: z.string().min(1),
  facts: z.array(z.object({ title: z.string(), value: z.string() })),
  description: z.string(),
  links: z.array(z.string()),
  status: z.string(),
  statusColor: z.enum(["Good", "Accent", "Default"]),
  /** The receipt: what happens next ("" for none). */
  next: z.string().default(""),
  groupId: z.string().min(1),
  itemId: z.string().min(1),
  revision: z.number().int().min(1),
  canTriage: z.boolean(),
  canReopen: z.boolean(),
  /** The submitter's receipt: edit or withdraw while untriaged. */
  canWithdraw: z.boolean().default(false),
  acceptMeetings: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  laterMeetings: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  groups: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  labels: z.object({
    accept: z.string(),
    defer: z.string(),
    reject: z.string(),
    reason: z.string(),
    reasonMissing: z.string(),
    reopen: z.string(),
    withdraw: z.string(),
    edit: z.string(),
    acceptTo: z.string(),
    deferTo: z.string(),
    nextMeeting: z.string(),
    redirect: z.string(),
    redirectTo: z.string(),
    redirectMissing: z.string(),
  }),
});
export type AgendaTriageCardData = z.input<typeof AgendaTriageCardSchema>;

/** A revision from card data: a whole number, or its digits (templating makes every value a string). */
export const RevisionSchema = z.union([z.number(), z.string().regex(/^\d{1,9}$/).transform(Number)]).pipe(z.number().int().min(1));

/** "next" in a meeting picker: the service's default (the meeting after the item's, or the next one). */
const NEXT = "next";
const MeetingChoice = z.union([IdSchema, z.literal(NEXT), z.literal("")]).optional();

/** agenda.triage: the item, the revision seen, the action, and the inputs of the action's own ShowCard. */
export const TriageDataSchema = z.object({
  groupId: IdSchema,
  itemId: IdSchema,
  revision: RevisionSchema,
  action: TriageActionSchema,
  lang: LanguageSchema.optional(),
  reason: z.string().max(1000).optional(),
  /** defer: the later meeting picked on the card. */
  meetingId: MeetingChoice,
  /** accept: the meeting picked on the card (an input id of its own: ids are unique per card). */
  acceptMeetingId: MeetingChoice,
  toGroupId: z.union([IdSchema, z.literal("")]).optional(),
});
export type TriageData = z.infer<typeof TriageDataSchema>;

/** The meeting a triage click asks for: the accept or defer picker's choice ("next" or none: the default). */
export function chosenMeeting(d: TriageData): string | undefined {
  const m = d.action === "accept" ? (d.acceptMeetingId ?? d.meetingId) : d.action === "defer" ? d.meetingId : undefined;
  return m && m !== NEXT ? m : undefined;
}

/** agenda.withdraw / agenda.editForm / agenda.refresh: a pointer to the item (and the revision seen). */
export const ItemRefDataSchema = z.object({
  groupId: IdSchema,
  itemId: IdSchema,
  revision: RevisionSchema,
  lang: LanguageSchema.optional(),
});
export const RefreshDataSchema = ItemRefDataSchema.omit({ revision: true });

const meetingLabel = (t: Messages, m: { date: string; time: string; place?: string }) => `${t.agenda.localDate(`${m.date} ${m.time}`)}${m.place ? `, ${escapeText(truncate(m.place, 60))}` : ""}`;

function statusOf(item: AgendaItem, t: Messages): { status: string; color: "Good" | "Accent" | "Default" } {
  const tr = t.agenda.triage;
  const by = escapeText(item.triage?.by.name || item.triage?.by.userId || "");
  switch (item.status) {
    case "submitted":
      return { status: tr.status.submitted, color: "Accent" };
    case "accepted":
      return { status: tr.status.accepted(by), color: "Good" };
    case "rejected":
      return { status: tr.status.rejected(by, escapeText(item.triage?.reason ?? "")), color: "Default" };
    case "withdrawn":
      return { status: tr.status.withdrawn, color: "Default" };
    default:
      return { status: tr.status[item.status](by), color: "Accent" };
  }
}

/** Late for its meeting (the kind fact says so) or moved on to the next meeting (the line below the status says which). */
const timingOf = (view: TriageView) => view.timing ?? (view.item.late ? "late" : "onTime");

/** "Beslut", "Beslut, sent anmält", "Beslut, sent anmält, väcks på mötet". */
function kindValue(view: TriageView, t: Messages): string {
  const { item } = view;
  if (timingOf(view) !== "late") return t.agenda.kindLabel[item.kind];
  return [t.agenda.kindLabel[item.kind], t.agenda.late, ...(item.raiseAtMeeting ? [t.agenda.kallelse.raiseAtMeeting] : [])].join(", ");
}

/** The line below the status: which meeting an untriaged item goes to when it missed the nearest one; the receipt's next step after triage. */
function nextOf(view: TriageView, t: Messages): string {
  const { item, meeting } = view;
  const n = t.agenda.triage.next;
  if (item.status === "submitted" && meeting && timingOf(view) === "movedOn") return t.agenda.triage.movedOn(`${meeting.date} ${meeting.time}`);
  if (!view.viewer.isSubmitter) return "";
  if (item.status === "accepted" && meeting) return n.accepted(`${meeting.date} ${meeting.time}`);
  if (item.status === "deferred") return n.deferred(meeting ? `${meeting.date} ${meeting.time}` : "");
  if (item.status === "redirected" && item.triage?.toGroupId) return n.redirected(escapeText(view.redirectedTo ?? item.triage.toGroupId));
  return "";
}

/** The item's card for a view, in a language. The receipt carries a refresh for its submitter. */
export function triageCard(view: TriageView, t: Messages, lang: Language): AdaptiveCard {
  const tr = t.agenda.triage;
  const { item, viewer } = view;
  const { status, color } = statusOf(item, t);
  const mayAct = viewer.mayTriage;
  const next = { title: tr.labels.nextMeeting, value: NEXT };
  const card = renderTemplate(template, AgendaTriageCardSchema, {
    lang,
    heading: tr.heading(escapeText(view.groupName)),
    title: escapeText(item.title),
    facts: [
      { title: tr.facts.kind, value: kindValue(view, t) },
      { title: tr.facts.submitter, value: item.submitter.name?.trim() ? escapeText(item.submitter.name) : tr.unknownSubmitter },
      { title: tr.facts.submitted, value: tr.submittedAt(item.submittedAt, view.timeZone ?? "Europe/Stockholm") },
      // A meeting no longer found reads as "no meeting planned", never its raw id.
      { title: tr.facts.meeting, value: view.meeting ? t.agenda.localDate(`${view.meeting.date} ${view.meeting.time}`) : tr.noMeeting },
    ],
    description: escapeText(truncate(item.description, 1500)),
    links: item.links.map((l) => escapeText(l)),
    status,
    statusColor: color,
    next: nextOf(view, t),
    groupId: item.groupId,
    itemId: item.id,
    revision: item.revision,
    canTriage: mayAct && (item.status === "submitted" || item.status === "deferred"),
    canReopen: mayAct && ["accepted", "deferred", "redirected", "rejected"].includes(item.status),
    canWithdraw: viewer.isSubmitter && item.status === "submitted",
    // An empty picker would be an invalid input: "next meeting" stands in (the service's default).
    acceptMeetings: view.acceptMeetings.length ? view.acceptMeetings.map((m) => ({ title: meetingLabel(t, m), value: m.id })) : [next],
    laterMeetings: view.laterMeetings.length ? view.laterMeetings.map((m) => ({ title: meetingLabel(t, m), value: m.id })) : [next],
    groups: view.groups.map((g) => ({ title: escapeText(truncate(g.name, 90)), value: g.id })),
    labels: tr.labels,
  });
  // Templating turns every value into a string; the revision goes back as a number.
  const out = JSON.parse(JSON.stringify(card).replace(/"revision":"(\d+)"/g, '"revision":$1')) as AdaptiveCard & { refresh?: unknown };
  const teamsId = item.submitter.teamsId;
  // Universal Actions refresh: Teams asks for the current card when the submitter views it.
  if (viewer.isSubmitter && teamsId) {
    out.refresh = { action: { type: "Action.Execute", verb: VERBS.agendaRefresh, data: { groupId: item.groupId, itemId: item.id, lang } }, userIds: [teamsId] };
  }
  return out;
}

import type { Messages } from "../src/i18n";
import { localDateTime } from "../src/minutes/time";
import type { MinutesView, MinutesViewer } from "../src/minutes/ports";
import { versionLabel, type Approver, type Identity, type Minutes, type MinutesItem } from "../src/minutes/schema";
import { renderMinutesCard, type MinutesCardData } from "./minutes-approval";
import { escapeText as e, truncate, type AdaptiveCard } from "./render";

export type { MinutesViewer };

/** How a notice above the card reads: a success, plain information, or a refusal (the only red). */
export type NoticeTone = "success" | "info" | "refusal";

export interface MinutesCardOptions {
  /** Show this item's discussion. */
  readonly expandItem?: number;
  /** A line above the card (what just happened, or why an action was refused). */
  readonly notice?: string;
  readonly tone?: NoticeTone;
  readonly timeZone: string;
  /** Keep the refresh section (cards posted or returned in Teams). */
  readonly refresh?: boolean;
}

/** "2026-11-23 14:05" in the time zone. */
export const localTime = localDateTime;

const TONE = { success: "Good", info: "Default", refusal: "Attention" } as const;

const approvedBy = (m: Minutes, key: string) => m.approvals.find((a) => a.key === key && a.version === m.version);

/** A person as a card names them: their name, never an Entra object id. */
export function nameOf(view: Pick<MinutesView, "names">, who: Identity | undefined, key: string | undefined, t: Messages): string {
  const name = who?.name || (key ? view.names[key] : undefined) || (who ? view.names[who.userId] : undefined);
  // Older entries may name a person by id only: show the name the minutes know, else no id at all.
  if (name) return e(name);
  return who?.via === "cli" ? t.minutes.viaCli : t.minutes.someone;
}

/** An approver's name; a role holder stored without one is never shown by their id. */
const approverName = (a: Approver, t: Messages) => (a.name && a.name !== a.key ? e(a.name) : t.minutes.someone);

function statusOf(m: Minutes, t: Messages, timeZone: string): string {
  const tm = t.minutes;
  if (m.status === "approved") return tm.status.approved(localTime(m.approvedAt ?? m.updatedAt, timeZone));
  if (m.status === "requested") return tm.status.requested(m.approvers.filter((a) => approvedBy(m, a.key)).length, m.approvers.length);
  return tm.status.draft;
}

function hintOf(m: Minutes, viewer: MinutesViewer, t: Messages): string {
  const h = t.minutes.hint;
  if (m.status === "approved") return "";
  if (viewer.kind === "approver" && m.status === "requested") return approvedBy(m, viewer.approver.key) ? h.approvedByYou : h.approver;
  if (viewer.kind === "secretary" && m.status === "draft") return h.secretary;
  if (viewer.kind === "secretary" && m.status === "requested") return h.secretaryRequested;
  return h.reader;
}

function itemOf(i: MinutesItem, expandItem: number | undefined, canEdit: boolean, t: Messages) {
  const tm = t.minutes;
  const expanded = expandItem === i.no;
  const meta = (responsible?: string, due?: string) => {
    const parts = [...(responsible ? [`${tm.responsible}: ${e(responsible)}`] : []), ...(due ? [`${tm.due}: ${tm.localDate(due)}`] : [])];
    return parts.length ? ` (${parts.join(", ")})` : "";
  };
  return {
    no: i.no,
    heading: `§ ${i.no} ${e(i.title)}`,
    decision: i.decision ? `**${tm.decision}:** ${e(i.decision)}${meta(i.responsible, i.due)}` : "",
    actions: i.actions.map((a) => `- ${tm.action}: ${e(a.text)}${meta(a.responsible, a.due)}`).join("\n"),
    expanded,
    discussionTitle: expanded ? tm.discussionOf(i.no, e(i.title)) : "",
    discussion: expanded ? (i.discussion.trim() ? e(i.discussion) : tm.noDiscussion) : "",
    showLabel: expanded || !i.discussion.trim() ? "" : `${tm.labels.showItem} (§ ${i.no})`,
    editLabel: canEdit ? tm.itemForm.edit(i.no) : "",
  };
}

function approverFacts(view: MinutesView, t: Messages, timeZone: string) {
  const m = view.minutes;
  const notReached = new Set(view.notReached);
  const changed = new Set(m.changeRequests.filter((c) => c.version === m.version).map((c) => c.key));
  return m.approvers.map((a) => {
    const ok = approvedBy(m, a.key);
    const s = t.minutes.approverState;
    const state = ok ? s.approved(localTime(ok.at, timeZone)) : notReached.has(a.key) ? s.notReached : changed.has(a.key) ? s.changes : s.pending;
    return { title: approverName(a, t), value: state };
  });
}

function notesOf(view: MinutesView, t: Messages): string[] {
  const tm = t.minutes;
  const m = view.minutes;
  const notReached = new Set(view.notReached);
  const changes = m.changeRequests.filter((c) => c.version === m.version).slice(-5);
  const recipients = (m.distribution ?? []).map((r) => (r.status === "posted" ? tm.recipientPosted(e(r.name)) : tm.recipientAwaiting(e(r.name))));
  return [
    ...changes.map((c) => tm.changeRequest(nameOf(view, c.by, c.key, t), e(truncate(c.comment, 400)), c.itemNo)),
    ...(notReached.size > 0 ? [tm.notReached(m.approvers.filter((a) => notReached.has(a.key)).map((a) => approverName(a, t)).join(", "))] : []),
    ...(recipients.length > 0 ? [tm.distribution(recipients.join(", "))] : []),
  ];
}

/** The card data of minutes as a viewer may act on them (the viewer is decided by the use case). */
export function minutesCardData(view: MinutesView, viewer: MinutesViewer, t: Messages, o: MinutesCardOptions): MinutesCardData {
  const tm = t.minutes;
  const m = view.minutes;
  const last = m.revisions[m.revisions.length - 1];
  const canEdit = viewer.kind === "secretary" && m.status !== "approved";
  return {
    lang: tm.lang,
    notice: o.notice ?? "",
    noticeColor: TONE[o.tone ?? "info"],
    heading: tm.heading(e(view.groupName), m.meetingDate),
    status: statusOf(m, t, o.timeZone),
    statusColor: m.status === "approved" ? "Good" : m.status === "requested" ? "Accent" : "Default",
    facts: [
      { title: tm.facts.version, value: versionLabel(m) },
      ...(m.dueDate && m.status !== "approved" ? [{ title: tm.facts.due, value: tm.localDate(m.dueDate) }] : []),
      ...(m.content.attendees.length > 0 ? [{ title: tm.facts.attendees, value: e(truncate(m.content.attendees.join(", "), 400)) }] : []),
      ...(last ? [{ title: tm.facts.revised, value: e(truncate(last.reason, 300)) }] : []),
    ],
    hint: hintOf(m, viewer, t),
    items: m.content.items.map((i) => itemOf(i, o.expandItem, canEdit, t)),
    approvers: approverFacts(view, t, o.timeZone),
    notes: notesOf(view, t),
    showHistory: view.audit.length === 0,
    details: view.audit.map((a) => ({ title: tm.localDate(localTime(a.at, o.timeZone)), value: `${nameOf(view, a.actor, undefined, t)}: ${tm.audit[a.action] ?? a.action} (v${a.versionNo} · ${a.version.slice(0, 8)})` })),
    itemChoices: m.content.items.map((i) => ({ title: `§ ${i.no} ${e(truncate(i.title, 60))}`, value: String(i.no) })),
    canApprove: viewer.kind === "approver" && m.status === "requested" && !approvedBy(m, viewer.approver.key),
    canRequest: viewer.kind === "secretary" && m.status === "draft",
    canEdit,
    meetingId: m.meetingId,
    groupId: m.groupId,
    minutesId: m.id,
    version: m.version,
    labels: { ...tm.labels, addItem: tm.itemForm.addItem },
  };
}

/** The card of minutes for a viewer, shortened to fit Teams, refreshing for the approvers with Teams ids. */
export function minutesCard(view: MinutesView, viewer: MinutesViewer, t: Messages, o: MinutesCardOptions): AdaptiveCard {
  const m = view.minutes;
  const userIds = m.approvers.map((a) => a.teamsId).filter((x): x is string => !!x);
  const refresh = o.refresh === false ? undefined : { userIds, groupId: m.groupId, minutesId: m.id };
  return renderMinutesCard(minutesCardData(view, viewer, t, o), refresh, t.minutes.moreItems, t.minutes.truncated);
}

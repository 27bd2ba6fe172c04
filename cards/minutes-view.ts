import type { Payload } from "../src/delivery/model";
import type { Messages } from "../src/i18n";
import type { MinutesRenderer, MinutesView } from "../src/minutes/minutes-service";
import type { RendererDeps } from "../src/renderers";
import { versionLabel, type Approver, type Minutes, type MinutesAudit } from "../src/minutes/schema";
import { renderMinutesCard, type MinutesCardData } from "./minutes-approval";
import { escapeText, type AdaptiveCard } from "./render";

/** Who looks at the card: decides the actions it offers. Never taken from card data. */
export type MinutesViewer =
  | { readonly kind: "approver"; readonly approver: Approver }
  | { readonly kind: "secretary" }
  | { readonly kind: "reader" };

export interface MinutesCardOptions {
  /** Show this item's discussion. */
  readonly expandItem?: number;
  /** A line above the card (e.g. why an action was refused). */
  readonly notice?: string;
  /** Audit entries for the details section (latest shown). */
  readonly audit?: readonly MinutesAudit[];
  readonly timeZone: string;
  /** Keep the refresh section (cards posted or returned in Teams). */
  readonly refresh?: boolean;
}

const CARD = "application/vnd.microsoft.card.adaptive";

/** "2026-11-23 14:05" in the time zone. */
const formats = new Map<string, Intl.DateTimeFormat>();
export function localTime(iso: string, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  const p = f.formatToParts(new Date(iso));
  const g = (t: string) => p.find((x) => x.type === t)?.value ?? "";
  return `${g("year")}-${g("month")}-${g("day")} ${g("hour")}:${g("minute")}`;
}

const approvedBy = (m: Minutes, key: string) => m.approvals.find((a) => a.key === key && a.version === m.version);

/** The card data of minutes as a viewer may act on them. */
export function minutesCard(view: MinutesView, viewer: MinutesViewer, t: Messages, o: MinutesCardOptions): AdaptiveCard {
  const tm = t.minutes;
  const m = view.minutes;
  const e = escapeText;
  const approvedCount = m.approvers.filter((a) => approvedBy(m, a.key)).length;
  const status =
    m.status === "approved" ? tm.status.approved(localTime(m.approvedAt ?? m.updatedAt, o.timeZone)) : m.status === "requested" ? tm.status.requested(approvedCount, m.approvers.length) : tm.status.draft;
  const mine = viewer.kind === "approver" ? approvedBy(m, viewer.approver.key) : undefined;
  const canApprove = viewer.kind === "approver" && m.status === "requested" && !mine;
  const hint =
    m.status === "approved"
      ? ""
      : viewer.kind === "approver" && m.status === "requested"
        ? mine
          ? tm.hint.approvedByYou
          : tm.hint.approver
        : viewer.kind === "secretary" && m.status === "draft"
          ? tm.hint.secretary
          : tm.hint.reader;
  const changes = m.changeRequests.filter((c) => c.version === m.version);
  const notReached = new Set(view.notReached);
  const recent = m.changeRequests.filter((c) => c.version === m.version).map((c) => c.key);
  const data: MinutesCardData = {
    notice: o.notice ?? "",
    heading: tm.heading(e(view.groupName), m.meetingDate),
    status,
    statusColor: m.status === "approved" ? "Good" : m.status === "requested" ? "Accent" : "Default",
    facts: [
      { title: tm.facts.version, value: versionLabel(m) },
      ...(m.dueDate && m.status !== "approved" ? [{ title: tm.facts.due, value: m.dueDate }] : []),
      ...(m.content.attendees.length > 0 ? [{ title: tm.facts.attendees, value: e(cutText(m.content.attendees.join(", "), 400)) }] : []),
      ...(m.revisions.length > 0 ? [{ title: tm.facts.revised, value: e(cutText(m.revisions[m.revisions.length - 1]!.reason, 300)) }] : []),
    ],
    hint,
    items: m.content.items.map((i) => {
      const expanded = o.expandItem === i.no;
      const meta = (responsible?: string, due?: string) => {
        const parts = [...(responsible ? [`${tm.responsible}: ${e(responsible)}`] : []), ...(due ? [`${tm.due}: ${due}`] : [])];
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
        showLabel: expanded || !i.discussion.trim() ? "" : tm.labels.showItem,
      };
    }),
    approvers: m.approvers.map((a) => {
      const ok = approvedBy(m, a.key);
      const state = ok
        ? tm.approverState.approved(localTime(ok.at, o.timeZone))
        : notReached.has(a.key)
          ? tm.approverState.notReached
          : recent.includes(a.key)
            ? tm.approverState.changes
            : tm.approverState.pending;
      return { title: e(a.name), value: state };
    }),
    notes: [
      ...changes.slice(-5).map((c) => tm.changeRequest(e(c.by.name || c.key), e(cutText(c.comment, 400)), c.itemNo)),
      ...(notReached.size > 0 ? [tm.notReached(m.approvers.filter((a) => notReached.has(a.key)).map((a) => e(a.name)).join(", "))] : []),
      ...(m.distribution && m.distribution.length > 0
        ? [tm.distribution(m.distribution.map((r) => (r.status === "posted" ? tm.recipientPosted(e(r.name)) : tm.recipientAwaiting(e(r.name)))).join(", "))]
        : []),
    ],
    details: (o.audit ?? []).slice(-15).map((a) => ({
      title: localTime(a.at, o.timeZone),
      value: `${e(a.actor.name || a.actor.userId)}: ${tm.audit[a.action] ?? a.action} (v${a.versionNo} · ${a.version.slice(0, 8)})`,
    })),
    itemChoices: m.content.items.map((i) => ({ title: `§ ${i.no} ${e(cutText(i.title, 60))}`, value: String(i.no) })),
    canApprove,
    canRequest: viewer.kind === "secretary" && m.status === "draft",
    canEdit: viewer.kind === "secretary" && m.status !== "approved",
    meetingId: m.meetingId,
    groupId: m.groupId,
    minutesId: m.id,
    version: m.version,
    labels: { ...tm.labels, addItem: tm.itemForm.addItem },
  };
  const userIds = m.approvers.map((a) => a.teamsId).filter((x): x is string => !!x);
  return renderMinutesCard(data, o.refresh === false ? undefined : { userIds, groupId: m.groupId, minutesId: m.id }, tm.moreItems, tm.truncated);
}

const cutText = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const cardPayload = (card: AdaptiveCard, text?: string, summary?: string): Payload => ({
  ...(text ? { text } : {}),
  ...(summary ? { summary: summary.slice(0, 200) } : {}),
  attachments: [{ contentType: CARD, content: card }],
});

/**
 * The renderer the minutes service posts with (given at composition for the bot and the CLI). Posts
 * are Swedish, the channel's language, as the other features' proactive posts.
 */
export function minutesRenderer(deps: Pick<RendererDeps, "timeZone" | "minutesAudit">, t: Messages): MinutesRenderer {
  const tz = deps.timeZone;
  const audit = (v: MinutesView) => deps.minutesAudit(v.minutes);
  return {
    async channelCard(v) {
      return cardPayload(minutesCard(v, { kind: "reader" }, t, { timeZone: tz, audit: await audit(v) }), undefined, t.minutes.heading(v.groupName, v.minutes.meetingDate));
    },
    async approverCard(v, approver) {
      return cardPayload(minutesCard(v, { kind: "approver", approver }, t, { timeZone: tz, audit: await audit(v) }), undefined, t.minutes.heading(v.groupName, v.minutes.meetingDate));
    },
    async finalPost(v) {
      const text = t.minutes.finalText(escapeText(v.groupName), v.minutes.meetingDate);
      return cardPayload(minutesCard(v, { kind: "reader" }, t, { timeZone: tz, audit: await audit(v), refresh: false }), text, text);
    },
    async distributionPost(v, recipient) {
      const text = t.minutes.distributionText(escapeText(v.groupName), v.minutes.meetingDate, escapeText(recipient.name));
      return cardPayload(minutesCard(v, { kind: "reader" }, t, { timeZone: tz, refresh: false }), text, text);
    },
    async reminder(v, approver) {
      const text = t.minutes.reminder(escapeText(v.groupName), v.minutes.meetingDate, v.minutes.dueDate ?? "");
      return cardPayload(minutesCard(v, { kind: "approver", approver }, t, { timeZone: tz, audit: await audit(v) }), text, text);
    },
    async changeNotice(v, request) {
      return { text: t.minutes.changeNotice(escapeText(request.by.name || request.key), escapeText(v.groupName), v.minutes.meetingDate, escapeText(request.comment), request.itemNo) };
    },
  };
}

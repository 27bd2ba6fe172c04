import type { Payload } from "../src/delivery/model";
import type { Messages } from "../src/i18n";
import type { MinutesRenderer, MinutesView } from "../src/minutes/ports";
import type { RendererDeps } from "../src/renderers";
import { minutesCard } from "./minutes-view";
import { escapeText, type AdaptiveCard } from "./render";

const CARD = "application/vnd.microsoft.card.adaptive";

const cardPayload = (card: AdaptiveCard, text?: string, summary?: string): Payload => ({
  ...(text ? { text } : {}),
  ...(summary ? { summary: summary.slice(0, 200) } : {}),
  attachments: [{ contentType: CARD, content: card }],
});

/**
 * The renderer the minutes post with (given at composition for the bot and the CLI). Posts are in
 * the channel's language, Swedish, as the other features' proactive posts. An approver's card depends
 * only on whether that approver has approved (the fan-out renders once per state).
 */
export function minutesRenderer(deps: Pick<RendererDeps, "timeZone">, t: Messages): MinutesRenderer {
  const timeZone = deps.timeZone;
  const summary = (v: MinutesView) => t.minutes.heading(v.groupName, v.minutes.meetingDate);
  return {
    async channelCard(v) {
      return cardPayload(minutesCard(v, { kind: "reader" }, t, { timeZone }), undefined, summary(v));
    },
    async approverCard(v, approver) {
      return cardPayload(minutesCard(v, { kind: "approver", approver }, t, { timeZone }), undefined, summary(v));
    },
    async finalPost(v) {
      const text = t.minutes.finalText(escapeText(v.groupName), v.minutes.meetingDate);
      return cardPayload(minutesCard(v, { kind: "reader" }, t, { timeZone, refresh: false }), text, text);
    },
    async distributionPost(v, recipient) {
      const text = t.minutes.distributionText(escapeText(v.groupName), v.minutes.meetingDate, escapeText(recipient.name));
      // The recipients get the minutes, not the group's audit trail.
      return cardPayload(minutesCard({ ...v, audit: [] }, { kind: "reader" }, t, { timeZone, refresh: false }), text, text);
    },
    async reminder(v, approver) {
      const text = t.minutes.reminder(escapeText(v.groupName), v.minutes.meetingDate, v.minutes.dueDate ?? "");
      return cardPayload(minutesCard(v, { kind: "approver", approver }, t, { timeZone }), text, text);
    },
    async changeNotice(v, request) {
      const who = request.by.name || v.names[request.key] || t.minutes.someone;
      return { text: t.minutes.changeNotice(escapeText(who), escapeText(v.groupName), v.minutes.meetingDate, escapeText(request.comment), request.itemNo) };
    },
  };
}

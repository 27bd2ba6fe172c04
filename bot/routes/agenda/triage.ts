import type { Services } from "../../../src/services";
import { TriageDataSchema, chosenMeeting, triageCard } from "../../../cards/agenda-triage";
import { VERBS } from "../../../cards/verbs";
import type { BotApp } from "../../app";
import { onCardAction } from "../../card-data";
import { reply } from "../../invoke-response";
import { refusal } from "./edge";

/**
 * Triage from a card. The role (chair, vice chair, secretary or administrator) and the revision are
 * checked by the use case from the actor, never from card data; it also posts what follows (the other
 * copies of the card, the receipt, the submitter's notice, a redirected item's triage card).
 */
export function register(app: BotApp, services: Services): void {
  onCardAction(app, services, VERBS.agendaTriage, TriageDataSchema, async (d, { lang, t, actor }) => {
    const meetingId = chosenMeeting(d);
    const r = await services.agenda.triage(actor, {
      groupId: d.groupId,
      itemId: d.itemId,
      revision: d.revision,
      action: d.action,
      ...(meetingId ? { meetingId } : {}),
      ...(d.toGroupId ? { toGroupId: d.toGroupId } : {}),
      ...(d.reason !== undefined ? { reason: d.reason } : {}),
    });
    return r.ok ? reply.card(triageCard(r.view, t, lang)) : reply.message(refusal(lang, r));
  });
}

import type { Services } from "../../../src/services";
import { TriageDataSchema, chosenMeeting, triageCard } from "../../../cards/agenda-triage";
import { VERBS } from "../../../cards/verbs";
import type { BotApp } from "../../app";
import { actorOf } from "../../turn";
import { answer, cardData, clickLanguage, refusal } from "./edge";

/**
 * Triage from a card. The role (chair, vice chair, secretary or administrator) and the revision are
 * checked by the use case from the actor, never from card data; it also posts what follows (the other
 * copies of the card, the receipt, the submitter's notice, a redirected item's triage card).
 */
export function register(app: BotApp, services: Services): void {
  app.adaptiveCards.actionExecute(VERBS.agendaTriage, async (context, _state, data) => {
    const { t, lang } = await clickLanguage(context, services, data);
    const d = cardData(TriageDataSchema, data);
    if (!d) return answer(context, t.agenda.outOfDate);
    const meetingId = chosenMeeting(d);
    const r = await services.agenda.triage(actorOf(context, services), {
      groupId: d.groupId,
      itemId: d.itemId,
      revision: d.revision,
      action: d.action,
      ...(meetingId ? { meetingId } : {}),
      ...(d.toGroupId ? { toGroupId: d.toGroupId } : {}),
      ...(d.reason !== undefined ? { reason: d.reason } : {}),
    });
    return answer(context, r.ok ? triageCard(r.view, t, lang) : refusal(lang, r));
  });
}

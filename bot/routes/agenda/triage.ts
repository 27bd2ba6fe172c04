import { ActivityTypes, CardFactory, type TurnContext } from "botbuilder";
import { findGroup } from "../../../src/catalog/lookup";
import { spellOutAbbreviations } from "../../../src/routing/spell-out";
import type { Services } from "../../../src/services";
import { TriageDataSchema, chosenMeeting, triageCard } from "../../../cards/agenda-triage";
import { escapeText } from "../../../cards/render";
import { VERBS } from "../../../cards/verbs";
import type { BotApp } from "../../app";
import { onCardAction } from "../../card-data";
import { reply } from "../../invoke-response";
import { actorOf, languageOf, textOf } from "../../turn";
import { refusal } from "./edge";
import { agendaGroups } from "./meetings";

/** "bered [grupp]" / "triage [group]": the items awaiting triage as triage cards, wherever the chair asks. */
export const TRIAGE_COMMAND = /^\s*(?:bered|triage)(?:\s+(?:ärenden|ärendena|items))?(?=\s|$)\s*(?:för\s+|till\s+|for\s+)?(.*)$/i;

/**
 * The command alone, or followed by something that names a group (or a kind of group): a question that
 * merely starts with the word ("Triage in primary care, who owns it?") stays a routing question.
 */
async function isTriageCommand(context: TurnContext, services: Services): Promise<boolean> {
  if (context.activity.type !== ActivityTypes.Message) return false;
  const m = TRIAGE_COMMAND.exec(textOf(context));
  if (!m) return false;
  const query = (m[1] ?? "").trim();
  if (!query) return true;
  const found = findGroup(await services.currentCatalog.get(), query, spellOutAbbreviations);
  return found.ok || found.code !== "NOT_FOUND";
}

/**
 * A triager's queue in any conversation (a personal chat too): one triage card per item awaiting triage,
 * the oldest first. The cards are the channel's triage cards; a press is checked like any other.
 */
async function onTriageQueue(context: TurnContext, services: Services): Promise<void> {
  const { t, lang } = await languageOf(context, services);
  const q = t.agenda.triageQueue;
  const query = (TRIAGE_COMMAND.exec(textOf(context))?.[1] ?? "").trim();
  const groups = await agendaGroups(context, services, query, t, q.whichGroup);
  if (typeof groups === "string") return void (await context.sendActivity(groups));
  const actor = actorOf(context, services);
  for (const g of groups) {
    const r = await services.agenda.triageQueue(actor, g.id);
    if (!r.ok) {
      await context.sendActivity(refusal(lang, r));
      continue;
    }
    const name = escapeText(g.name);
    await context.sendActivity(r.total === 0 ? q.none(name) : q.heading(name, r.views.length, r.total));
    for (const view of r.views) await context.sendActivity({ attachments: [CardFactory.adaptiveCard(triageCard(view, t, lang))] });
  }
}

/**
 * Triage from a card. The role (chair, vice chair, secretary or administrator) and the revision are
 * checked by the use case from the actor, never from card data; it also posts what follows (the other
 * copies of the card, the receipt, the submitter's notice, a redirected item's triage card).
 */
export function register(app: BotApp, services: Services): void {
  app.message((context) => isTriageCommand(context, services), (context) => onTriageQueue(context, services));
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

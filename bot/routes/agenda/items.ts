import { CardFactory } from "botbuilder";
import type { Services } from "../../../src/services";
import { descriptionFromQuestion } from "../../../src/agenda/question-draft";
import { entryById } from "../../../src/catalog/lookup";
import { EditDataSchema, FormDataSchema, SubmitDataSchema, submitFormCard } from "../../../cards/agenda-submit";
import { ItemRefDataSchema, RefreshDataSchema, triageCard } from "../../../cards/agenda-triage";
import { VERBS } from "../../../cards/verbs";
import type { BotApp } from "../../app";
import { lookupGroup } from "../../group-lookup";
import { actorOf, languageOf, textOf } from "../../turn";
import { onCardAction } from "../../card-data";
import { reply } from "../../invoke-response";
import { receiptLocation, refusal } from "./edge";

/** "anmäl ärende [grupp]" / "submit item [group]": the form, with a group picker when none is named. */
export const SUBMIT_COMMAND = /^\s*(?:anmäl\s+(?:ett\s+)?ärende|submit\s+(?:an\s+)?item)\b\s*(?:till\s+|to\s+)?(.*)$/i;

/**
 * Items from cards: the form (from a command, a routing answer or a suggestion), its Send, the
 * submitter's edit and withdraw on the receipt, and the receipt's refresh. The actor always comes from
 * the activity; the use case re-checks the group, the submitter, the status and the revision.
 */
export function register(app: BotApp, services: Services): void {
  app.message(SUBMIT_COMMAND, async (context, _state) => {
    const { t, lang } = await languageOf(context, services);
    const query = (SUBMIT_COMMAND.exec(textOf(context))?.[1] ?? "").trim();
    let groupId: string | undefined;
    if (query) {
      const g = lookupGroup(await services.currentCatalog.get(), query, t);
      if (!g.ok) return void (await context.sendActivity(g.reply));
      groupId = g.id;
    }
    const r = await services.agenda.form(actorOf(context, services), { groupId });
    await context.sendActivity(r.ok ? { attachments: [CardFactory.adaptiveCard(submitFormCard(r.view, t, lang))] } : refusal(lang, r));
  });

  // "Anmäl ärende till <grupp>" on a routing answer, or "send to the suggested group" on a form: that
  // group's form, the question (or what was typed) in it.
  onCardAction(app, services, VERBS.agendaForm, FormDataSchema, async (d, { lang, t, actor }) => {
    const values = d.carry ? { title: d.title, description: d.description, kind: d.kind, links: d.links } : { description: d.question === undefined ? undefined : descriptionFromQuestion(d.question) };
    const r = await services.agenda.form(actor, { groupId: d.suggestedGroupId ?? d.groupId, values });
    if (!r.ok) return reply.message(refusal(lang, r));
    // from a routing answer, the form replaces it: "Back to the answer" brings it back (answered again, in the group's organisation)
    const organizationId = !d.carry && d.question ? entryById(await services.currentCatalog.get(), r.view.group?.id)?.organizationId : undefined;
    return reply.card(submitFormCard(r.view, t, lang, organizationId && d.question ? { question: d.question, organizationId } : undefined));
  });

  // The form's Send: the submitter is the actor; the answer (the receipt) replaces the form and is updated after triage.
  onCardAction(app, services, VERBS.agendaSubmit, SubmitDataSchema, async (d, { context, lang, t, actor }) => {
    const r = await services.agenda.submitFromForm(actor, d, { lang, receipt: receiptLocation(context) });
    if (!r.ok) return reply.message(refusal(lang, r));
    return reply.card(r.kind === "form" ? submitFormCard(r.view, t, lang) : triageCard(r.view, t, lang));
  });

  onCardAction(app, services, VERBS.agendaWithdraw, ItemRefDataSchema, async (d, { lang, t, actor }) => {
    const r = await services.agenda.withdrawItem(actor, d.groupId, d.itemId, d.revision);
    return r.ok ? reply.card(triageCard(r.receipt, t, lang)) : reply.message(refusal(lang, r));
  });

  // The receipt's "Edit": the form with the item's text; "Save" changes it.
  onCardAction(app, services, VERBS.agendaEditForm, ItemRefDataSchema, async (d, { lang, t, actor }) => {
    const r = await services.agenda.editForm(actor, d.groupId, d.itemId, d.revision);
    return r.ok ? reply.card(submitFormCard(r.view, t, lang)) : reply.message(refusal(lang, r));
  });

  onCardAction(app, services, VERBS.agendaEdit, EditDataSchema, async (d, { lang, t, actor }) => {
    const r = await services.agenda.saveEdit(actor, d);
    if (!r.ok) return reply.message(refusal(lang, r));
    return reply.card(r.kind === "form" ? submitFormCard(r.view, t, lang) : triageCard(r.view, t, lang));
  });

  // Universal Actions refresh of the receipt: the item's current state, for its submitter and the
  // group's triage roles only (the card data is just a pointer).
  onCardAction(app, services, VERBS.agendaRefresh, RefreshDataSchema, async (d, { lang, t, actor }) => {
    const r = await services.agenda.itemCard(actor, d.groupId, d.itemId);
    return r.ok ? reply.card(triageCard(r.view, t, lang)) : reply.message(refusal(lang, r));
  });
}

import { CardFactory, type TurnContext } from "botbuilder";
import type { Services } from "../../../src/services";
import type { AgendaView, MeetingChange, MeetingChangeOutcome } from "../../../src/agenda/agenda-service";
import { lateOn } from "../../../src/agenda/deadlines";
import { entryName } from "../../../src/catalog/lookup";
import type { Messages } from "../../../src/i18n";
import { MeetingDataSchema, meetingField, meetingsCard, type MeetingData } from "../../../cards/agenda-meetings";
import { escapeText } from "../../../cards/render";
import { VERBS } from "../../../cards/verbs";
import type { BotApp } from "../../app";
import { lookupGroup } from "../../group-lookup";
import { actorOf, conversationKind, languageOf, textOf, type TurnLanguage } from "../../turn";
import { onCardAction } from "../../card-data";
import { reply } from "../../invoke-response";
import { refusal } from "./edge";

export const MEETING_COMMANDS = {
  newMeeting: /^\s*(?:nytt\s+möte|new\s+meeting)(?=\s|$)\s*(.*)$/i,
  meetings: /^\s*(?:möten|meetings)(?=\s|$)\s*(.*)$/i,
  agenda: /^\s*(?:dagordning(?:en)?|agenda)\b\s*(.*)$/i,
} as const;

/** "<grupp> <ÅÅÅÅ-MM-DD> <TT:MM> [plats eller länk]" */
const NEW_MEETING_ARGS = /^(.+?)\s+(\d{4}-\d{2}-\d{2})\s+(?:kl\.?\s*|at\s+)?(\d{1,2})[:.](\d{2})(?:\s+(.+))?$/i;

const placeOrLink = (s: string | undefined): { place?: string; onlineUrl?: string } => {
  const v = s?.trim();
  if (!v) return {};
  return /^https?:\/\//i.test(v) ? { onlineUrl: v } : { place: v };
};

/**
 * The agenda of a meeting as a message: one fact per paragraph (Teams joins single line breaks, so
 * "Plats: … Sista dag för ärenden: …" would run together), then the numbered items.
 */
export function agendaText(view: AgendaView, groupName: string, t: Messages): string {
  const m = view.meeting;
  const where = m.place ?? m.onlineUrl;
  const head = [t.agenda.agendaTitle(escapeText(groupName), m.date, m.time), ...(where ? [t.agenda.place(escapeText(where))] : []), t.agenda.deadlines(view.dates.itemDeadline, view.dates.kallelseDate)];
  const items = view.items.length === 0 ? [t.agenda.noItems] : [view.items.map((i, n) => `${n + 1}. ${escapeText(i.title)} (${t.agenda.kind[i.kind]}${lateOn(i, m, view.dates) ? `, ${t.agenda.late}` : ""})`).join("\n")];
  return [...head, ...items, ...(view.pending.length > 0 ? [t.agenda.pending(view.pending.length)] : [])].join("\n\n");
}

/** The result line above the meetings card after a change. */
function changedText(r: Extract<MeetingChangeOutcome, { ok: true }>, t: Messages): string {
  const tm = t.agenda.meetings;
  const { date, time } = r.meeting;
  const line = r.done === "create" ? tm.created(date, time) : r.done === "reschedule" ? tm.rescheduled(date, time) : tm.cancelledMeeting(date, time);
  return r.kallelseUpdated ? `${line} ${tm.kallelseUpdated}` : line;
}

/** Under the result: dates of the new meeting that had already passed when it was set. */
function passedText(r: Extract<MeetingChangeOutcome, { ok: true }>, t: Messages): string {
  const tm = t.agenda.meetings;
  const p = r.passed;
  return [...(p?.kallelse ? [tm.kallelsePassed(p.kallelse.date, p.kallelse.posted)] : []), ...(p?.itemDeadline ? [tm.deadlinePassed(p.itemDeadline)] : [])].join(" ");
}

/** The answer to a change: the meetings card with the result (or, for a stale card, the refusal) above it. */
function changeAnswer(r: MeetingChangeOutcome, { t, lang }: TurnLanguage): ReturnType<typeof meetingsCard> | string {
  if (r.ok) return meetingsCard(r.view, t, lang, { result: changedText(r, t), warning: passedText(r, t) });
  return "view" in r && r.view ? meetingsCard(r.view, t, lang, { error: refusal(lang, r) }) : refusal(lang, r);
}

async function sendCardOrText(context: TurnContext, body: ReturnType<typeof meetingsCard> | string): Promise<void> {
  await context.sendActivity(typeof body === "string" ? body : { attachments: [CardFactory.adaptiveCard(body)] });
}

/** "nytt möte <grupp> <datum> <tid> [plats]": the meetings card with the new meeting, or why not. */
async function onNewMeeting(context: TurnContext, services: Services): Promise<void> {
  const lang = await languageOf(context, services);
  const args = NEW_MEETING_ARGS.exec((MEETING_COMMANDS.newMeeting.exec(textOf(context))?.[1] ?? "").trim());
  if (!args) return void (await context.sendActivity(lang.t.agenda.meetings.usage));
  const g = lookupGroup(await services.currentCatalog.get(), args[1]!, lang.t);
  if (!g.ok) return void (await context.sendActivity(g.reply));
  const input = { at: `${args[2]}T${args[3]!.padStart(2, "0")}:${args[4]}`, ...placeOrLink(args[5]) };
  await sendCardOrText(context, changeAnswer(await services.agenda.changeMeeting(actorOf(context, services), g.id, { kind: "create", input }), lang));
}

/** "möten <grupp>": the group's meetings card. */
async function onMeetings(context: TurnContext, services: Services): Promise<void> {
  const { t, lang } = await languageOf(context, services);
  const query = (MEETING_COMMANDS.meetings.exec(textOf(context))?.[1] ?? "").trim();
  if (!query) return void (await context.sendActivity(t.agenda.meetings.usage));
  const g = lookupGroup(await services.currentCatalog.get(), query, t);
  if (!g.ok) return void (await context.sendActivity(g.reply));
  const r = await services.agenda.meetingsView(actorOf(context, services), g.id);
  await sendCardOrText(context, r.ok ? meetingsCard(r.view, t, lang) : refusal(lang, r));
}

/** The change a meetings card's button asks for, from the card's inputs (the new meeting's, or meeting n's). */
function meetingChangeOf(d: MeetingData): MeetingChange {
  const at = (n?: number) => `${meetingField(d, "date", n) ?? ""}T${(meetingField(d, "time", n) ?? "").slice(0, 5)}`;
  const opt = (name: string, n?: number) => {
    const v = meetingField(d, name, n);
    return v ? { [name]: v } : {};
  };
  if (d.action === "create") return { kind: "create", input: { at: at(), ...opt("place"), ...opt("onlineUrl") } };
  if (d.action === "reschedule") return { kind: "reschedule", meetingId: d.meetingId!, revision: d.revision!, input: { at: at(d.n), ...opt("place", d.n) } };
  return { kind: "cancel", meetingId: d.meetingId!, revision: d.revision!, reason: meetingField(d, "reason", d.n) };
}

/** The groups "dagordning [grupp]" (or "bered [grupp]") asks for: the one named, else those bound to the channel; or the reply saying why none. */
export async function agendaGroups(context: TurnContext, services: Services, query: string, t: Messages, whichGroup = t.agenda.agendaWhichGroup): Promise<{ id: string; name: string }[] | string> {
  const catalog = await services.currentCatalog.get();
  if (query) {
    const g = lookupGroup(catalog, query, t);
    return g.ok ? [g] : g.reply;
  }
  const ids = conversationKind(context) === "channel" ? await services.agenda.groupsOfChannel(context.activity.conversation.id) : [];
  const groups = ids.map((id) => ({ id, name: entryName(catalog, id) }));
  return groups.length > 0 ? groups : whichGroup;
}

/** "dagordning [grupp]": the next meeting's agenda, by group name or for the groups bound to the channel. */
async function onAgenda(context: TurnContext, services: Services): Promise<void> {
  const { t } = await languageOf(context, services);
  const query = (MEETING_COMMANDS.agenda.exec(textOf(context))?.[1] ?? "").trim();
  const groups = await agendaGroups(context, services, query, t);
  if (typeof groups === "string") return void (await context.sendActivity(groups));
  const parts: string[] = [];
  for (const g of groups) {
    const r = await services.agenda.agenda(g.id);
    parts.push(r.ok ? agendaText(r.agenda, g.name, t) : t.agenda.noMeeting(escapeText(g.name)));
  }
  await context.sendActivity(parts.join("\n\n---\n\n"));
}

export function register(app: BotApp, services: Services): void {
  app.message(MEETING_COMMANDS.newMeeting, (context) => onNewMeeting(context, services));
  app.message(MEETING_COMMANDS.meetings, (context) => onMeetings(context, services));
  // Create, reschedule or cancel from the meetings card: role (chair, secretary, admin) and the meeting's
  // revision are checked by the use case from the actor; a posted kallelse follows the change.
  onCardAction(app, services, VERBS.agendaMeeting, MeetingDataSchema, async (d, { lang, t, actor }) => {
    const answer = changeAnswer(await services.agenda.changeMeeting(actor, d.groupId, meetingChangeOf(d)), { lang, t });
    return typeof answer === "string" ? reply.message(answer) : reply.card(answer);
  });
  app.message(MEETING_COMMANDS.agenda, (context) => onAgenda(context, services));
}

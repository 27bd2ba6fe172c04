import { CardFactory, type TurnContext } from "botbuilder";
import type { Services } from "../../../src/services";
import type { AgendaView, MeetingChange, MeetingChangeOutcome } from "../../../src/agenda/agenda-service";
import type { Messages } from "../../../src/i18n";
import { MeetingDataSchema, meetingField, meetingsCard } from "../../../cards/agenda-meetings";
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
  const items = view.items.length === 0 ? [t.agenda.noItems] : [view.items.map((i, n) => `${n + 1}. ${escapeText(i.title)} (${t.agenda.kind[i.kind]}${i.late ? `, ${t.agenda.late}` : ""})`).join("\n")];
  return [...head, ...items, ...(view.pending.length > 0 ? [t.agenda.pending(view.pending.length)] : [])].join("\n\n");
}

/** The result line above the meetings card after a change. */
function changedText(r: Extract<MeetingChangeOutcome, { ok: true }>, t: Messages): string {
  const tm = t.agenda.meetings;
  const { date, time } = r.meeting;
  const line = r.done === "create" ? tm.created(date, time) : r.done === "reschedule" ? tm.rescheduled(date, time) : tm.cancelledMeeting(date, time);
  return r.kallelseUpdated ? `${line} ${tm.kallelseUpdated}` : line;
}

/** The answer to a change: the meetings card with the result (or, for a stale card, the refusal) above it. */
function changeAnswer(r: MeetingChangeOutcome, { t, lang }: TurnLanguage): ReturnType<typeof meetingsCard> | string {
  if (r.ok) return meetingsCard(r.view, t, lang, { result: changedText(r, t) });
  return "view" in r && r.view ? meetingsCard(r.view, t, lang, { error: refusal(lang, r) }) : refusal(lang, r);
}

async function sendCardOrText(context: TurnContext, body: ReturnType<typeof meetingsCard> | string): Promise<void> {
  await context.sendActivity(typeof body === "string" ? body : { attachments: [CardFactory.adaptiveCard(body)] });
}

export function register(app: BotApp, services: Services): void {
  app.message(MEETING_COMMANDS.newMeeting, async (context, _state) => {
    const lang = await languageOf(context, services);
    const args = NEW_MEETING_ARGS.exec((MEETING_COMMANDS.newMeeting.exec(textOf(context))?.[1] ?? "").trim());
    if (!args) return void (await context.sendActivity(lang.t.agenda.meetings.usage));
    const g = lookupGroup(await services.currentCatalog.get(), args[1]!, lang.t);
    if (!g.ok) return void (await context.sendActivity(g.reply));
    const input = { at: `${args[2]}T${args[3]!.padStart(2, "0")}:${args[4]}`, ...placeOrLink(args[5]) };
    await sendCardOrText(context, changeAnswer(await services.agenda.changeMeeting(actorOf(context, services), g.id, { kind: "create", input }), lang));
  });

  app.message(MEETING_COMMANDS.meetings, async (context, _state) => {
    const { t, lang } = await languageOf(context, services);
    const query = (MEETING_COMMANDS.meetings.exec(textOf(context))?.[1] ?? "").trim();
    if (!query) return void (await context.sendActivity(t.agenda.meetings.usage));
    const g = lookupGroup(await services.currentCatalog.get(), query, t);
    if (!g.ok) return void (await context.sendActivity(g.reply));
    const r = await services.agenda.meetingsView(actorOf(context, services), g.id);
    await sendCardOrText(context, r.ok ? meetingsCard(r.view, t, lang) : refusal(lang, r));
  });

  // Create, reschedule or cancel from the meetings card: role (chair, secretary, admin) and the meeting's
  // revision are checked by the use case from the actor; a posted kallelse follows the change.
  onCardAction(app, services, VERBS.agendaMeeting, MeetingDataSchema, async (d, { lang, t, actor }) => {
    const at = (n?: number) => `${meetingField(d, "date", n) ?? ""}T${(meetingField(d, "time", n) ?? "").slice(0, 5)}`;
    const opt = (name: string, n?: number) => {
      const v = meetingField(d, name, n);
      return v ? { [name]: v } : {};
    };
    const change: MeetingChange =
      d.action === "create"
        ? { kind: "create", input: { at: at(), ...opt("place"), ...opt("onlineUrl") } }
        : d.action === "reschedule"
          ? { kind: "reschedule", meetingId: d.meetingId!, revision: d.revision!, input: { at: at(d.n), ...(meetingField(d, "place", d.n) ? { place: meetingField(d, "place", d.n) } : {}) } }
          : { kind: "cancel", meetingId: d.meetingId!, revision: d.revision!, reason: meetingField(d, "reason", d.n) };
    const answer = changeAnswer(await services.agenda.changeMeeting(actor, d.groupId, change), { lang, t });
    return typeof answer === "string" ? reply.message(answer) : reply.card(answer);
  });

  // "dagordning [grupp]": the next meeting's agenda, by group name or for the groups bound to the channel.
  app.message(MEETING_COMMANDS.agenda, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const query = (MEETING_COMMANDS.agenda.exec(textOf(context))?.[1] ?? "").trim();
    const catalog = await services.currentCatalog.get();
    let groups: { id: string; name: string }[];
    if (query) {
      const g = lookupGroup(catalog, query, t);
      if (!g.ok) return void (await context.sendActivity(g.reply));
      groups = [g];
    } else {
      const ids = conversationKind(context) === "channel" ? await services.agenda.groupsOfChannel(context.activity.conversation.id) : [];
      groups = ids.map((id) => ({ id, name: catalog.entries.find((e) => e.id === id)?.name ?? id }));
      if (groups.length === 0) return void (await context.sendActivity(t.agenda.agendaWhichGroup));
    }
    const parts: string[] = [];
    for (const g of groups) {
      const r = await services.agenda.agenda(g.id);
      parts.push(r.ok ? agendaText(r.agenda, g.name, t) : t.agenda.noMeeting(escapeText(g.name)));
    }
    await context.sendActivity(parts.join("\n\n---\n\n"));
  });
}

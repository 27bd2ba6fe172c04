import type { TurnContext } from "botbuilder";
import { CardFactory } from "botbuilder";
import { z } from "zod";
import type { Services } from "../../src/services";
import type { Messages } from "../../src/i18n";
import { IdSchema } from "../../src/domain/ids";
import { errorText as textOfError } from "../../src/i18n/errors";
import type { MinutesView, MinutesViewer, Where } from "../../src/minutes/minutes-service";
import { versionLabel, type MinutesRefusal } from "../../src/minutes/schema";
import { minutesCard, type NoticeTone } from "../../cards/minutes-view";
import { itemValues, minutesItemCard, type ItemValues } from "../../cards/minutes-item";
import { escapeText, unescapeInput, type AdaptiveCard } from "../../cards/render";
import { VERBS, type Verb } from "../../cards/verbs";
import { lookupGroup } from "../group-lookup";
import type { BotApp } from "../app";
import { CardDataBase, onCardAction } from "../card-data";
import { reply, type InvokeReply } from "../invoke-response";
import { actorOf, conversationIdOf, languageOf, textOf, type Actor } from "../turn";

/**
 * Minutes approval (justering) in Teams. Handlers parse the card data at the edge (odd data: "this card
 * is out of date"), call one use case and answer; who may see or do what is decided by the use cases.
 * - "protokoll <grupp>" / "minutes <group>": the group's latest minutes for the viewer (the secretary's
 *   draft offers "Begär justering"); with the minutes pasted on the following lines, the secretary (or
 *   chair) saves them for the group's latest meeting.
 * - Action.Execute minutes.*: approve, requestChanges, showItem, refresh, request, itemForm, saveItem.
 */
export const MINUTES_COMMAND = /^\s*(?:protokoll|minutes)\b[ \t]*([^\n]*)(?:\n([\s\S]*))?$/i;

const Lang = CardDataBase.shape;
const Version = z.string().regex(/^[0-9a-f]{8,64}$/);
const ItemNo = z.union([z.number().int().min(1).max(100_000), z.string().regex(/^\d{1,6}$/).transform(Number)]);
const OptionalItemNo = z.union([ItemNo, z.literal("")]).optional().transform((v) => (v === "" || v === undefined || v === 0 ? undefined : v));
const Text = (max: number) => z.string().max(max).default("");

const MinutesData = z.object({ ...Lang, groupId: IdSchema, minutesId: IdSchema });
const VersionData = MinutesData.extend({ version: Version });
const ChangesData = VersionData.extend({ comment: Text(100_000), item: OptionalItemNo });
const ItemData = MinutesData.extend({ item: ItemNo });
const FormData = z.object({ ...Lang, groupId: IdSchema, meetingId: IdSchema, item: OptionalItemNo });
const SaveData = FormData.extend({ title: Text(100_000), discussion: Text(200_000), decision: Text(100_000), responsible: Text(10_000), due: Text(100), actions: Text(100_000) });

/** A reply to a click: the card replacing the clicked one (for the clicker only), or a short message. */
type Reply = AdaptiveCard | string;

interface Turn {
  readonly context: TurnContext;
  readonly t: Messages;
  readonly actor: Actor;
  readonly where: Where;
}

/** The conversation a click or message came from (a channel, never one of its reply threads). */
const whereOf = (context: TurnContext): Where => ({ via: "teams", conversationId: conversationIdOf(context) });

/** A refusal in the user's language (the one table per language: src/i18n/<lang>/minutes.ts `errors`). */
const errorText = (t: Messages, r: MinutesRefusal): string => textOfError(t.minutes.lang, "minutes", r, escapeText);

/** A handler's reply as the invoke answers it: the card for the clicker only, or a short message. */
const asInvoke = (r: Reply): InvokeReply => (typeof r === "string" ? reply.message(r) : reply.card(r));

/** Registers a verb: card data parsed at the edge with `schema` (bot/card-data.ts), then the handler. */
function onCard<S extends z.ZodTypeAny>(app: BotApp, services: Services, verb: Verb, schema: S, handler: (d: z.output<S>, turn: Turn) => Promise<Reply>): void {
  onCardAction(app, services, verb, schema, async (d, c) => asInvoke(await handler(d, { context: c.context, t: c.t, actor: c.actor, where: whereOf(c.context) })));
}

const cardOf = (services: Services, turn: Turn, r: { view: MinutesView; viewer: MinutesViewer }, o: { notice?: string; tone?: NoticeTone; expandItem?: number } = {}) =>
  minutesCard(r.view, r.viewer, turn.t, { ...o, timeZone: services.config.timeZone });

/** A refused action: the current card with the reason for those who may read the minutes, else just the reason. */
async function refused(services: Services, turn: Turn, r: MinutesRefusal, groupId: string, minutesId: string): Promise<Reply> {
  if (r.code === "NOT_FOUND" || r.code === "PERSONAL_DATA") return errorText(turn.t, r);
  const read = await services.minutes.read(turn.actor, groupId, minutesId, turn.where);
  if (!read.ok) return errorText(turn.t, r);
  const notice = r.code === "NOT_AN_APPROVER" ? turn.t.minutes.notAnApproverHere : errorText(turn.t, r);
  return cardOf(services, turn, read, { notice, tone: "refusal" });
}

/** The form for one item of a meeting's minutes (prefilled when the item exists). */
async function itemForm(services: Services, t: Messages, meeting: { id: string; groupId: string; date: string }, no?: number, notice = "", values?: ItemValues): Promise<AdaptiveCard> {
  const m = values ? undefined : await services.minutes.get(meeting.groupId, `minutes:${meeting.id}`);
  const item = no !== undefined ? m?.content.items.find((i) => i.no === no) : undefined;
  const groupName = await services.minutes.groupName(meeting.groupId);
  return minutesItemCard(t, { groupName, groupId: meeting.groupId, meeting, ...(item || values ? { no } : {}), values: values ?? itemValues(item), notice });
}

/**
 * The meeting pasted minutes belong to: the latest meeting that has started, else the next one — skipping
 * meetings whose minutes are already approved (locked; a revision needs the CLI and a reason).
 */
async function meetingForMinutes(services: Services, groupId: string) {
  const meetings = (await services.agenda.listMeetings(groupId)).filter((m) => m.status === "planned");
  const now = services.clock.now().toISOString();
  const candidates = [...meetings.filter((m) => m.startsAt <= now).reverse(), ...meetings.filter((m) => m.startsAt > now)];
  const minutes = await services.minutes.list(groupId);
  return candidates.find((m) => minutes.find((x) => x.meetingId === m.id)?.status !== "approved") ?? candidates[0];
}

/**
 * The parse problems of pasted minutes, a few at a time (never the whole text back), in the user's language.
 * Line numbers count from the message's first line (the command), as the secretary sees the message.
 */
function parseProblems(t: Messages, r: MinutesRefusal, firstLine: number): string {
  if (!r.lines?.length) return errorText(t, r);
  const lines = r.lines.map((i) => t.minutes.lineIssue({ ...i, line: i.line + firstLine - 1 }, escapeText));
  return t.minutes.invalidText([...lines.slice(0, 5), ...(lines.length > 5 ? [t.minutes.moreIssues(lines.length - 5)] : [])].join("\n"));
}

/** "protokoll <grupp>" with the minutes pasted below: saved for the group's meeting, answered with the card. */
async function paste(services: Services, turn: Turn, group: { id: string; name: string }, text: string, firstLine: number): Promise<Reply> {
  const { t } = turn;
  const meeting = await meetingForMinutes(services, group.id);
  if (!meeting) return t.minutes.noMeeting(escapeText(group.name));
  const r = await services.minutes.load(turn.actor, meeting.id, text, { via: "teams" });
  if (!r.ok) return r.code === "INVALID_INPUT" ? parseProblems(t, r, firstLine) : errorText(t, r);
  const read = await services.minutes.readDoc(turn.actor, r.minutes, turn.where);
  if (!read.ok) return errorText(t, read);
  return cardOf(services, turn, read, r.changed ? { notice: t.minutes.loaded(versionLabel(r.minutes)), tone: "success" } : {});
}

/**
 * "protokoll <grupp>": the latest minutes for the viewer. The secretary, once a meeting has been held
 * that has no minutes yet, gets the form for its first item instead.
 */
async function show(services: Services, turn: Turn, group: { id: string; name: string }): Promise<Reply> {
  const { t, actor } = turn;
  if (await services.minutes.mayDraft(actor, group.id)) {
    const held = await heldWithoutMinutes(services, group.id);
    if (held) return itemForm(services, t, held);
  }
  const r = await services.minutes.readLatest(actor, group.id, turn.where);
  if (!r.ok) return errorText(t, r);
  return "view" in r ? cardOf(services, turn, r) : t.minutes.none(escapeText(group.name));
}

/** The latest meeting that has been held, if its minutes are not begun. */
async function heldWithoutMinutes(services: Services, groupId: string) {
  const now = services.clock.now().toISOString();
  const held = (await services.agenda.listMeetings(groupId)).filter((m) => m.status === "planned" && m.startsAt <= now).at(-1);
  return held && !(await services.minutes.get(groupId, `minutes:${held.id}`)) ? held : undefined;
}

export function register(app: BotApp, services: Services): void {
  app.message(MINUTES_COMMAND, async (context: TurnContext) => {
    const full = textOf(context);
    const { t } = await languageOf(context, services, full.split("\n")[0] ?? "");
    const match = MINUTES_COMMAND.exec(full);
    const query = (match?.[1] ?? "").trim();
    const rest = match?.[2] ?? "";
    const pasted = rest.trim();
    // The message line the pasted text starts on (the command is line 1), for "rad N" in parse problems.
    const firstLine = full.slice(0, full.length - rest.length + rest.indexOf(pasted)).split("\n").length;
    if (!query) return void (await context.sendActivity(t.minutes.usage));
    const group = lookupGroup(await services.currentCatalog.get(), query, t);
    if (!group.ok) return void (await context.sendActivity(group.reply));
    const turn: Turn = { context, t, actor: actorOf(context, services), where: whereOf(context) };
    const reply = pasted ? await paste(services, turn, group, pasted, firstLine) : await show(services, turn, group);
    await context.sendActivity(typeof reply === "string" ? reply : { attachments: [CardFactory.adaptiveCard(reply)] });
  });
  registerApproval(app, services);
  registerItems(app, services);
}

/** The approval card's buttons and its refresh. */
function registerApproval(app: BotApp, services: Services): void {
  onCard(app, services, VERBS.minutesApprove, VersionData, async (d, turn) => {
    const r = await services.minutes.approve(turn.actor, d.groupId, d.minutesId, d.version);
    if (!r.ok) return refused(services, turn, r, d.groupId, d.minutesId);
    const tm = turn.t.minutes;
    const notice = r.already ? tm.youAlreadyApproved : r.transitioned ? tm.approvedNow : tm.approvedThanks;
    return cardOf(services, turn, r, { notice, tone: r.already ? "info" : "success" });
  });

  onCard(app, services, VERBS.minutesRequestChanges, ChangesData, async (d, turn) => {
    const r = await services.minutes.requestChanges(turn.actor, d.groupId, d.minutesId, d.version, d.comment, d.item);
    if (!r.ok) return refused(services, turn, r, d.groupId, d.minutesId);
    return cardOf(services, turn, r, { notice: turn.t.minutes.changesSent, tone: "success" });
  });

  onCard(app, services, VERBS.minutesShowItem, ItemData, async (d, turn) => {
    const r = await services.minutes.read(turn.actor, d.groupId, d.minutesId, turn.where);
    return r.ok ? cardOf(services, turn, r, { expandItem: d.item }) : errorText(turn.t, r);
  });

  onCard(app, services, VERBS.minutesHistory, MinutesData, async (d, turn) => {
    const r = await services.minutes.read(turn.actor, d.groupId, d.minutesId, turn.where, { history: true });
    return r.ok ? cardOf(services, turn, r) : errorText(turn.t, r);
  });

  // Refresh (automatic for the approvers in refresh.userIds, manual for anyone): the view for this person.
  onCard(app, services, VERBS.minutesRefresh, MinutesData, async (d, turn) => {
    const r = await services.minutes.read(turn.actor, d.groupId, d.minutesId, turn.where);
    return r.ok ? cardOf(services, turn, r) : errorText(turn.t, r);
  });

  onCard(app, services, VERBS.minutesRequest, MinutesData, async (d, turn) => {
    const r = await services.minutes.request(turn.actor, d.groupId, d.minutesId, "teams");
    if (!r.ok) return refused(services, turn, r, d.groupId, d.minutesId);
    const tm = turn.t.minutes;
    return cardOf(services, turn, r, r.already ? { notice: tm.alreadyRequested } : { notice: tm.requested(r.minutes.approvers.length, r.minutes.dueDate ?? ""), tone: "success" });
  });

}

/** The secretary's card per item: the form (new, or an existing item), and saving it. */
function registerItems(app: BotApp, services: Services): void {
  onCard(app, services, VERBS.minutesItemForm, FormData, async (d, turn) => {
    const meeting = await services.minutes.meetingOf(d.meetingId, d.groupId);
    if (!meeting) return errorText(turn.t, { ok: false, code: "UNKNOWN_MEETING" });
    if (!(await services.minutes.mayDraft(turn.actor, meeting.groupId))) return errorText(turn.t, { ok: false, code: "NOT_ALLOWED" });
    return itemForm(services, turn.t, meeting, d.item);
  });

  onCard(app, services, VERBS.minutesSaveItem, SaveData, async (d, turn) => {
    const meeting = await services.minutes.meetingOf(d.meetingId, d.groupId);
    if (!meeting) return errorText(turn.t, { ok: false, code: "UNKNOWN_MEETING" });
    const values = { title: unescapeInput(d.title), discussion: unescapeInput(d.discussion), decision: unescapeInput(d.decision), responsible: unescapeInput(d.responsible), due: d.due.trim(), actions: unescapeInput(d.actions) };
    const r = await services.minutes.saveItem(turn.actor, meeting.id, { ...(d.item !== undefined ? { no: d.item } : {}), ...values });
    if (!r.ok) return r.code === "INVALID_INPUT" ? itemForm(services, turn.t, meeting, d.item, errorText(turn.t, r), values) : errorText(turn.t, r);
    const read = await services.minutes.readDoc(turn.actor, r.minutes, turn.where);
    if (!read.ok) return errorText(turn.t, read);
    const saved = d.item ?? Math.max(...r.minutes.content.items.map((i) => i.no));
    return cardOf(services, turn, read, { notice: turn.t.minutes.itemForm.saved(saved, versionLabel(r.minutes)), tone: "success" });
  });
}

import type { TurnContext } from "botbuilder";
import { CardFactory } from "botbuilder";
import { z } from "zod";
import type { Services } from "../../src/services";
import { lookupGroup } from "../group-lookup";
import type { Messages } from "../../src/i18n";
import type { Minutes, MinutesRefusal } from "../../src/minutes/schema";
import { versionLabel } from "../../src/minutes/schema";
import { SECRETARY_ROLES } from "../../src/minutes/minutes-service";
import { minutesCard, type MinutesViewer } from "../../cards/minutes-view";
import { escapeInput, escapeText, unescapeInput } from "../../cards/render";
import { renderMinutesItemCard } from "../../cards/minutes-item";
import { VERBS } from "../../cards/verbs";
import type { BotApp } from "../app";
import { actorOf, languageOf, textOf, type Actor } from "../turn";
// One invoke response for every route (bot/invoke-response.ts): the clicker's card only, never "replace for all".
import { answerInvoke as answer } from "../invoke-response";

/**
 * Minutes approval (justering) in Teams.
 * - "protokoll <grupp>" / "minutes <group>": the group's latest minutes as a card for the viewer (the
 *   secretary's draft offers "Begär justering"); with the minutes pasted on the following lines, the
 *   secretary (or chair) saves them for the group's latest meeting.
 * - Action.Execute minutes.approve / minutes.requestChanges / minutes.showItem / minutes.refresh /
 *   minutes.request: the actor comes from the activity; approver and version are checked by the service.
 *   Anyone who is not an approver gets the read-only status view, never an error. Handlers only enqueue.
 */
export const MINUTES_COMMAND = /^\s*(?:protokoll|minutes)\b[ \t]*([^\n]*)(?:\n([\s\S]*))?$/i;

const ActionData = z.object({ groupId: z.string().min(1).max(300), minutesId: z.string().min(1).max(400) }).passthrough();
const VersionData = ActionData.extend({ version: z.string().min(1).max(100) });
const ChangesData = VersionData.extend({ comment: z.string().max(100_000).optional(), item: z.union([z.string(), z.number()]).optional() });
const ItemData = ActionData.extend({ item: z.coerce.number().int().min(0).max(100_000) });
const FormData = z.object({ groupId: z.string().min(1).max(300), meetingId: z.string().min(1).max(400), item: z.union([z.string(), z.number()]).optional() }).passthrough();
const SaveData = FormData.extend({
  title: z.string().max(100_000).default(""),
  discussion: z.string().max(200_000).default(""),
  decision: z.string().max(100_000).default(""),
  responsible: z.string().max(10_000).default(""),
  due: z.string().max(100).default(""),
  actions: z.string().max(100_000).default(""),
});

const itemNo = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** The secretary's form for one item of a meeting's minutes (prefilled when the item exists). */
async function itemForm(services: Services, t: Messages, meeting: { id: string; groupId: string; date: string }, no?: number, notice = "", values?: Record<string, string>) {
  const m = await services.minutes.get(meeting.groupId, `minutes:${meeting.id}`);
  const item = no !== undefined ? m?.content.items.find((i) => i.no === no) : undefined;
  const v = values ?? {
    title: item?.title ?? "",
    discussion: item?.discussion ?? "",
    decision: item?.decision ?? "",
    responsible: item?.responsible ?? "",
    due: item?.due ?? "",
    actions: (item?.actions ?? []).map((a) => [a.text, ...(a.responsible ? [`ansvarig: ${a.responsible}`] : []), ...(a.due ? [`senast: ${a.due}`] : [])].join("; ")).join("\n"),
  };
  return renderMinutesItemCard({
    heading: t.minutes.itemForm.heading(escapeText(await services.minutes.groupName(meeting.groupId)), meeting.date),
    notice,
    groupId: meeting.groupId,
    meetingId: meeting.id,
    item: item ? String(item.no) : "",
    values: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeInput(x)])),
    labels: t.minutes.itemForm.labels,
  });
}

async function maySecretary(services: Services, actor: Actor, groupId: string): Promise<boolean> {
  if (actor.isAdmin) return true;
  return (await services.agenda.rolesOf(actor, groupId)).some((r) => (SECRETARY_ROLES as readonly string[]).includes(r));
}


async function viewerOf(services: Services, m: Minutes, actor: Actor): Promise<MinutesViewer> {
  const approver = services.minutes.approverOf(m, actor);
  if (approver) return { kind: "approver", approver };
  const roles = await services.agenda.rolesOf(actor, m.groupId);
  if (roles.some((r) => (SECRETARY_ROLES as readonly string[]).includes(r))) return { kind: "secretary" };
  return { kind: "reader" };
}

/** The card of minutes for the person acting now, in their language. */
async function cardFor(services: Services, m: Minutes, actor: Actor, t: Messages, o: { notice?: string; expandItem?: number } = {}) {
  const view = await services.minutes.view(m);
  const viewer = await viewerOf(services, m, actor);
  return minutesCard(view, viewer, t, { ...o, timeZone: services.config.timeZone, audit: await services.minutes.auditOf(m) });
}

function refusalNotice(r: MinutesRefusal, t: Messages, current?: Minutes): string {
  const tm = t.minutes;
  switch (r.code) {
    case "NOT_AN_APPROVER":
      return tm.notAnApprover;
    case "STALE_VERSION":
      return tm.stale(current ? versionLabel(current) : (r.version ?? "?").slice(0, 8));
    case "NOT_REQUESTED":
      return tm.notRequested;
    case "ALREADY_APPROVED":
      return tm.alreadyApproved;
    case "LOCKED":
      return tm.locked;
    case "NOT_ALLOWED":
      return tm.notAllowed;
    case "NO_APPROVERS":
      return tm.noApprovers;
    case "UNKNOWN_ADJUSTER":
      return tm.unknownAdjuster((r.names ?? []).map((n) => escapeText(n)).join(", "));
    case "INVALID_INPUT":
      return r.issues?.some((i) => i.path === "comment") ? tm.commentRequired : tm.invalid;
    case "NOT_FOUND":
      return tm.notFound;
    default:
      return tm.failed;
  }
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

export function register(app: BotApp, services: Services): void {
  app.message(MINUTES_COMMAND, async (context: TurnContext) => {
    const full = textOf(context);
    const firstLine = full.split("\n")[0] ?? "";
    const { t } = await languageOf(context, services, firstLine);
    const match = MINUTES_COMMAND.exec(full);
    const query = (match?.[1] ?? "").trim();
    const pasted = (match?.[2] ?? "").trim();
    if (!query) {
      await context.sendActivity(t.minutes.usage);
      return;
    }
    const catalog = await services.currentCatalog.get();
    const group = lookupGroup(catalog, query, t);
    if (!group.ok) {
      await context.sendActivity(group.reply);
      return;
    }
    const actor = actorOf(context, services);
    if (pasted) {
      const meeting = await meetingForMinutes(services, group.id);
      if (!meeting) {
        await context.sendActivity(t.minutes.noMeeting(escapeText(group.name)));
        return;
      }
      const r = await services.minutes.load(actor, meeting.id, pasted, { via: "teams" });
      if (!r.ok) {
        await context.sendActivity(r.code === "INVALID_INPUT" ? t.minutes.invalidText(escapeText(r.message ?? "")) : refusalNotice(r, t));
        return;
      }
      const card = await cardFor(services, r.minutes, actor, t, { notice: r.changed ? t.minutes.loaded(versionLabel(r.minutes)) : "" });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
      return;
    }
    const m = await services.minutes.latest(group.id);
    if (!m) {
      // The secretary starts the minutes of the latest meeting item by item.
      const meeting = await meetingForMinutes(services, group.id);
      if (meeting && (await maySecretary(services, actor, group.id))) {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await itemForm(services, t, meeting))] });
        return;
      }
      await context.sendActivity(t.minutes.none(escapeText(group.name)));
      return;
    }
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await cardFor(services, m, actor, t))] });
  });

  app.adaptiveCards.actionExecute(VERBS.minutesApprove, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = VersionData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const d = parsed.data;
    const actor = actorOf(context, services);
    const r = await services.minutes.approve(actor, d.groupId, d.minutesId, d.version);
    if (!r.ok) {
      const current = await services.minutes.get(d.groupId, d.minutesId);
      if (!current) return answer(context, t.minutes.notFound);
      return answer(context, await cardFor(services, current, actor, t, { notice: refusalNotice(r, t, current) }));
    }
    const notice = r.already ? t.minutes.youAlreadyApproved : r.transitioned ? t.minutes.approvedNow : t.minutes.approvedThanks;
    return answer(context, await cardFor(services, r.minutes, actor, t, { notice }));
  });

  app.adaptiveCards.actionExecute(VERBS.minutesRequestChanges, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = ChangesData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const d = parsed.data;
    const actor = actorOf(context, services);
    const itemNo = d.item === undefined || d.item === "" ? undefined : Number(d.item);
    const r = await services.minutes.requestChanges(actor, d.groupId, d.minutesId, d.version, d.comment ?? "", Number.isInteger(itemNo) ? itemNo : undefined);
    const current = r.ok ? r.minutes : await services.minutes.get(d.groupId, d.minutesId);
    if (!current) return answer(context, t.minutes.notFound);
    return answer(context, await cardFor(services, current, actor, t, { notice: r.ok ? t.minutes.changesSent : refusalNotice(r, t, current) }));
  });

  app.adaptiveCards.actionExecute(VERBS.minutesShowItem, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = ItemData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const m = await services.minutes.get(parsed.data.groupId, parsed.data.minutesId);
    if (!m) return answer(context, t.minutes.notFound);
    return answer(context, await cardFor(services, m, actorOf(context, services), t, { expandItem: parsed.data.item }));
  });

  // Refresh (automatic for the approvers in refresh.userIds, manual for anyone): the view for this person.
  app.adaptiveCards.actionExecute(VERBS.minutesRefresh, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = ActionData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const m = await services.minutes.get(parsed.data.groupId, parsed.data.minutesId);
    if (!m) return answer(context, t.minutes.notFound);
    return answer(context, await cardFor(services, m, actorOf(context, services), t));
  });

  app.adaptiveCards.actionExecute(VERBS.minutesRequest, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = ActionData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const actor = actorOf(context, services);
    const r = await services.minutes.request(actor, parsed.data.groupId, parsed.data.minutesId, "teams");
    const current = r.ok ? r.minutes : await services.minutes.get(parsed.data.groupId, parsed.data.minutesId);
    if (!current) return answer(context, t.minutes.notFound);
    const notice = r.ok ? (r.already ? t.minutes.alreadyRequested : t.minutes.requested(r.minutes.approvers.length, r.minutes.dueDate ?? "")) : refusalNotice(r, t, current);
    return answer(context, await cardFor(services, current, actor, t, { notice }));
  });

  // The secretary's card per item: the form (new, or an existing item), and saving it.
  app.adaptiveCards.actionExecute(VERBS.minutesItemForm, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = FormData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const meeting = await services.minutes.meetingOf(parsed.data.meetingId);
    if (!meeting || meeting.groupId !== parsed.data.groupId) return answer(context, t.minutes.notFound);
    if (!(await maySecretary(services, actorOf(context, services), meeting.groupId))) return answer(context, t.minutes.notAllowed);
    return answer(context, await itemForm(services, t, meeting, itemNo(parsed.data.item)));
  });

  app.adaptiveCards.actionExecute(VERBS.minutesSaveItem, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = SaveData.safeParse(data);
    if (!parsed.success) return answer(context, t.minutes.invalid);
    const d = parsed.data;
    const meeting = await services.minutes.meetingOf(d.meetingId);
    if (!meeting || meeting.groupId !== d.groupId) return answer(context, t.minutes.notFound);
    const actor = actorOf(context, services);
    const values = { title: unescapeInput(d.title), discussion: unescapeInput(d.discussion), decision: unescapeInput(d.decision), responsible: unescapeInput(d.responsible), due: d.due.trim(), actions: unescapeInput(d.actions) };
    const no = itemNo(d.item);
    const r = await services.minutes.saveItem(actor, meeting.id, { ...(no !== undefined ? { no } : {}), ...values });
    if (!r.ok) {
      if (r.code === "INVALID_INPUT") return answer(context, await itemForm(services, t, meeting, no, t.minutes.itemForm.invalid(escapeText((r.issues ?? []).map((i) => i.path).join(", ") || (r.message ?? ""))), values));
      return answer(context, refusalNotice(r, t));
    }
    const saved = no ?? Math.max(...r.minutes.content.items.map((i) => i.no));
    return answer(context, await cardFor(services, r.minutes, actor, t, { notice: t.minutes.itemForm.saved(saved, versionLabel(r.minutes)) }));
  });
}

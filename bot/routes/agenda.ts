import type { TurnContext } from "botbuilder";
import { z } from "zod";
import type { Services } from "../../src/services";
import { lookupGroup } from "../group-lookup";
import type { Catalog } from "../../src/catalog/schema";
import type { Messages } from "../../src/i18n";
import { holds, type AgendaView } from "../../src/agenda/agenda-service";
import { escapeInput, escapeText, stampLanguage, truncate, unescapeInput } from "../../cards/render";
import { renderAgendaTriageCard } from "../../cards/agenda-triage";
import { renderAgendaSubmitCard } from "../../cards/agenda-submit";
import { CardFactory, TeamsInfo } from "botbuilder";
import { safeId } from "../../src/storage/documents";
import { messages } from "../../src/i18n";
import { ITEM_KINDS, ItemInputSchema, LIMITS } from "../../src/agenda/schema";
import { routerFor, type RouteDetail } from "../../src/routing/router";
import { VERBS } from "../../cards/verbs";
import { frequencyCheck, outcomeNotice, refreshKallelse } from "../../src/agenda/notices";
import { renderAgendaMeetingsCard } from "../../cards/agenda-meetings";
import type { MeetingFrequency } from "../../src/catalog/schema";
import { ADMIN_ASSIGNED_ROLES, MEETING_ROLES, TRIAGE_ROLES, personKey, type AgendaItem, type Refusal, type RoleKind } from "../../src/agenda/schema";
import type { BotApp } from "../app";
import { actorOf, conversationKind, languageOf, tenantOf, textOf } from "../turn";
import { answerInvoke } from "../invoke-response";

/**
 * Agenda in Teams (text commands for now): "koppla kanalen till <grupp>" / "link this channel to <group>"
 * and "dagordning [grupp]" / "agenda [group]". The actor comes from the activity, never from card data.
 */
export const AGENDA_COMMANDS = {
  bind: /^\s*(?:koppla\s+(?:den\s+här\s+|denna\s+)?kanalen\s+till|link\s+this\s+channel\s+to)\b\s*(.*)$/i,
  agenda: /^\s*(?:dagordning(?:en)?|agenda)\b\s*(.*)$/i,
  /** "sätt <roll> <grupp> @person" / "set <role> <group> @person" (the role word decides that it is ours). */
  setRole: /^\s*(?:sätt|set)\s+(vice\s*ordförande|vice\s*ordforande|vice[\s-]*chair|ordförande|ordforande|sekreterare|samordnare|ledamot|adjungerad|justerare|chair|secretary|coordinator|member|co-?opted|adjuster)(?=\s|$)\s*(.*)$/is,
  newMeeting: /^\s*(?:nytt\s+möte|new\s+meeting)(?=\s|$)\s*(.*)$/i,
  meetings: /^\s*(?:möten|meetings)(?=\s|$)\s*(.*)$/i,
  submit: /^\s*(?:anmäl\s+(?:ett\s+)?ärende|submit\s+(?:an\s+)?item)\b\s*(?:till\s+|to\s+)?(.*)$/i,
} as const;



export function agendaText(view: AgendaView, groupName: string, t: Messages): string {
  const m = view.meeting;
  const lines = [t.agenda.agendaTitle(escapeText(groupName), m.date, m.time)];
  const where = m.place ?? m.onlineUrl;
  if (where) lines.push(t.agenda.place(escapeText(where)));
  lines.push(t.agenda.deadlines(view.dates.itemDeadline, view.dates.kallelseDate));
  if (view.items.length === 0) lines.push("", t.agenda.noItems);
  else {
    lines.push("");
    view.items.forEach((i, n) => lines.push(`${n + 1}. ${escapeText(i.title)} (${t.agenda.kind[i.kind]}${i.late ? `, ${t.agenda.late}` : ""})`));
  }
  if (view.pending.length > 0) lines.push("", t.agenda.pending(view.pending.length));
  return lines.join("\n");
}

function channelOf(context: TurnContext) {
  const a = context.activity;
  const data = (a.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
  const conversationId = (a.conversation?.id ?? "").split(";")[0]!;
  return {
    tenantId: tenantOf(context),
    teamId: data.team?.id ?? conversationId,
    channelId: data.channel?.id ?? conversationId,
    conversationId,
    ...(a.serviceUrl ? { serviceUrl: a.serviceUrl } : {}),
  };
}

/** Action.Execute data of the triage card; everything in it is checked again on the server. */
const TriageDataSchema = z.object({
  groupId: z.string().min(1).max(300),
  itemId: z.string().min(1).max(300),
  revision: z.coerce.number().int().min(1),
  action: z.enum(["accept", "defer", "redirect", "reject", "reopen"]),
  reason: z.string().max(1000).optional(),
  meetingId: z.string().max(300).optional(),
  /** accept: the meeting picked on the card (an input id of its own: ids are unique per card). */
  acceptMeetingId: z.string().max(300).optional(),
  toGroupId: z.string().max(300).optional(),
});

/** The triage card of an item as the given viewer may act on it. */
export function triageCard(
  item: AgendaItem,
  groupName: string,
  t: Messages,
  viewerMayTriage: boolean,
  meetingLabel?: string,
  viewerIsSubmitter = false,
  choices: TriageChoices = { laterMeetings: [], groups: [] },
) {
  const tr = t.agenda.triage;
  const by = escapeText(item.triage?.by.name || item.triage?.by.userId || "");
  const status =
    item.status === "submitted"
      ? tr.status.submitted
      : item.status === "rejected"
        ? tr.status.rejected(by, escapeText(item.triage?.reason ?? ""))
        : item.status === "withdrawn"
          ? tr.status.withdrawn
          : tr.status[item.status](by);
  return renderAgendaTriageCard({
    heading: tr.heading(escapeText(groupName)),
    title: escapeText(item.title),
    facts: [
      { title: tr.facts.kind, value: t.agenda.kind[item.kind] + (item.late ? `, ${t.agenda.late}` : "") },
      { title: tr.facts.submitter, value: escapeText(item.submitter.name || personLabel(item)) },
      { title: tr.facts.meeting, value: item.meetingId ? (meetingLabel ?? item.meetingId) : tr.noMeeting },
    ],
    description: escapeText(truncate(item.description, 1500)),
    links: item.links.map((l) => escapeText(l)),
    status,
    groupId: item.groupId,
    itemId: item.id,
    revision: item.revision,
    canTriage: viewerMayTriage && (item.status === "submitted" || item.status === "deferred"),
    canReopen: viewerMayTriage && ["accepted", "deferred", "redirected", "rejected"].includes(item.status),
    canWithdraw: viewerIsSubmitter && item.status === "submitted",
    // An empty picker would be an invalid input: "next meeting" stands in (the service's default).
    acceptMeetings: choices.acceptMeetings?.length ? choices.acceptMeetings : [{ title: tr.labels.nextMeeting, value: "next" }],
    laterMeetings: choices.laterMeetings.length ? choices.laterMeetings : [{ title: tr.labels.nextMeeting, value: "next" }],
    groups: choices.groups,
    labels: tr.labels,
  }, viewerIsSubmitter && item.submitter.teamsId ? { groupId: item.groupId, itemId: item.id, userIds: [item.submitter.teamsId] } : undefined);
}

export interface TriageChoices {
  readonly acceptMeetings?: { title: string; value: string }[];
  readonly laterMeetings: { title: string; value: string }[];
  readonly groups: { title: string; value: string }[];
}

/** The pickers of the triage card: planned meetings after the item's, and the other groups (by name). */
export async function triageChoices(services: Services, item: AgendaItem, t: Messages): Promise<TriageChoices> {
  const upcoming = await services.agenda.upcomingMeetings(item.groupId);
  const from = upcoming.find((m) => m.id === item.meetingId);
  // The service's default for defer is the meeting after the item's (or the next one): listed first.
  const later = upcoming.filter((m) => m.id !== item.meetingId && (!from || m.startsAt > from.startsAt)).slice(0, 12);
  const catalog = await services.currentCatalog.get();
  const groups = catalog.entries
    .filter((e) => e.entryType !== "kind" && e.id !== item.groupId)
    .map((e) => ({ title: escapeText(truncate(e.name, 90)), value: e.id }))
    .sort((a, b) => a.title.localeCompare(b.title, "sv"))
    .slice(0, 80);
  const label = (m: (typeof upcoming)[number]) => `${m.date} ${m.time}${m.place ? `, ${escapeText(truncate(m.place, 60))}` : ""}`;
  // Accept: the item's meeting first (the service's default), then the others in date order.
  const acceptMeetings = [...(from ? [from] : []), ...upcoming.filter((m) => m !== from)].slice(0, 12).map((m) => ({ title: label(m), value: m.id }));
  const laterMeetings = later.map((m) => ({ title: `${m.date} ${m.time}${m.place ? `, ${escapeText(truncate(m.place, 60))}` : ""}`, value: m.id }));
  // No later meeting planned: deferred until one is ("next").
  return { acceptMeetings, laterMeetings: laterMeetings.length > 0 ? laterMeetings : [{ title: t.agenda.triage.labels.nextMeeting, value: "next" }], groups };
}

const personLabel = (item: AgendaItem) => item.submitter.aadObjectId ?? item.submitter.teamsId ?? "";

function refusalText(r: Refusal, t: Messages): string {
  const tr = t.agenda.triage;
  switch (r.code) {
    case "NOT_ALLOWED":
      return tr.notAllowed;
    case "NOT_FOUND":
      return tr.notFound;
    case "STALE_REVISION":
      return tr.stale;
    case "ALREADY_HANDLED":
      return tr.alreadyHandled(escapeText(r.by?.name || r.by?.userId || "?"), r.status ? tr.statusWord[r.status] : "");
    case "UNKNOWN_MEETING":
      return tr.unknownMeeting;
    case "UNKNOWN_GROUP":
      return t.agenda.submit.unknownGroup;
    case "INVALID_INPUT":
      return r.issues?.some((i) => i.path === "reason") ? tr.reasonRequired : tr.invalid;
    default:
      return t.agenda.failed;
  }
}

/** Outbox ids of an item's triage posts: the home channel, or 1:1 to the chair and secretary. */
export const triagePostId = (groupId: string, itemId: string, personKey?: string) => (personKey ? safeId("triage", groupId, itemId, personKey) : safeId("triage", groupId, itemId));

async function triageTargets(services: Services, groupId: string) {
  const binding = await services.agenda.homeChannel(groupId);
  if (binding) return [{ id: "", target: { kind: "channel" as const, tenantId: binding.tenantId, conversationId: binding.conversationId, groupId } }];
  const roles = (await services.agenda.listRoles(groupId)).filter((r) => r.role === "chair" || r.role === "secretary");
  return roles
    .filter((r) => r.person.tenantId && (r.person.aadObjectId || r.person.teamsId))
    .map((r) => ({
      id: r.person.aadObjectId ?? r.person.teamsId!,
      target: { kind: "person" as const, tenantId: r.person.tenantId!, userId: r.person.aadObjectId ?? r.person.teamsId!, ...(r.person.name ? { name: r.person.name } : {}) },
    }));
}

async function triagePayload(services: Services, item: AgendaItem) {
  const t = messages("sv");
  const catalog = await services.currentCatalog.get();
  const name = catalog.entries.find((e) => e.id === item.groupId)?.name ?? item.groupId;
  const meeting = item.meetingId ? await services.agenda.repo.meeting(item.groupId, item.meetingId) : undefined;
  const card = triageCard(item, name, t, true, meeting ? `${meeting.date} ${meeting.time}` : undefined, false, await triageChoices(services, item, t));
  // Posted outside a turn: its buttons say it is Swedish, so a click is answered in Swedish (not the locale).
  stampLanguage(card, "sv");
  return { attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] };
}

/** Posts the triage card of a new item where the group triages (channel, else 1:1 chair and secretary). */
export async function postTriageCard(services: Services, item: AgendaItem): Promise<string[]> {
  const payload = await triagePayload(services, item);
  const ids: string[] = [];
  for (const x of await triageTargets(services, item.groupId)) {
    const id = triagePostId(item.groupId, item.id, x.id || undefined);
    const r = await services.delivery.outbox.enqueue({ id, target: x.target, payload });
    if (r.ok) ids.push(id);
  }
  return ids;
}

/** Updates every stored copy of an item's triage card after a change (the clicker gets the invoke response). */
export async function updateTriageCards(services: Services, item: AgendaItem): Promise<number> {
  const candidates = [triagePostId(item.groupId, item.id), ...(await services.agenda.listRoles(item.groupId)).map((r) => triagePostId(item.groupId, item.id, r.person.aadObjectId ?? r.person.teamsId))];
  let payload: Awaited<ReturnType<typeof triagePayload>> | undefined;
  let n = 0;
  for (const id of [...new Set(candidates)]) {
    if (!(await services.delivery.outbox.get(id))) continue;
    payload ??= await triagePayload(services, item);
    if ((await services.delivery.outbox.update({ of: id, payload })).ok) n++;
  }
  return n;
}

/** Action.Execute data of agenda.form: a group and, from a routing answer, the question. */
const FormDataSchema = z
  .object({
    groupId: z.string().min(1).max(300),
    question: z.string().max(100_000).optional(),
    /** From a form sent back with a suggestion: the inputs carried to the suggested group's form. */
    carry: z.union([z.boolean(), z.string()]).optional(),
    title: z.string().max(100_000).optional(),
    description: z.string().max(100_000).optional(),
    kind: z.string().max(100).optional(),
    links: z.string().max(100_000).optional(),
  })
  .passthrough();

/** Trimmed, cut to a length and made safe as an input value (no template expressions). */
const clip = (s: string, n: number) => escapeInput(unescapeInput(s).trim().slice(0, n));

/** A description may be as long as LIMITS allow and the bot accepts a message (MAX_TEXT_LENGTH). */
const descriptionMax = (services: Services) => Math.min(LIMITS.description.max, services.config.maxTextLength);

/** A catalog group by id (not a kind). */
function groupOf(catalog: Catalog, id: string): { id: string; name: string } | undefined {
  const e = catalog.entries.find((x) => x.id === id && x.entryType !== "kind");
  return e ? { id: e.id, name: e.name } : undefined;
}

type FormValues = { title?: string; description?: string; kind?: string; meetingId?: string; links?: string; raiseAtMeeting?: "true" | "false" };

/** The submit form of a group, optionally prefilled (values already went through `clip`/escapeInput). */
export async function submitForm(
  services: Services,
  t: Messages,
  group: { id: string; name: string },
  values: FormValues = {},
  suggestion?: { id: string; name: string },
  notice = "",
  edit?: { itemId: string; revision: number },
) {
  const meetings = await services.agenda.upcomingMeetings(group.id);
  const next = meetings[0] ? (await services.agenda.listMeetings(group.id)).find((m) => m.id === meetings[0]!.id) : undefined;
  return renderAgendaSubmitCard({
    mode: edit ? "edit" : "submit",
    ...(edit ? { itemId: edit.itemId, revision: edit.revision } : {}),
    heading: edit ? t.agenda.submit.editHeading(escapeText(group.name)) : t.agenda.submit.heading(escapeText(group.name)),
    deadline: next && !edit ? t.agenda.submit.deadline(next.dates.itemDeadline, `${next.date} ${next.time}`) : "",
    notice: suggestion ? t.agenda.submit.suggest(escapeText(group.name), escapeText(suggestion.name)) : notice,
    suggested: !!suggestion,
    suggestedGroupId: suggestion?.id ?? "",
    groupId: group.id,
    kinds: ITEM_KINDS.map((k) => ({ title: t.agenda.kind[k], value: k })),
    meetings: meetings.slice(0, 12).map((m) => ({ title: `${m.date} ${m.time}${m.place ? `, ${escapeText(m.place)}` : ""}`, value: m.id })),
    values: { ...values, kind: values.kind && (ITEM_KINDS as readonly string[]).includes(values.kind) ? values.kind : "information" },
    labels: t.agenda.submit.labels,
  });
}

const SubmitDataSchema = z.object({
  groupId: z.string().min(1).max(300),
  title: z.string().default(""),
  description: z.string().default(""),
  kind: z.string().default("information"),
  preferredMeetingId: z.string().optional(),
  links: z.string().default(""),
  raiseAtMeeting: z.union([z.boolean(), z.string()]).optional(),
  /** "Skicka ändå" / "Send anyway" after a suggestion: no second routing check. */
  force: z.union([z.boolean(), z.string()]).optional(),
});

/** Action.Execute data of agenda.edit: the item and the revision the submitter saw, plus the inputs. */
const EditDataSchema = z.object({
  groupId: z.string().min(1).max(300),
  itemId: z.string().min(1).max(300),
  revision: z.coerce.number().int().min(1),
  title: z.string().default(""),
  description: z.string().default(""),
  kind: z.string().default("information"),
  links: z.string().default(""),
});

/** How sure the router must be before the form suggests another group. */
export const SUGGEST_MIN_CONFIDENCE = 0.6;

/**
 * Another group clearly fits better: the router names an owner (not the chosen group) with high
 * confidence, and the chosen group is not a close candidate (under 80 % of the owner's score).
 */
export function betterGroup(detail: RouteDetail, groupId: string): { id: string; name: string } | undefined {
  const r = detail.result;
  if (r.status !== "owner" || !r.owner || r.owner.id === groupId || r.confidence < SUGGEST_MIN_CONFIDENCE) return undefined;
  const top = r.candidates.find((c) => c.id === r.owner!.id)?.score ?? 1;
  const mine = r.candidates.find((c) => c.id === groupId)?.score ?? 0;
  if (top > 0 && mine / top >= 0.8) return undefined;
  return { id: r.owner.id, name: r.owner.name };
}

/** The form again with a message above it (what to fix). */
async function submitFormWithNotice(services: Services, t: Messages, group: { id: string; name: string }, values: FormValues, notice: string) {
  return submitForm(services, t, group, values, undefined, notice);
}


/** "<grupp> <ÅÅÅÅ-MM-DD> <TT:MM> [plats eller länk]" */
const NEW_MEETING_ARGS = /^(.+?)\s+(\d{4}-\d{2}-\d{2})\s+(?:kl\.?\s*|at\s+)?(\d{1,2})[:.](\d{2})(?:\s+(.+))?$/i;

const placeOrLink = (s: string | undefined): { place?: string; onlineUrl?: string } => {
  const v = s?.trim();
  if (!v) return {};
  return /^https?:\/\//i.test(v) ? { onlineUrl: v } : { place: v };
};

/** The meetings card of a group for the viewer (actions only for those who may manage meetings). */
export async function meetingsCard(services: Services, t: Messages, group: { id: string; name: string }, actor: ReturnType<typeof actorOf>, note: { result?: string; error?: string } = {}) {
  const tm = t.agenda.meetings;
  const catalog = await services.currentCatalog.get();
  const entry = catalog.entries.find((e) => e.id === group.id) as { meetingFrequency?: MeetingFrequency } | undefined;
  const frequency = entry?.meetingFrequency;
  const all = await services.agenda.listMeetings(group.id);
  const now = services.clock.now().toISOString();
  const upcoming = all.filter((m) => m.status === "planned" && m.startsAt > now);
  const check = frequencyCheck(frequency, all, services.clock.now(), services.config.timeZone);
  const canManage = actor.isAdmin || (await services.agenda.rolesOf(actor, group.id)).some((r) => MEETING_ROLES.includes(r));
  return renderAgendaMeetingsCard({
    heading: tm.heading(escapeText(group.name)),
    result: note.result ?? "",
    error: note.error ?? "",
    frequency: frequency ? tm.frequency(escapeText(truncate(frequency.clause.text, 400))) : tm.noFrequency,
    flag: check.expected === undefined ? "" : check.tooFew ? tm.tooFew(check.planned, check.expected) : tm.enough(check.planned, check.expected),
    none: tm.none,
    groupId: group.id,
    canManage,
    meetings: upcoming.slice(0, 12).map((m, i) => ({
      n: i + 1,
      id: m.id,
      revision: m.revision,
      line: tm.meetingLine(m.date, m.time, escapeText(m.place ?? (m.onlineUrl ? t.agenda.kallelse.online : ""))),
      dates: tm.dates(m.dates.itemDeadline, m.dates.kallelseDate),
      date: m.date,
      time: m.time,
      place: escapeInput(m.place ?? ""),
    })),
    labels: tm.labels,
  });
}

function meetingRefusal(r: Refusal, t: Messages): string {
  const tm = t.agenda.meetings;
  switch (r.code) {
    case "NOT_ALLOWED":
      return tm.notAllowed;
    case "UNKNOWN_MEETING":
    case "NOT_FOUND":
      return tm.unknownMeeting;
    case "UNKNOWN_GROUP":
      return t.agenda.submit.unknownGroup;
    case "STALE_REVISION":
      return tm.stale(escapeText(r.by?.name || r.by?.userId || "?"));
    case "ALREADY_HANDLED":
      return tm.alreadyCancelled;
    case "INVALID_STATE":
      return tm.alreadyCancelled;
    case "INVALID_INPUT":
      return r.issues?.some((i) => i.path === "at") ? tm.invalidTime : tm.invalid((r.issues ?? []).map((i) => i.path).join(", "));
    default:
      return t.agenda.failed;
  }
}

/** Action.Execute data of the meetings card; inputs of meeting n come as date<n>, time<n>, place<n>, reason<n>. */
const MeetingDataSchema = z
  .object({
    groupId: z.string().min(1).max(300),
    action: z.enum(["create", "reschedule", "cancel"]),
    meetingId: z.string().max(300).optional(),
    revision: z.coerce.number().int().min(1).optional(),
    n: z.coerce.number().int().min(1).max(100).optional(),
  })
  .passthrough();

const field = (data: Record<string, unknown>, name: string, n?: number): string | undefined => {
  const v = data[n ? `${name}${n}` : name];
  return typeof v === "string" ? unescapeInput(v).trim() : undefined;
};


const ROLE_WORDS: Record<string, RoleKind> = {
  ordförande: "chair",
  ordforande: "chair",
  chair: "chair",
  viceordförande: "viceChair",
  viceordforande: "viceChair",
  vicechair: "viceChair",
  sekreterare: "secretary",
  samordnare: "secretary",
  secretary: "secretary",
  coordinator: "secretary",
  ledamot: "member",
  member: "member",
  adjungerad: "coopted",
  coopted: "coopted",
  justerare: "adjuster",
  adjuster: "adjuster",
};

interface Mentioned {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

/** The people @mentioned in the activity (not the bot): from the mention entities, never from the text. */
function mentionsOf(context: TurnContext): Mentioned[] {
  const botId = context.activity.recipient?.id;
  const out = new Map<string, Mentioned>();
  for (const e of context.activity.entities ?? []) {
    if (e.type !== "mention") continue;
    const m = (e as { mentioned?: { id?: unknown; name?: unknown; aadObjectId?: unknown } }).mentioned;
    if (!m || typeof m.id !== "string" || !m.id.trim() || m.id === botId) continue;
    out.set(m.id, { id: m.id, name: typeof m.name === "string" ? m.name : "", ...(typeof m.aadObjectId === "string" && m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}) });
  }
  return [...out.values()];
}

/** The Entra object id of a mentioned person: the entity's, else the conversation's member record. */
async function aadOf(context: TurnContext, m: Mentioned): Promise<string | undefined> {
  if (m.aadObjectId) return m.aadObjectId;
  if (conversationKind(context) === "personal") return undefined;
  try {
    return (await TeamsInfo.getMember(context, m.id)).aadObjectId || undefined;
  } catch {
    return undefined; // not a member, or the look-up failed: the Teams id alone identifies the person
  }
}

export function register(app: BotApp, services: Services): void {
  // Roles by @mention: the person comes from the mention entity (Teams id, Entra id when known), never
  // from free text; the service decides who may assign which role (admins: chair, vice chair, secretary).
  app.message(AGENDA_COMMANDS.setRole, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const tr = t.agenda.roles;
    const m = AGENDA_COMMANDS.setRole.exec(textOf(context));
    const role = ROLE_WORDS[(m?.[1] ?? "").toLowerCase().replace(/[\s-]/g, "")];
    const rest = (m?.[2] ?? "").trim();
    if (!role || !rest) {
      await context.sendActivity(tr.usage);
      return;
    }
    const at = rest.search(/<at>/i);
    const groupWords = (at >= 0 ? rest.slice(0, at) : rest).trim();
    const after = at >= 0 ? rest.slice(at).replace(/<at>[\s\S]*?<\/at>/gi, " ").trim() : "";
    const mentioned = mentionsOf(context);
    if (!groupWords) {
      await context.sendActivity(tr.usage);
      return;
    }
    if (mentioned.length !== 1 || at < 0) {
      await context.sendActivity(tr.needMention);
      return;
    }
    const g = lookupGroup(await services.currentCatalog.get(), groupWords, t);
    if (!g.ok) {
      await context.sendActivity(g.reply);
      return;
    }
    const who = mentioned[0]!;
    const aadObjectId = await aadOf(context, who);
    const r = await services.agenda.assignRole(actorOf(context, services), g.id, role, {
      tenantId: tenantOf(context),
      teamsId: who.id,
      ...(aadObjectId ? { aadObjectId } : {}),
      name: who.name,
      ...(role === "member" && after ? { region: after.slice(0, 200) } : {}),
    });
    if (!r.ok) {
      if (r.code === "NOT_ALLOWED") await context.sendActivity(ADMIN_ASSIGNED_ROLES.includes(role) ? tr.notAllowedAdmin : tr.notAllowedChair);
      else if (r.code === "UNKNOWN_GROUP") await context.sendActivity(t.agenda.submit.unknownGroup);
      else await context.sendActivity(t.agenda.failed);
      return;
    }
    const line = tr.set(tr.names[role], escapeText(who.name || who.id), escapeText(g.name));
    await context.sendActivity(r.previous ? `${line} ${tr.replaced(escapeText(r.previous.name || personKey(r.previous)))}` : line);
  });


  app.message(AGENDA_COMMANDS.newMeeting, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const args = NEW_MEETING_ARGS.exec((AGENDA_COMMANDS.newMeeting.exec(textOf(context))?.[1] ?? "").trim());
    if (!args) {
      await context.sendActivity(t.agenda.meetings.usage);
      return;
    }
    const g = lookupGroup(await services.currentCatalog.get(), args[1]!, t);
    if (!g.ok) {
      await context.sendActivity(g.reply);
      return;
    }
    const actor = actorOf(context, services);
    const r = await services.agenda.createMeeting(actor, g.id, { at: `${args[2]}T${args[3]!.padStart(2, "0")}:${args[4]}`, ...placeOrLink(args[5]) });
    if (!r.ok) {
      await context.sendActivity(meetingRefusal(r, t));
      return;
    }
    const card = await meetingsCard(services, t, g, actor, { result: t.agenda.meetings.created(r.meeting.date, r.meeting.time) });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  });

  app.message(AGENDA_COMMANDS.meetings, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const query = (AGENDA_COMMANDS.meetings.exec(textOf(context))?.[1] ?? "").trim();
    if (!query) {
      await context.sendActivity(t.agenda.meetings.usage);
      return;
    }
    const g = lookupGroup(await services.currentCatalog.get(), query, t);
    if (!g.ok) {
      await context.sendActivity(g.reply);
      return;
    }
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await meetingsCard(services, t, g, actorOf(context, services)))] });
  });

  // Create, reschedule or cancel from the meetings card: role (chair, secretary, admin) and the meeting's
  // revision are checked by the service from the actor; a reschedule or cancellation updates a posted kallelse.
  app.adaptiveCards.actionExecute(VERBS.agendaMeeting, async (context, _state, raw) => {
    const { t } = await languageOf(context, services, "");
    const parsed = MeetingDataSchema.safeParse(raw);
    if (!parsed.success) return t.agenda.triage.invalid;
    const d = parsed.data;
    const data = raw as Record<string, unknown>;
    const group = groupOf(await services.currentCatalog.get(), d.groupId);
    if (!group) return t.agenda.submit.unknownGroup;
    const actor = actorOf(context, services);
    const tm = t.agenda.meetings;
    const at = (n?: number) => `${field(data, "date", n) ?? ""}T${(field(data, "time", n) ?? "").slice(0, 5)}`;
    let result: string;
    if (d.action === "create") {
      const r = await services.agenda.createMeeting(actor, group.id, { at: at(), ...(field(data, "place") ? { place: field(data, "place") } : {}), ...(field(data, "onlineUrl") ? { onlineUrl: field(data, "onlineUrl") } : {}) });
      if (!r.ok) return meetingRefusal(r, t);
      result = tm.created(r.meeting.date, r.meeting.time);
    } else {
      if (!d.meetingId || d.revision === undefined || d.n === undefined) return t.agenda.triage.invalid;
      const r =
        d.action === "reschedule"
          ? await services.agenda.rescheduleMeeting(actor, group.id, d.meetingId, d.revision, { at: at(d.n), ...(field(data, "place", d.n) ? { place: field(data, "place", d.n) } : {}) })
          : await services.agenda.cancelMeeting(actor, group.id, d.meetingId, d.revision, field(data, "reason", d.n));
      if (!r.ok) {
        if (r.code === "STALE_REVISION") return answerInvoke(context, await meetingsCard(services, t, group, actor, { error: meetingRefusal(r, t) }));
        return meetingRefusal(r, t);
      }
      const updated = await refreshKallelse(services.agenda, services.delivery.outbox, r.meeting, services.renderers.kallelse);
      result = (d.action === "reschedule" ? tm.rescheduled(r.meeting.date, r.meeting.time) : tm.cancelledMeeting(r.meeting.date, r.meeting.time)) + (updated ? ` ${tm.kallelseUpdated}` : "");
    }
    return answerInvoke(context, await meetingsCard(services, t, group, actor, { result }));
  });

  app.message(AGENDA_COMMANDS.submit, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const query = (AGENDA_COMMANDS.submit.exec(textOf(context))?.[1] ?? "").trim();
    if (!query) {
      await context.sendActivity(t.agenda.submit.usage);
      return;
    }
    const g = lookupGroup(await services.currentCatalog.get(), query, t);
    if (!g.ok) {
      await context.sendActivity(g.reply);
      return;
    }
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await submitForm(services, t, g))] });
  });

  // "Anmäl ärende till <grupp>" on a routing answer (or "send to the suggested group" on a form): the
  // form for that group, the question as the description. The group id is checked against the catalog.
  app.adaptiveCards.actionExecute(VERBS.agendaForm, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = FormDataSchema.safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const d = parsed.data;
    const group = groupOf(await services.currentCatalog.get(), d.groupId);
    if (!group) return t.agenda.submit.unknownGroup;
    const max = descriptionMax(services);
    const carried = d.carry === "true" || d.carry === true;
    const values = carried
      ? { title: clip(d.title ?? "", LIMITS.title.max), description: clip(d.description ?? "", max), kind: (ITEM_KINDS as readonly string[]).includes(d.kind ?? "") ? d.kind! : "information", links: clip(d.links ?? "", 4000) }
      : { description: clip(d.question ?? "", max) };
    return answerInvoke(context, await submitForm(services, t, group, values));
  });

  // The form's Send: the submitter is the actor; the item goes to triage where the group triages.
  app.adaptiveCards.actionExecute(VERBS.agendaSubmit, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = SubmitDataSchema.safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const d = parsed.data;
    const catalog = await services.currentCatalog.get();
    const group = groupOf(catalog, d.groupId);
    if (!group) return t.agenda.submit.unknownGroup;
    const input = {
      title: unescapeInput(d.title),
      description: unescapeInput(d.description),
      kind: d.kind as "information",
      ...(d.preferredMeetingId?.trim() ? { preferredMeetingId: d.preferredMeetingId.trim() } : {}),
      links: d.links.split(/\s+/).filter(Boolean),
      raiseAtMeeting: d.raiseAtMeeting === true || d.raiseAtMeeting === "true",
    };
    // The form comes back with what was typed (and why) instead of losing it.
    const values = {
      title: clip(d.title, LIMITS.title.max),
      description: clip(d.description, descriptionMax(services)),
      kind: d.kind,
      meetingId: d.preferredMeetingId ?? "",
      links: clip(d.links, 4000),
      raiseAtMeeting: input.raiseAtMeeting ? ("true" as const) : ("false" as const),
    };
    const checked = ItemInputSchema.safeParse(input);
    const tooLong = input.description.trim().length > descriptionMax(services);
    if (!checked.success || tooLong) {
      const fields = [...new Set([...(checked.success ? [] : checked.error.issues.map((i) => i.path.join("."))), ...(tooLong ? ["description"] : [])])];
      return answerInvoke(context, await submitFormWithNotice(services, t, group, values, t.agenda.submit.invalid(fields.join(", "))));
    }
    // Before sending: does another group's mandate clearly fit better? The submitter may still send.
    if (!(d.force === true || d.force === "true")) {
      const better = betterGroup(routerFor(catalog).routeDetailed({ question: `${input.title}\n${input.description}` }), group.id);
      if (better) return answerInvoke(context, await submitForm(services, t, group, values, better));
    }
    const actor = actorOf(context, services);
    const r = await services.agenda.submitItem(actor, group.id, input);
    if (!r.ok) {
      if (r.code === "INVALID_INPUT") return answerInvoke(context, await submitFormWithNotice(services, t, group, values, t.agenda.submit.invalid((r.issues ?? []).map((i) => i.path).join(", "))));
      if (r.code === "UNKNOWN_GROUP") return t.agenda.submit.unknownGroup;
      if (r.code === "UNKNOWN_MEETING") return t.agenda.submit.unknownMeeting;
      return t.agenda.failed;
    }
    await postTriageCard(services, r.item);
    const meeting = r.item.meetingId ? await services.agenda.repo.meeting(r.item.groupId, r.item.meetingId) : undefined;
    return answerInvoke(context, triageCard(r.item, group.name, t, false, meeting ? `${meeting.date} ${meeting.time}` : undefined, true));
  });

  // The submitter withdraws an untriaged item from the receipt.
  app.adaptiveCards.actionExecute(VERBS.agendaWithdraw, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = TriageDataSchema.pick({ groupId: true, itemId: true, revision: true }).safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const r = await services.agenda.withdrawItem(actorOf(context, services), parsed.data.groupId, parsed.data.itemId, parsed.data.revision);
    if (!r.ok) return r.code === "NOT_ALLOWED" ? t.agenda.triage.notSubmitter : refusalText(r, t);
    await updateTriageCards(services, r.item);
    const catalog = await services.currentCatalog.get();
    const name = catalog.entries.find((e) => e.id === r.item.groupId)?.name ?? r.item.groupId;
    return answerInvoke(context, triageCard(r.item, name, t, false, undefined, true));
  });

  // The submitter edits an untriaged item: the receipt's "Edit" opens the form with the item's text;
  // "Save" changes it. Submitter, status and revision are checked by the service (and here, for the form).
  app.adaptiveCards.actionExecute(VERBS.agendaEditForm, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = TriageDataSchema.pick({ groupId: true, itemId: true, revision: true }).safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const { groupId, itemId, revision } = parsed.data;
    const item = await services.agenda.getItem(groupId, itemId);
    const group = groupOf(await services.currentCatalog.get(), groupId);
    if (!item || item.type !== "item" || !group) return t.agenda.triage.notFound;
    if (!holds(item.submitter, actorOf(context, services))) return t.agenda.submit.notSubmitterEdit;
    if (item.status !== "submitted") return refusalText({ ok: false, code: "ALREADY_HANDLED", status: item.status, ...(item.triage ? { by: item.triage.by } : { by: { userId: item.submitter.aadObjectId ?? "", name: item.submitter.name } }) }, t);
    if (item.revision !== revision) return t.agenda.triage.stale;
    const max = descriptionMax(services);
    const values = { title: clip(item.title, LIMITS.title.max), description: clip(item.description, max), kind: item.kind, links: clip(item.links.join("\n"), 4000) };
    return answerInvoke(context, await submitForm(services, t, group, values, undefined, "", { itemId: item.id, revision: item.revision }));
  });

  app.adaptiveCards.actionExecute(VERBS.agendaEdit, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = EditDataSchema.safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const d = parsed.data;
    const group = groupOf(await services.currentCatalog.get(), d.groupId);
    if (!group) return t.agenda.triage.notFound;
    const changes = {
      title: unescapeInput(d.title),
      description: unescapeInput(d.description),
      kind: d.kind as "information",
      links: d.links.split(/\s+/).filter(Boolean),
    };
    const values = { title: clip(d.title, LIMITS.title.max), description: clip(d.description, descriptionMax(services)), kind: d.kind, links: clip(d.links, 4000) };
    if (changes.description.trim().length > descriptionMax(services)) {
      return answerInvoke(context, await submitForm(services, t, group, values, undefined, t.agenda.submit.invalid("description"), { itemId: d.itemId, revision: d.revision }));
    }
    const r = await services.agenda.editItem(actorOf(context, services), group.id, d.itemId, d.revision, changes);
    if (!r.ok) {
      if (r.code === "INVALID_INPUT") return answerInvoke(context, await submitForm(services, t, group, values, undefined, t.agenda.submit.invalid((r.issues ?? []).map((i) => i.path).join(", ")), { itemId: d.itemId, revision: d.revision }));
      if (r.code === "NOT_ALLOWED") return t.agenda.submit.notSubmitterEdit;
      return refusalText(r, t);
    }
    await updateTriageCards(services, r.item);
    const meeting = r.item.meetingId ? await services.agenda.repo.meeting(r.item.groupId, r.item.meetingId) : undefined;
    return answerInvoke(context, triageCard(r.item, group.name, t, false, meeting ? `${meeting.date} ${meeting.time}` : undefined, true));
  });

  // Refresh of the receipt (Universal Actions): the current state of the item, for its submitter or the
  // group's triage roles only (the card data is just a pointer; nobody else reads an item this way).
  app.adaptiveCards.actionExecute(VERBS.agendaRefresh, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = TriageDataSchema.pick({ groupId: true, itemId: true }).safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const item = await services.agenda.getItem(parsed.data.groupId, parsed.data.itemId);
    if (!item || item.type !== "item") return t.agenda.triage.notFound;
    const actor = actorOf(context, services);
    const isSubmitter = holds(item.submitter, actor);
    const mayTriage = (await services.agenda.rolesOf(actor, item.groupId)).some((x) => TRIAGE_ROLES.includes(x));
    if (!isSubmitter && !mayTriage) return t.agenda.triage.notAllowed;
    const name = groupOf(await services.currentCatalog.get(), item.groupId)?.name ?? item.groupId;
    const meeting = item.meetingId ? await services.agenda.repo.meeting(item.groupId, item.meetingId) : undefined;
    return answerInvoke(context, triageCard(item, name, t, mayTriage, meeting ? `${meeting.date} ${meeting.time}` : undefined, isSubmitter, mayTriage ? await triageChoices(services, item, t) : undefined));
  });

  // Triage from a card: role and revision are checked on the server from the actor, never card data.
  app.adaptiveCards.actionExecute(VERBS.agendaTriage, async (context, _state, data) => {
    const { t } = await languageOf(context, services, "");
    const parsed = TriageDataSchema.safeParse(data);
    if (!parsed.success) return t.agenda.triage.invalid;
    const actor = actorOf(context, services);
    const { meetingId: deferTo, acceptMeetingId, toGroupId, ...rest } = parsed.data;
    const meetingId = rest.action === "accept" ? (acceptMeetingId ?? deferTo) : rest.action === "defer" ? deferTo : undefined;
    const r = await services.agenda.triage(actor, {
      ...rest,
      ...(meetingId?.trim() && meetingId !== "next" ? { meetingId: meetingId.trim() } : {}),
      ...(toGroupId?.trim() ? { toGroupId: toGroupId.trim() } : {}),
    });
    if (!r.ok) return refusalText(r, t);
    // A redirect creates a linked item in the receiving group: it goes to that group's triage.
    if (r.redirected) await postTriageCard(services, r.redirected);
    // The submitter hears the outcome 1:1, once per revision (deterministic outbox id).
    const notice = outcomeNotice(r.item, (i) => ({ text: t.agenda.triage.notice(escapeText(i.title), t.agenda.triage.statusWord[i.status]) }));
    if (notice) await services.delivery.outbox.enqueue(notice);
    await updateTriageCards(services, r.item);
    const catalog = await services.currentCatalog.get();
    const name = catalog.entries.find((e) => e.id === r.item.groupId)?.name ?? r.item.groupId;
    const mayTriage = (await services.agenda.rolesOf(actor, r.item.groupId)).some((x) => TRIAGE_ROLES.includes(x));
    const meeting = r.item.meetingId ? await services.agenda.repo.meeting(r.item.groupId, r.item.meetingId) : undefined;
    return answerInvoke(context, triageCard(r.item, name, t, mayTriage, meeting ? `${meeting.date} ${meeting.time}` : undefined, false, await triageChoices(services, r.item, t)));
  });


  app.message(AGENDA_COMMANDS.bind, async (context, _state) => {
    const { t } = await languageOf(context, services);
    if (conversationKind(context) !== "channel") {
      await context.sendActivity(t.agenda.bindOnlyInChannel);
      return;
    }
    const query = (AGENDA_COMMANDS.bind.exec(textOf(context))?.[1] ?? "").trim();
    if (!query) {
      await context.sendActivity(t.agenda.bindUsage);
      return;
    }
    const g = lookupGroup(await services.currentCatalog.get(), query, t);
    if (!g.ok) {
      await context.sendActivity(g.reply);
      return;
    }
    const r = await services.agenda.bindChannel(actorOf(context, services), g.id, channelOf(context));
    if (r.ok) await context.sendActivity(r.previous && r.previous.conversationId !== r.binding.conversationId ? t.agenda.boundMoved(escapeText(g.name)) : t.agenda.bound(escapeText(g.name)));
    else if (r.code === "NOT_ALLOWED") await context.sendActivity(t.agenda.notAllowedBind);
    else await context.sendActivity(t.agenda.failed);
  });

  app.message(AGENDA_COMMANDS.agenda, async (context, _state) => {
    const { t } = await languageOf(context, services);
    const query = (AGENDA_COMMANDS.agenda.exec(textOf(context))?.[1] ?? "").trim();
    const catalog = await services.currentCatalog.get();
    let groups: { id: string; name: string }[];
    if (query) {
      const g = lookupGroup(catalog, query, t);
      if (!g.ok) {
        await context.sendActivity(g.reply);
        return;
      }
      groups = [g];
    } else {
      const ids = conversationKind(context) === "channel" ? await services.agenda.groupsOfChannel(context.activity.conversation.id) : [];
      groups = ids.map((id) => ({ id, name: catalog.entries.find((e) => e.id === id)?.name ?? id }));
      if (groups.length === 0) {
        await context.sendActivity(t.agenda.agendaWhichGroup);
        return;
      }
    }
    const parts: string[] = [];
    for (const g of groups) {
      const r = await services.agenda.agenda(g.id);
      parts.push(r.ok ? agendaText(r.agenda, g.name, t) : t.agenda.noMeeting(escapeText(g.name)));
    }
    await context.sendActivity(parts.join("\n\n---\n\n"));
  });
}

import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../domain/clock";
import { UNCHANGED } from "../storage/documents";
import { CosmosAgendaRepository } from "./cosmos-agenda-repository";
import { isLate, meetingDates, parseMeetingTime, type MeetingDates } from "./deadlines";
import {
  ADMIN_ASSIGNED_ROLES,
  BINDING_ROLES,
  ChannelInputSchema,
  CHAIR_ASSIGNED_ROLES,
  DEFAULT_SETTINGS,
  GroupSettingsInputSchema,
  ItemInputSchema,
  LIMITS,
  LinkSchema,
  MEETING_ROLES,
  PersonSchema,
  RoleKindSchema,
  TRIAGE_ROLES,
  actorRef,
  invalid,
  personKey,
  refuse,
  type Actor,
  type ActorRef,
  type AgendaItem,
  type AuditEntry,
  type ChannelBinding,
  type ChannelInput,
  type GroupSettings,
  type GroupSettingsInput,
  type ItemInput,
  type ItemStatus,
  type Meeting,
  type Person,
  type Refusal,
  type Result,
  type RoleAssignment,
  type RoleKind,
  type TriageAction,
} from "./schema";

/** Tells whether a group id names a group (the catalog); without it every non-empty id is accepted. */
export type GroupExists = (groupId: string) => Promise<boolean>;

export interface AgendaServiceOptions {
  readonly timeZone: string;
  readonly groupExists?: GroupExists;
  /** Ids for new documents (tests may make them predictable). */
  readonly newId?: () => string;
}

export interface AgendaView {
  readonly meeting: Meeting;
  readonly dates: MeetingDates;
  /** Accepted items in the order they were accepted. */
  readonly items: AgendaItem[];
  /** Items headed for the meeting and not yet triaged. */
  readonly pending: AgendaItem[];
}

export interface TriageInput {
  readonly groupId: string;
  readonly itemId: string;
  /** The revision the actor saw (from the card); a different current revision is refused. */
  readonly revision: number;
  readonly action: TriageAction;
  /** accept: the meeting (default: the item's); defer: the later meeting (default: the one after). */
  readonly meetingId?: string;
  /** redirect: the receiving group. */
  readonly toGroupId?: string;
  /** reject: required; others: optional note. */
  readonly reason?: string;
}

const MeetingInputSchema = z.object({
  at: z.string().trim().min(1),
  place: z.string().trim().min(1).max(300).optional(),
  onlineUrl: LinkSchema.optional(),
  durationMinutes: z.number().int().min(5).max(24 * 60).optional(),
});
export type MeetingInput = z.input<typeof MeetingInputSchema>;

const TRIAGEABLE: Record<TriageAction, readonly ItemStatus[]> = {
  accept: ["submitted", "deferred"],
  defer: ["submitted", "accepted", "deferred"],
  redirect: ["submitted", "deferred"],
  reject: ["submitted", "deferred"],
  reopen: ["accepted", "deferred", "redirected", "rejected"],
};

const STATUS_OF: Record<TriageAction, ItemStatus> = {
  accept: "accepted",
  defer: "deferred",
  redirect: "redirected",
  reject: "rejected",
  reopen: "submitted",
};

/**
 * Use cases for roles, meetings, deadlines, agenda items, triage and the audit log. Each answers a value:
 * `{ ok: true, … }` or a refusal with a code. Permissions are decided here from the actor (never from
 * card data) and the roles in the work store.
 */
export class AgendaService {
  private readonly newId: () => string;

  constructor(
    readonly repo: CosmosAgendaRepository,
    private readonly clock: Clock,
    private readonly options: AgendaServiceOptions,
  ) {
    this.newId = options.newId ?? randomUUID;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private async audit(groupId: string, actor: ActorRef, action: string, subject: AuditEntry["subject"], revision?: number, details: Record<string, unknown> = {}) {
    const at = this.now();
    // Sorted by (at, id): the per-process sequence keeps entries written at the same instant (a fixed
    // clock) in the order they were written.
    const seq = String(auditSequence++).padStart(10, "0");
    await this.repo.appendAudit({ id: `audit:${at}:${seq}:${this.newId()}`, type: "audit", groupId, at, actor, action, subject, revision, details });
  }

  private async checkGroup(groupId: string): Promise<Refusal | undefined> {
    if (!groupId.trim() || /[/\\?#]/.test(groupId) || groupId.length > 200) return refuse("UNKNOWN_GROUP");
    if (this.options.groupExists && !(await this.options.groupExists(groupId))) return refuse("UNKNOWN_GROUP");
    return undefined;
  }

  // ---- roles ---------------------------------------------------------------------------------------

  /** The roles the actor holds in a group. */
  async rolesOf(actor: Actor, groupId: string): Promise<RoleKind[]> {
    const roles = await this.repo.roles(groupId);
    return roles.filter((r) => holds(r.person, actor)).map((r) => r.role);
  }

  private async hasRole(actor: Actor, groupId: string, allowed: readonly RoleKind[]): Promise<boolean> {
    return (await this.rolesOf(actor, groupId)).some((r) => allowed.includes(r));
  }

  async listRoles(groupId: string): Promise<RoleAssignment[]> {
    const order = RoleKindSchema.options;
    return (await this.repo.roles(groupId)).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.person.name.localeCompare(b.person.name));
  }

  /**
   * Admins assign chair, vice chair and secretary (one holder each: a new one replaces the old); the
   * chair or secretary (or an admin) assigns members, co-opted members and adjusters.
   */
  async assignRole(actor: Actor, groupId: string, role: RoleKind, person: z.input<typeof PersonSchema>): Promise<Result<{ assignment: RoleAssignment; previous?: Person }>> {
    const bad = await this.checkGroup(groupId);
    if (bad) return bad;
    if (!RoleKindSchema.safeParse(role).success) return refuse("INVALID_INPUT", { message: `unknown role ${String(role)}` });
    const parsed = PersonSchema.safeParse(person);
    if (!parsed.success) return invalid(parsed.error);
    if (!(await this.mayAssign(actor, groupId, role))) return refuse("NOT_ALLOWED");
    const p = parsed.data;
    if (role !== "member") delete (p as { region?: string }).region;
    const id = CosmosAgendaRepository.roleId(role, personKey(p));
    const by = actorRef(actor);
    const at = this.now();
    const out = await this.repo.mutate<RoleAssignment>(groupId, id, (cur) => {
      if (cur && cur.active && samePerson(cur.person, p) && JSON.stringify(cur.person) === JSON.stringify(p)) return UNCHANGED;
      return { id, type: "role", groupId, role, person: p, active: true, revision: (cur?.revision ?? 0) + 1, assignedBy: by, assignedAt: at };
    });
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, assignment: out.doc as RoleAssignment };
    const previous = out.previous?.active && !samePerson(out.previous.person, p) ? out.previous.person : undefined;
    await this.audit(groupId, by, "role.set", { type: "role", id }, out.doc.revision, { role, person: p, ...(previous ? { replaced: previous } : {}) });
    return { ok: true, assignment: out.doc, ...(previous ? { previous } : {}) };
  }

  /** Ends a person's role (same permissions as assigning it). */
  async removeRole(actor: Actor, groupId: string, role: RoleKind, personId: string): Promise<Result<{ removed: RoleAssignment }>> {
    if (!RoleKindSchema.safeParse(role).success) return refuse("INVALID_INPUT", { message: `unknown role ${String(role)}` });
    if (!(await this.mayAssign(actor, groupId, role))) return refuse("NOT_ALLOWED");
    const id = CosmosAgendaRepository.roleId(role, personId);
    let missing = false;
    const out = await this.repo.mutate<RoleAssignment>(groupId, id, (cur) => {
      missing = !cur || !cur.active || !(cur.person.aadObjectId === personId || cur.person.teamsId === personId);
      if (missing) return UNCHANGED;
      return { ...cur!, active: false, revision: cur!.revision + 1, assignedBy: actorRef(actor), assignedAt: this.now() };
    });
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return refuse("NOT_FOUND");
    await this.audit(groupId, actorRef(actor), "role.remove", { type: "role", id }, out.doc.revision, { role, person: out.doc.person });
    return { ok: true, removed: out.doc };
  }

  private async mayAssign(actor: Actor, groupId: string, role: RoleKind): Promise<boolean> {
    if (actor.isAdmin) return true;
    if (ADMIN_ASSIGNED_ROLES.includes(role)) return false;
    return CHAIR_ASSIGNED_ROLES.includes(role) && (await this.hasRole(actor, groupId, ["chair", "secretary"]));
  }

  private async mayManageMeetings(actor: Actor, groupId: string): Promise<boolean> {
    return actor.isAdmin || (await this.hasRole(actor, groupId, MEETING_ROLES));
  }

  // ---- channel binding -----------------------------------------------------------------------------

  /**
   * "koppla kanalen till <grupp>": the channel becomes the group's home channel (replacing any other).
   * Admin, chair or secretary. The thread suffix of a channel conversation id is dropped.
   */
  async bindChannel(actor: Actor, groupId: string, channel: ChannelInput): Promise<Result<{ binding: ChannelBinding; previous?: ChannelBinding }>> {
    const bad = await this.checkGroup(groupId);
    if (bad) return bad;
    const parsed = ChannelInputSchema.safeParse(channel);
    if (!parsed.success) return invalid(parsed.error);
    if (!actor.isAdmin && !(await this.hasRole(actor, groupId, BINDING_ROLES))) return refuse("NOT_ALLOWED");
    const c = { ...parsed.data, conversationId: parsed.data.conversationId.split(";")[0]! };
    const by = actorRef(actor);
    const out = await this.repo.mutate<ChannelBinding>(groupId, "binding", (cur) => {
      if (cur?.active && cur.conversationId === c.conversationId && cur.teamId === c.teamId && cur.channelId === c.channelId) return UNCHANGED;
      return { id: "binding", type: "binding", groupId, ...c, active: true, revision: (cur?.revision ?? 0) + 1, boundBy: by, boundAt: this.now() };
    });
    if (out.kind === "conflict") return refuse("CONFLICT");
    if (out.kind === "unchanged") return { ok: true, binding: out.doc as ChannelBinding };
    const previous = out.previous?.active ? out.previous : undefined;
    await this.audit(groupId, by, "binding.set", { type: "binding", id: "binding" }, out.doc.revision, {
      teamId: c.teamId,
      channelId: c.channelId,
      ...(previous ? { replacedChannelId: previous.channelId } : {}),
    });
    return { ok: true, binding: out.doc, ...(previous ? { previous } : {}) };
  }

  /** The group's active home channel, if any. */
  async homeChannel(groupId: string): Promise<ChannelBinding | undefined> {
    const b = await this.repo.binding(groupId);
    return b?.active ? b : undefined;
  }

  /** The groups a channel serves. */
  async groupsOfChannel(conversationId: string): Promise<string[]> {
    return (await this.repo.bindingsOfChannel(conversationId.split(";")[0]!)).map((b) => b.groupId).sort();
  }

  /** The bot was removed from a team/channel: its bindings become inactive (lifecycle handler). */
  async deactivateChannel(conversationId: string, by: ActorRef = { userId: "system", name: "bot removed" }): Promise<string[]> {
    const id = conversationId.split(";")[0]!;
    const groups: string[] = [];
    for (const b of await this.repo.bindingsOfChannel(id)) {
      const out = await this.repo.mutate<ChannelBinding>(b.groupId, "binding", (cur) =>
        cur && cur.active && cur.conversationId === id ? { ...cur, active: false, revision: cur.revision + 1 } : UNCHANGED,
      );
      if (out.kind === "written") {
        groups.push(b.groupId);
        await this.audit(b.groupId, by, "binding.deactivate", { type: "binding", id: "binding" }, out.doc.revision, { channelId: b.channelId });
      }
    }
    return groups.sort();
  }

  // ---- settings ------------------------------------------------------------------------------------

  async settings(groupId: string): Promise<GroupSettingsInput & { revision?: number }> {
    const s = await this.repo.settings(groupId);
    return s ? { itemDeadlineWorkingDays: s.itemDeadlineWorkingDays, kallelseDaysBefore: s.kallelseDaysBefore, kallelseTime: s.kallelseTime, revision: s.revision } : { ...DEFAULT_SETTINGS };
  }

  /** Chair, secretary or admin: the group's deadlines relative to its meetings. */
  async setSettings(actor: Actor, groupId: string, input: Partial<GroupSettingsInput>): Promise<Result<{ settings: GroupSettings }>> {
    const bad = await this.checkGroup(groupId);
    if (bad) return bad;
    if (!(await this.mayManageMeetings(actor, groupId))) return refuse("NOT_ALLOWED");
    const current = await this.settings(groupId);
    const parsed = GroupSettingsInputSchema.safeParse({ ...current, ...input, revision: undefined });
    if (!parsed.success) return invalid(parsed.error);
    const by = actorRef(actor);
    const out = await this.repo.mutate<GroupSettings>(groupId, "settings", (cur) => ({
      ...(cur ?? { ...DEFAULT_SETTINGS }),
      ...parsed.data,
      id: "settings",
      type: "groupSettings",
      groupId,
      revision: (cur?.revision ?? 0) + 1,
      updatedBy: by,
      updatedAt: this.now(),
    }));
    if (out.kind !== "written") return refuse("CONFLICT");
    await this.audit(groupId, by, "settings.set", { type: "settings", id: "settings" }, out.doc.revision, { ...parsed.data });
    return { ok: true, settings: out.doc };
  }

  // ---- meetings ------------------------------------------------------------------------------------

  async listMeetings(groupId: string): Promise<(Meeting & { dates: MeetingDates })[]> {
    const settings = await this.settings(groupId);
    return (await this.repo.meetings(groupId)).map((m) => ({ ...m, dates: meetingDates(m, settings) }));
  }

  /** Planned meetings that have not started, soonest first. */
  async upcomingMeetings(groupId: string): Promise<Meeting[]> {
    const now = this.now();
    return (await this.repo.meetings(groupId)).filter((m) => m.status === "planned" && m.startsAt > now);
  }

  /** The next planned meeting with its deadlines, and whether an item submitted now would be late. */
  async nextMeeting(groupId: string): Promise<{ meeting: Meeting; dates: MeetingDates; late: boolean } | undefined> {
    const meeting = (await this.upcomingMeetings(groupId))[0];
    if (!meeting) return undefined;
    const settings = await this.settings(groupId);
    return { meeting, dates: meetingDates(meeting, settings), late: isLate(this.clock.now(), meeting, settings) };
  }

  private parseMeetingInput(input: MeetingInput): Refusal | { startsAt: Date; date: string; time: string; place?: string; onlineUrl?: string; durationMinutes?: number } {
    const parsed = MeetingInputSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const when = parseMeetingTime(parsed.data.at, this.options.timeZone);
    if (!when) return refuse("INVALID_INPUT", { issues: [{ path: "at", message: "not a date-time (YYYY-MM-DDTHH:MM)" }], message: "at: not a date-time (YYYY-MM-DDTHH:MM)" });
    if (when.startsAt.getTime() <= this.clock.now().getTime()) return refuse("INVALID_INPUT", { issues: [{ path: "at", message: "in the past" }], message: "at: in the past" });
    const { place, onlineUrl, durationMinutes } = parsed.data;
    return { ...when, place, onlineUrl, durationMinutes };
  }

  async createMeeting(actor: Actor, groupId: string, input: MeetingInput): Promise<Result<{ meeting: Meeting; dates: MeetingDates }>> {
    const bad = await this.checkGroup(groupId);
    if (bad) return bad;
    if (!(await this.mayManageMeetings(actor, groupId))) return refuse("NOT_ALLOWED");
    const m = this.parseMeetingInput(input);
    if ("ok" in m) return m;
    const by = actorRef(actor);
    const at = this.now();
    const meeting: Meeting = {
      id: `meeting:${this.newId()}`,
      type: "meeting",
      groupId,
      startsAt: m.startsAt.toISOString(),
      date: m.date,
      time: m.time,
      timeZone: this.options.timeZone,
      ...(m.durationMinutes ? { durationMinutes: m.durationMinutes } : {}),
      ...(m.place ? { place: m.place } : {}),
      ...(m.onlineUrl ? { onlineUrl: m.onlineUrl } : {}),
      status: "planned",
      revision: 1,
      createdBy: by,
      createdAt: at,
      updatedBy: by,
      updatedAt: at,
    };
    if (!(await this.repo.create(meeting))) return refuse("CONFLICT");
    await this.audit(groupId, by, "meeting.create", { type: "meeting", id: meeting.id }, 1, { startsAt: meeting.startsAt, place: meeting.place, onlineUrl: meeting.onlineUrl });
    return { ok: true, meeting, dates: meetingDates(meeting, await this.settings(groupId)) };
  }

  /** New time and/or place. `revision` is the meeting revision the actor saw. */
  async rescheduleMeeting(actor: Actor, groupId: string, meetingId: string, revision: number, input: MeetingInput): Promise<Result<{ meeting: Meeting; dates: MeetingDates }>> {
    if (!(await this.mayManageMeetings(actor, groupId))) return refuse("NOT_ALLOWED");
    const m = this.parseMeetingInput(input);
    if ("ok" in m) return m;
    const by = actorRef(actor);
    let refusal: Refusal | undefined;
    const out = await this.repo.mutate<Meeting>(groupId, meetingId, (cur) => {
      refusal = undefined;
      if (!cur || cur.type !== "meeting") return (refusal = refuse("UNKNOWN_MEETING")), UNCHANGED;
      if (cur.revision !== revision) return (refusal = refuse("STALE_REVISION", { revision: cur.revision, by: cur.updatedBy })), UNCHANGED;
      if (cur.status !== "planned") return (refusal = refuse("INVALID_STATE", { message: "the meeting is cancelled" })), UNCHANGED;
      return {
        ...cur,
        startsAt: m.startsAt.toISOString(),
        date: m.date,
        time: m.time,
        place: m.place ?? cur.place,
        onlineUrl: m.onlineUrl ?? cur.onlineUrl,
        durationMinutes: m.durationMinutes ?? cur.durationMinutes,
        revision: cur.revision + 1,
        updatedBy: by,
        updatedAt: this.now(),
      };
    });
    if (refusal) return refusal;
    if (out.kind !== "written") return refuse("CONFLICT");
    await this.audit(groupId, by, "meeting.reschedule", { type: "meeting", id: meetingId }, out.doc.revision, {
      from: out.previous?.startsAt,
      startsAt: out.doc.startsAt,
      place: out.doc.place,
      onlineUrl: out.doc.onlineUrl,
    });
    return { ok: true, meeting: out.doc, dates: meetingDates(out.doc, await this.settings(groupId)) };
  }

  async cancelMeeting(actor: Actor, groupId: string, meetingId: string, revision: number, reason?: string): Promise<Result<{ meeting: Meeting }>> {
    if (!(await this.mayManageMeetings(actor, groupId))) return refuse("NOT_ALLOWED");
    const by = actorRef(actor);
    let refusal: Refusal | undefined;
    const out = await this.repo.mutate<Meeting>(groupId, meetingId, (cur) => {
      refusal = undefined;
      if (!cur || cur.type !== "meeting") return (refusal = refuse("UNKNOWN_MEETING")), UNCHANGED;
      if (cur.status === "cancelled") return (refusal = refuse("ALREADY_HANDLED", { by: cur.updatedBy, revision: cur.revision })), UNCHANGED;
      if (cur.revision !== revision) return (refusal = refuse("STALE_REVISION", { revision: cur.revision, by: cur.updatedBy })), UNCHANGED;
      return { ...cur, status: "cancelled", ...(reason?.trim() ? { cancelReason: reason.trim().slice(0, 1000) } : {}), revision: cur.revision + 1, updatedBy: by, updatedAt: this.now() };
    });
    if (refusal) return refusal;
    if (out.kind !== "written") return refuse("CONFLICT");
    await this.audit(groupId, by, "meeting.cancel", { type: "meeting", id: meetingId }, out.doc.revision, reason ? { reason } : {});
    return { ok: true, meeting: out.doc };
  }

  // ---- items ---------------------------------------------------------------------------------------

  /**
   * Anyone may submit. The item heads for the preferred meeting, else the next one. After that
   * meeting's deadline it is marked late and goes to the meeting after, unless the submitter chose to
   * raise it at that meeting (`raiseAtMeeting`).
   */
  async submitItem(actor: Actor, groupId: string, input: ItemInput, submitter?: Partial<Person>): Promise<Result<{ item: AgendaItem; dates?: MeetingDates }>> {
    const bad = await this.checkGroup(groupId);
    if (bad) return bad;
    const parsed = ItemInputSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const data = parsed.data;
    const settings = await this.settings(groupId);
    const upcoming = await this.upcomingMeetings(groupId);
    let target: Meeting | undefined = upcoming[0];
    if (data.preferredMeetingId) {
      target = upcoming.find((m) => m.id === data.preferredMeetingId);
      if (!target) return refuse("UNKNOWN_MEETING");
    }
    const now = this.clock.now();
    let late = false;
    if (target && isLate(now, target, settings)) {
      late = true;
      if (!data.raiseAtMeeting) target = upcoming.find((m) => m.startsAt > target!.startsAt);
    }
    const person = PersonSchema.safeParse({
      tenantId: actor.tenantId,
      aadObjectId: actor.aadObjectId,
      teamsId: actor.teamsId ?? (actor.aadObjectId ? undefined : actor.userId),
      name: actor.name ?? "",
      ...submitter,
    });
    if (!person.success) return invalid(person.error);
    const at = now.toISOString();
    const item: AgendaItem = {
      id: `item:${this.newId()}`,
      type: "item",
      groupId,
      title: data.title,
      description: data.description,
      kind: data.kind,
      links: data.links,
      ...(data.preferredMeetingId ? { preferredMeetingId: data.preferredMeetingId } : {}),
      ...(target ? { meetingId: target.id } : {}),
      status: "submitted",
      late,
      raiseAtMeeting: late && data.raiseAtMeeting,
      revision: 1,
      submitter: person.data,
      submittedAt: at,
      updatedAt: at,
    };
    if (!(await this.repo.create(item))) return refuse("CONFLICT");
    await this.audit(groupId, actorRef(actor), "item.submit", { type: "item", id: item.id }, 1, { title: item.title, kind: item.kind, meetingId: item.meetingId, late });
    return { ok: true, item, ...(target ? { dates: meetingDates(target, settings) } : {}) };
  }

  /** The submitter edits title, description, kind and links while the item is untriaged. */
  async editItem(actor: Actor, groupId: string, itemId: string, revision: number, changes: Partial<Pick<ItemInput, "title" | "description" | "kind" | "links">>): Promise<Result<{ item: AgendaItem }>> {
    const parsed = ItemInputSchema.pick({ title: true, description: true, kind: true, links: true }).partial().safeParse(changes);
    if (!parsed.success) return invalid(parsed.error);
    const patch = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
    return this.submitterChange(actor, groupId, itemId, revision, "item.edit", (cur) => ({ ...cur, ...patch }), patch);
  }

  async withdrawItem(actor: Actor, groupId: string, itemId: string, revision: number): Promise<Result<{ item: AgendaItem }>> {
    return this.submitterChange(actor, groupId, itemId, revision, "item.withdraw", (cur) => ({ ...cur, status: "withdrawn" }), {});
  }

  private async submitterChange(
    actor: Actor,
    groupId: string,
    itemId: string,
    revision: number,
    action: string,
    apply: (cur: AgendaItem) => AgendaItem,
    details: Record<string, unknown>,
  ): Promise<Result<{ item: AgendaItem }>> {
    let refusal: Refusal | undefined;
    const out = await this.repo.mutate<AgendaItem>(groupId, itemId, (cur) => {
      refusal = undefined;
      if (!cur || cur.type !== "item") return (refusal = refuse("NOT_FOUND")), UNCHANGED;
      if (!holds(cur.submitter, actor)) return (refusal = refuse("NOT_ALLOWED")), UNCHANGED;
      if (cur.status !== "submitted") return (refusal = handledBy(cur)), UNCHANGED;
      if (cur.revision !== revision) return (refusal = refuse("STALE_REVISION", { revision: cur.revision })), UNCHANGED;
      return { ...apply(cur), revision: cur.revision + 1, updatedAt: this.now() };
    });
    if (refusal) return refusal;
    if (out.kind !== "written") return refuse("CONFLICT");
    await this.audit(groupId, actorRef(actor), action, { type: "item", id: itemId }, out.doc.revision, details);
    return { ok: true, item: out.doc };
  }

  /**
   * accept / defer / redirect / reject (reason required) / reopen, by the chair, vice chair or
   * secretary. The revision the actor saw must be current: when someone else triaged first the answer is
   * ALREADY_HANDLED with who did it; exactly one of concurrent triages wins (ETag).
   */
  async triage(actor: Actor, input: TriageInput): Promise<Result<{ item: AgendaItem; redirected?: AgendaItem }>> {
    const { groupId, itemId, action } = input;
    if (!TRIAGE_ACTIONS_SET.has(action)) return refuse("INVALID_INPUT", { message: `unknown action ${String(action)}` });
    if (!Number.isInteger(input.revision)) return refuse("INVALID_INPUT", { message: "revision: not a number" });
    if (!(await this.hasRole(actor, groupId, TRIAGE_ROLES))) return refuse("NOT_ALLOWED");
    const reason = input.reason?.trim();
    if (action === "reject" && (!reason || reason.length < LIMITS.reason.min)) return refuse("INVALID_INPUT", { issues: [{ path: "reason", message: "required" }], message: "reason: required" });
    if (reason && reason.length > LIMITS.reason.max) return refuse("INVALID_INPUT", { issues: [{ path: "reason", message: "too long" }], message: "reason: too long" });

    // Meetings and the receiving group are checked before the write; the write itself decides on the item.
    const upcoming = await this.upcomingMeetings(groupId);
    const current = await this.repo.item(groupId, itemId);
    if (!current) return refuse("NOT_FOUND");
    let meetingId: string | undefined;
    if (action === "accept") {
      meetingId = input.meetingId ?? current.meetingId ?? upcoming[0]?.id;
      if (!meetingId || !upcoming.some((m) => m.id === meetingId)) return refuse("UNKNOWN_MEETING");
    } else if (action === "defer") {
      if (input.meetingId) {
        if (!upcoming.some((m) => m.id === input.meetingId)) return refuse("UNKNOWN_MEETING");
        meetingId = input.meetingId;
      } else {
        const from = upcoming.find((m) => m.id === current.meetingId);
        meetingId = (from ? upcoming.find((m) => m.startsAt > from.startsAt) : upcoming[0])?.id;
        // No later meeting planned yet: deferred without a meeting.
      }
    }
    let agendaOrder: number | undefined;
    if (action === "accept") {
      const onMeeting = (await this.repo.items(groupId)).filter((i) => i.status === "accepted" && i.meetingId === meetingId && i.id !== itemId);
      agendaOrder = Math.max(0, ...onMeeting.map((i) => i.agendaOrder ?? 0)) + 1;
    }
    let redirectedItemId: string | undefined;
    if (action === "redirect") {
      const to = input.toGroupId?.trim();
      if (!to || to === groupId) return refuse("INVALID_INPUT", { issues: [{ path: "toGroupId", message: "another group is required" }], message: "toGroupId: another group is required" });
      const bad = await this.checkGroup(to);
      if (bad) return bad;
      redirectedItemId = `item:${this.newId()}`;
    }

    const by = actorRef(actor);
    const at = this.now();
    let refusal: Refusal | undefined;
    const out = await this.repo.mutate<AgendaItem>(groupId, itemId, (cur) => {
      refusal = undefined;
      if (!cur || cur.type !== "item") return (refusal = refuse("NOT_FOUND")), UNCHANGED;
      if (cur.revision !== input.revision) {
        refusal = cur.status === "submitted" && action !== "reopen" ? refuse("STALE_REVISION", { revision: cur.revision }) : handledBy(cur);
        return UNCHANGED;
      }
      if (!TRIAGEABLE[action].includes(cur.status)) {
        refusal = action === "reopen" && cur.status !== "withdrawn" ? refuse("INVALID_STATE", { status: cur.status, revision: cur.revision }) : handledBy(cur);
        return UNCHANGED;
      }
      const next: AgendaItem = { ...cur, status: STATUS_OF[action], revision: cur.revision + 1, updatedAt: at };
      {
        next.triage = {
          action,
          by,
          at,
          ...(reason ? { reason } : {}),
          ...(meetingId ? { meetingId } : {}),
          ...(action === "redirect" ? { toGroupId: input.toGroupId!.trim(), redirectedItemId } : {}),
        };
        if (action === "accept" || action === "defer") {
          if (meetingId) next.meetingId = meetingId;
          else delete next.meetingId;
        }
        if (action === "accept" && agendaOrder) next.agendaOrder = agendaOrder;
        else delete next.agendaOrder;
      }
      return next;
    });
    if (refusal) return refusal;
    if (out.kind !== "written") return refuse("CONFLICT");
    const item = out.doc;
    let redirected: AgendaItem | undefined;
    if (action === "redirect" && redirectedItemId) {
      const toGroupId = input.toGroupId!.trim();
      const toUpcoming = await this.upcomingMeetings(toGroupId);
      redirected = {
        id: redirectedItemId,
        type: "item",
        groupId: toGroupId,
        title: item.title,
        description: item.description,
        kind: item.kind,
        links: item.links,
        ...(toUpcoming[0] ? { meetingId: toUpcoming[0].id } : {}),
        status: "submitted",
        late: false,
        raiseAtMeeting: false,
        revision: 1,
        submitter: item.submitter,
        submittedAt: at,
        updatedAt: at,
        redirectedFrom: { groupId, itemId },
      };
      await this.repo.create(redirected);
      await this.audit(toGroupId, by, "item.redirected-in", { type: "item", id: redirectedItemId }, 1, { fromGroupId: groupId, fromItemId: itemId, title: item.title });
    }
    await this.audit(groupId, by, `item.${action}`, { type: "item", id: itemId }, item.revision, {
      ...(reason ? { reason } : {}),
      ...(item.triage?.meetingId ? { meetingId: item.triage.meetingId } : {}),
      ...(redirected ? { toGroupId: redirected.groupId, redirectedItemId: redirected.id } : {}),
    });
    return { ok: true, item, ...(redirected ? { redirected } : {}) };
  }

  async listItems(groupId: string): Promise<AgendaItem[]> {
    return this.repo.items(groupId);
  }

  async getItem(groupId: string, itemId: string): Promise<AgendaItem | undefined> {
    return this.repo.item(groupId, itemId);
  }

  /** The agenda of a meeting (default: the next planned one). */
  async agenda(groupId: string, meetingId?: string): Promise<Result<{ agenda: AgendaView }>> {
    const upcoming = await this.upcomingMeetings(groupId);
    const meeting = meetingId ? await this.repo.meeting(groupId, meetingId) : upcoming[0];
    if (!meeting) return refuse("UNKNOWN_MEETING");
    const items = (await this.repo.items(groupId)).filter((i) => i.meetingId === meeting.id);
    const accepted = items
      .filter((i) => i.status === "accepted")
      .sort((a, b) => (a.agendaOrder ?? 0) - (b.agendaOrder ?? 0) || (a.triage?.at ?? "").localeCompare(b.triage?.at ?? "") || a.id.localeCompare(b.id));
    const pending = items.filter((i) => i.status === "submitted");
    return { ok: true, agenda: { meeting, dates: meetingDates(meeting, await this.settings(groupId)), items: accepted, pending } };
  }

  async auditLog(groupId: string): Promise<AuditEntry[]> {
    return this.repo.audit(groupId);
  }
}

let auditSequence = 0;

const TRIAGE_ACTIONS_SET = new Set<string>(["accept", "defer", "redirect", "reject", "reopen"]);

/** Does the stored person denote the actor (Entra object id, else Teams id)? */
export function holds(person: Pick<Person, "aadObjectId" | "teamsId">, actor: Pick<Actor, "userId" | "aadObjectId" | "teamsId">): boolean {
  const ids = new Set([actor.userId, actor.aadObjectId, actor.teamsId].filter((x): x is string => !!x));
  return (!!person.aadObjectId && ids.has(person.aadObjectId)) || (!!person.teamsId && ids.has(person.teamsId));
}

const samePerson = (a: Person, b: Person) => personKey(a) === personKey(b);

function handledBy(cur: AgendaItem): Refusal {
  if (cur.status === "withdrawn") return refuse("ALREADY_HANDLED", { status: cur.status, revision: cur.revision, by: { userId: personKey(cur.submitter), name: cur.submitter.name } });
  return refuse("ALREADY_HANDLED", { status: cur.status, revision: cur.revision, ...(cur.triage ? { by: cur.triage.by } : {}) });
}

/** The catalog view the agenda needs: group ids that may hold roles, meetings and items. */
export interface GroupCatalog {
  get(): Promise<{ readonly entries: readonly { readonly id: string; readonly entryType: string }[] }>;
}

/** Groups and referenced bodies in the catalog are known; kinds (templates) and unknown ids are not. */
export function catalogGroupExists(catalog: GroupCatalog): GroupExists {
  return async (groupId) => (await catalog.get()).entries.some((e) => e.id === groupId && e.entryType !== "kind");
}

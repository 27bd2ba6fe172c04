import { createHash } from "node:crypto";
import type { Actor, AgendaItem, Meeting, RoleKind } from "../agenda/schema";
import type { Catalog, GroupRecord } from "../catalog/schema";
import type { Clock } from "../domain/clock";
import type { Language } from "../domain/language";
import { addDays, isoWeek, isoWeekOfDate, scheduledDay, zonedDate, zonedInstant, type IsoWeek, type LocalDate } from "../domain/working-days";
import { entryById } from "../catalog/lookup";
import { lateOn, type MeetingDates } from "../agenda/deadlines";
import { governanceNotes } from "./governance";
import type { ChannelRef, DigestAgenda, MinutesDigestSource, SubscriptionStore } from "./ports";
import { DEFAULT_SCHEDULE, groupIsEmpty, type Digest, type DigestGroup, type DigestSubscription } from "./schema";

/** Who may turn the digest on or off in a channel: the chair or secretary of a group bound there (or an admin). */
export const DIGEST_ROLES: readonly RoleKind[] = ["chair", "secretary"];
/** "Meetings in the next two weeks." */
export const MEETING_HORIZON_DAYS = 14;
/** Follow-ups due within this many days (or overdue). */
export const FOLLOW_UP_DAYS = 7;

export type DigestCode = "NOT_ALLOWED" | "NO_GROUPS" | "INVALID_INPUT" | "NOT_SUBSCRIBED" | "CONFLICT";
/** An expected failure of a digest command (src/i18n/<lang>/digest.ts has a text for each code). */
export interface DigestRefusal {
  readonly ok: false;
  readonly code: DigestCode;
  readonly message?: string;
}
export type DigestResult<T> = ({ readonly ok: true } & T) | DigestRefusal;

export type { ChannelRef };

export interface ScheduleInput {
  readonly weekday?: number;
  readonly time?: string;
  readonly language?: Language;
}

export interface DigestServiceOptions {
  readonly timeZone: string;
  /**
   * The regions of an organisation (for "every region takes part"); the catalog's organisations carry
   * them when the overrides list them. Undefined: not known.
   */
  readonly regionsOf?: (catalog: Catalog, organizationId: string) => readonly string[] | undefined;
}

/** A digest due to be sent: the subscription, the week it is for and the outbox id. */
export interface DueDigest {
  readonly subscription: DigestSubscription;
  readonly week: IsoWeek;
  readonly sendAt: Date;
  readonly outboxId: string;
}

const channelId = (conversationId: string) => conversationId.split(";")[0]!;

/** The deterministic outbox id of a channel's digest for an ISO week: one digest per channel and week. */
export function digestOutboxId(conversationId: string, week: string): string {
  const id = `digest:${channelId(conversationId)}:${week}`;
  return id.length <= 240 && !/[/\\?#]/.test(id) ? id : `digest:${createHash("sha256").update(channelId(conversationId)).digest("base64url")}:${week}`;
}

/** Monday of an ISO week key ("2027-W06"), or undefined when the key is not a week. */
export function mondayOfWeek(key: string): LocalDate | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(key.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return undefined;
  const jan4 = `${year}-01-04`;
  const w = isoWeekOfDate(jan4);
  const monday = addDays(w.monday, (week - 1) * 7);
  return isoWeekOfDate(monday).key === key.trim() ? monday : undefined;
}

/** The instant a subscription's digest for a week is sent: its weekday and time, moved to the next working day. */
export function sendInstant(week: IsoWeek, schedule: { weekday: number; time: string }, timeZone: string): Date {
  const day = scheduledDay(addDays(week.monday, schedule.weekday - 1));
  return zonedInstant(day, schedule.time, timeZone);
}

/**
 * The weekly digest: subscriptions per channel (conversations container) and the content for the
 * groups whose home channel it is. Minutes and follow-ups are read through the MinutesDigestSource port.
 */
export class DigestService {
  constructor(
    private readonly deps: {
      readonly agenda: DigestAgenda;
      readonly catalog: { get(): Promise<Catalog> };
      readonly subscriptions: SubscriptionStore;
      readonly clock: Clock;
      readonly minutes: MinutesDigestSource;
    },
    private readonly options: DigestServiceOptions,
  ) {}

  get timeZone(): string {
    return this.options.timeZone;
  }

  // ---- subscriptions -------------------------------------------------------------------------------

  async subscription(channel: ChannelRef): Promise<DigestSubscription | undefined> {
    return this.deps.subscriptions.get(channel);
  }

  async subscriptions(): Promise<DigestSubscription[]> {
    return this.deps.subscriptions.list();
  }

  /** May the actor turn the digest on or off in this channel? Admins, or the chair/secretary of a group bound there. */
  async mayManage(actor: Actor, conversationId: string): Promise<boolean> {
    if (actor.isAdmin) return true;
    for (const g of await this.deps.agenda.groupsOfChannel(conversationId)) {
      if ((await this.deps.agenda.rolesOf(actor, g)).some((r) => DIGEST_ROLES.includes(r))) return true;
    }
    return false;
  }

  /** "veckobrev på [mån 08:00]": turns the digest on (or changes its day, time or language); a paused one resumes. */
  async subscribe(actor: Actor, channel: ChannelRef, input: ScheduleInput = {}): Promise<DigestResult<{ subscription: DigestSubscription; created: boolean }>> {
    const weekday = input.weekday ?? undefined;
    if (weekday !== undefined && !(Number.isInteger(weekday) && weekday >= 1 && weekday <= 7)) return { ok: false, code: "INVALID_INPUT", message: "weekday: 1 (Monday) … 7 (Sunday)" };
    if (input.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time)) return { ok: false, code: "INVALID_INPUT", message: "time: HH:MM" };
    if ((await this.deps.agenda.groupsOfChannel(channel.conversationId)).length === 0) return { ok: false, code: "NO_GROUPS" };
    if (!(await this.mayManage(actor, channel.conversationId))) return { ok: false, code: "NOT_ALLOWED" };
    const now = this.deps.clock.now().toISOString();
    const by = { userId: actor.userId, name: actor.name ?? "" };
    const out = await this.deps.subscriptions.change(channel, (cur) => {
      const next: Omit<DigestSubscription, "id"> = {
        type: "digestSubscription",
        tenantId: channel.tenantId,
        conversationId: channelId(channel.conversationId),
        weekday: weekday ?? cur?.weekday ?? DEFAULT_SCHEDULE.weekday,
        time: input.time ?? cur?.time ?? DEFAULT_SCHEDULE.time,
        language: input.language ?? cur?.language ?? "sv",
        status: "on",
        // Turning on (again) never back-fills the weeks before; a change of day keeps the start.
        since: cur?.status === "on" ? cur.since : now,
        revision: (cur?.revision ?? 0) + 1,
        updatedBy: by,
        updatedAt: now,
      };
      if (cur && cur.status === "on" && cur.weekday === next.weekday && cur.time === next.time && cur.language === next.language) return undefined;
      return next;
    });
    if (out.kind === "conflict") return { ok: false, code: "CONFLICT" };
    if (out.kind === "written") return { ok: true, subscription: out.subscription, created: out.created };
    return { ok: true, subscription: out.subscription!, created: false };
  }

  /** "veckobrev av": stops the digest in this channel. */
  async unsubscribe(actor: Actor, channel: ChannelRef): Promise<DigestResult<{ subscription: DigestSubscription }>> {
    if (!(await this.mayManage(actor, channel.conversationId))) return { ok: false, code: "NOT_ALLOWED" };
    const now = this.deps.clock.now().toISOString();
    const out = await this.deps.subscriptions.change(channel, (cur) =>
      !cur || cur.status === "off" ? undefined : { ...cur, status: "off", revision: cur.revision + 1, updatedBy: { userId: actor.userId, name: actor.name ?? "" }, updatedAt: now },
    );
    if (out.kind === "conflict") return { ok: false, code: "CONFLICT" };
    if (!out.subscription) return { ok: false, code: "NOT_SUBSCRIBED" };
    return { ok: true, subscription: out.subscription };
  }

  /** The bot was removed from the channel, or a post there answered 403: the subscription pauses until turned on again. */
  async pause(tenantId: string, conversationId: string): Promise<boolean> {
    const now = this.deps.clock.now().toISOString();
    const out = await this.deps.subscriptions.change({ tenantId, conversationId }, (cur) =>
      !cur || cur.status !== "on" ? undefined : { ...cur, status: "paused", pausedAt: now, revision: cur.revision + 1, updatedBy: { userId: "system", name: "conversation removed" }, updatedAt: now },
    );
    return out.kind === "written";
  }

  /**
   * The digests due at `at`: for every subscription that is on, the week whose send instant (weekday and
   * time, moved to the next working day) has come within the current ISO week and not before the
   * subscription started. A holiday shift can carry last week's digest into this week; both keep their own
   * week in the outbox id, so each channel gets one digest per ISO week.
   */
  async due(at: Date): Promise<DueDigest[]> {
    const tz = this.options.timeZone;
    const current = isoWeek(at, tz);
    const previous = isoWeekOfDate(addDays(current.monday, -7));
    const out: DueDigest[] = [];
    for (const s of await this.subscriptions()) {
      if (s.status !== "on") continue;
      for (const week of [previous, current]) {
        const sendAt = sendInstant(week, s, tz);
        if (sendAt.getTime() > at.getTime()) continue;
        if (isoWeek(sendAt, tz).key !== current.key) continue;
        if (sendAt.toISOString() < s.since) continue;
        out.push({ subscription: s, week, sendAt, outboxId: digestOutboxId(s.conversationId, week.key) });
      }
    }
    return out;
  }

  // ---- content -------------------------------------------------------------------------------------

  /** The groups a digest covers: the channel's groups, or (no channel) every group and mandate in the catalog. */
  async groupsFor(conversationId?: string): Promise<string[]> {
    if (conversationId) return this.deps.agenda.groupsOfChannel(conversationId);
    const catalog = await this.deps.catalog.get();
    return catalog.entries.filter((e) => e.entryType !== "referenced").map((e) => e.id);
  }

  /** The digest for a channel's groups (or for the given groups) as of `at`, for the ISO week `week` (default: at's week). */
  async compose(input: { conversationId?: string; groupIds?: readonly string[]; at: Date; week?: IsoWeek }): Promise<Digest> {
    const tz = this.options.timeZone;
    const week = input.week ?? isoWeek(input.at, tz);
    const today = zonedDate(input.at, tz);
    // A group is listed once however it reaches the digest (several bindings, a list given twice).
    const ids = [...new Set(input.groupIds ?? (await this.groupsFor(input.conversationId)))];
    const catalog = await this.deps.catalog.get();
    const groups: DigestGroup[] = [];
    for (const id of ids) groups.push(await this.composeGroup(catalog, id, input.at, today, week));
    return {
      week: week.key,
      date: today,
      at: input.at.toISOString(),
      ...(input.conversationId ? { conversationId: channelId(input.conversationId) } : {}),
      groups,
      empty: groups.every(groupIsEmpty),
    };
  }

  private async composeGroup(catalog: Catalog, groupId: string, at: Date, today: LocalDate, week: IsoWeek): Promise<DigestGroup> {
    const record = entryById(catalog, groupId);
    const sunday = addDays(week.monday, 6);
    const horizon = addDays(today, MEETING_HORIZON_DAYS - 1);
    const [meetings, items, minutes, followUps] = await Promise.all([
      this.deps.agenda.listMeetings(groupId),
      this.deps.agenda.listItems(groupId),
      this.deps.minutes.awaitingApproval(groupId, at),
      this.deps.minutes.followUps(groupId, at, FOLLOW_UP_DAYS),
    ]);
    const nowIso = at.toISOString();
    const planned = meetings.filter((m) => m.status === "planned" && m.startsAt > nowIso).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const from = today > week.monday ? today : week.monday;
    return {
      groupId,
      name: record?.name ?? groupId,
      meetings: planned
        .filter((m) => m.date <= horizon)
        .map((m) => ({ meetingId: m.id, date: m.date, time: m.time, ...(m.place ? { place: m.place } : {}) })),
      deadlines: planned
        .filter((m) => m.dates.itemDeadline >= from && m.dates.itemDeadline <= sunday)
        .map((m) => ({ meetingId: m.id, meetingDate: m.date, itemDeadline: m.dates.itemDeadline })),
      triage: items
        .filter((i) => i.status === "submitted")
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
        .map((i) => ({ itemId: i.id, title: i.title, submittedDate: zonedDate(new Date(i.submittedAt), this.options.timeZone), late: lateFor(i, meetings) })),
      minutes: [...minutes].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.meetingDate.localeCompare(b.meetingDate)),
      followUps: [...followUps].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? "9999").localeCompare(b.due ?? "9999")),
      governance: record ? await this.governance(catalog, record, today) : [],
    };
  }

  private async governance(catalog: Catalog, record: GroupRecord, today: LocalDate) {
    if (record.composition?.representation !== "one-per-region") return governanceNotes(catalog, record, today);
    const roles = await this.deps.agenda.listRoles(record.id);
    const represented = roles.filter((r) => r.active && r.person.region).map((r) => r.person.region!);
    const regions = (this.options.regionsOf ?? catalogRegions)(catalog, record.organizationId);
    return governanceNotes(catalog, record, today, { regions, represented });
  }
}

/** The organisation's regions as the catalog carries them (an organisation with a `regions` list), else unknown. */
export function catalogRegions(catalog: Catalog, organizationId: string): readonly string[] | undefined {
  const org = catalog.organizations.find((o) => o.id === organizationId) as { regions?: unknown } | undefined;
  return Array.isArray(org?.regions) && org.regions.every((r) => typeof r === "string") ? (org.regions as string[]) : undefined;
}

/**
 * Late only for the meeting the item is headed for now: one that missed a deadline and went on to the next
 * meeting is on time there (src/agenda/deadlines.ts), and "sent" would send readers to the wrong meeting.
 */
function lateFor(item: AgendaItem, meetings: readonly (Meeting & { dates: MeetingDates })[]): boolean {
  const meeting = item.meetingId ? meetings.find((m) => m.id === item.meetingId) : undefined;
  return meeting ? lateOn(item, meeting, meeting.dates) : item.late;
}

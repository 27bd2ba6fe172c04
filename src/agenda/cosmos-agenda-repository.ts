import type { Container } from "@azure/cosmos";
import { createOnce, isConflict, isNotFound, isPreconditionFailed, mutateDoc, queryAll, readDoc, safeId, UNCHANGED, type StoredMeta } from "../storage/documents";
import type { AgendaStore, Change, Mutation, ScheduleInput, ScheduleRefresh, ScheduleSources } from "./ports";
import {
  SINGLE_HOLDER_ROLES,
  type AgendaItem,
  type AuditEntry,
  type ChannelBinding,
  type GroupSettings,
  type Meeting,
  type RoleAssignment,
  type RoleKind,
  type Schedule,
} from "./schema";

/**
 * Cosmos adapter of the agenda store: the `work` container (partition key /groupId). Every read is a
 * point read or a single-partition query, except the jobs' few cross-partition reads; every
 * read-modify-write is guarded by the ETag.
 */

const strip = <T>(doc: T & StoredMeta & { _rid?: unknown; _self?: unknown; _ts?: unknown; _attachments?: unknown }): T => {
  const copy = { ...doc } as Record<string, unknown>;
  for (const k of ["_etag", "_rid", "_self", "_ts", "_attachments"]) delete copy[k];
  return copy as T;
};

const byStart = (a: Meeting, b: Meeting) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);

/** Schedules kept for `schedule(groupId, maxAgeMs)`: bounded; a miss is one point read. */
const RECENT_SCHEDULES_MAX = 5_000;

export class CosmosAgendaRepository implements AgendaStore {
  /** The schedule of each group as this process last read or wrote it, and when. */
  private readonly recentSchedules = new Map<string, { readonly at: number; readonly schedule: Schedule | undefined }>();
  /** Schedule writes begun by this process: a read that overlapped one is not kept (it may be the old copy). */
  private scheduleWrites = 0;
  /** Reads of a schedule's shown copy under way (see `schedule`), with the write count they began at. */
  private readonly scheduleReads = new Map<string, { readonly read: Promise<Schedule | undefined>; readonly writes: number }>();

  constructor(readonly container: Container) {}

  private noteSchedule(groupId: string, schedule: Schedule | undefined): void {
    if (this.recentSchedules.size >= RECENT_SCHEDULES_MAX) this.recentSchedules.clear();
    this.recentSchedules.set(groupId, { at: Date.now(), schedule });
  }

  static roleId(role: RoleKind, personKey: string): string {
    return SINGLE_HOLDER_ROLES.includes(role) ? `role:${role}` : safeId("role", role, personKey);
  }

  roleId(role: RoleKind, personKey: string): string {
    return CosmosAgendaRepository.roleId(role, personKey);
  }

  private async ofType<T>(groupId: string, type: string): Promise<T[]> {
    // groupId in the filter too: the partition key scopes the query in Cosmos, but the local emulator ignores it.
    const docs = await queryAll<T & StoredMeta>(
      this.container,
      "SELECT * FROM c WHERE c.groupId = @groupId AND c.type = @type",
      [
        { name: "@groupId", value: groupId },
        { name: "@type", value: type },
      ],
      groupId,
    );
    return docs.map((d) => strip<T>(d));
  }

  private async point<T extends { type: string; groupId: string }>(groupId: string, id: string, type: T["type"]): Promise<T | undefined> {
    const doc = await readDoc<T>(this.container, id, groupId);
    return doc && doc.type === type && doc.groupId === groupId ? strip<T>(doc) : undefined;
  }

  async roles(groupId: string): Promise<RoleAssignment[]> {
    return (await this.ofType<RoleAssignment>(groupId, "role")).filter((r) => r.active && r.groupId === groupId);
  }

  async meetings(groupId: string): Promise<Meeting[]> {
    return (await this.ofType<Meeting>(groupId, "meeting")).filter((m) => m.groupId === groupId).sort(byStart);
  }

  meeting(groupId: string, meetingId: string): Promise<Meeting | undefined> {
    return this.point<Meeting>(groupId, meetingId, "meeting");
  }

  async items(groupId: string): Promise<AgendaItem[]> {
    const all = await this.ofType<AgendaItem>(groupId, "item");
    return all.filter((i) => i.groupId === groupId).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  }

  item(groupId: string, itemId: string): Promise<AgendaItem | undefined> {
    return this.point<AgendaItem>(groupId, itemId, "item");
  }

  settings(groupId: string): Promise<GroupSettings | undefined> {
    return this.point<GroupSettings>(groupId, "settings", "groupSettings");
  }

  binding(groupId: string): Promise<ChannelBinding | undefined> {
    return this.point<ChannelBinding>(groupId, "binding", "binding");
  }

  async schedule(groupId: string, maxAgeMs = 0): Promise<Schedule | undefined> {
    if (maxAgeMs <= 0) return this.readSchedule(groupId);
    const recent = this.recentSchedules.get(groupId);
    const age = recent ? Date.now() - recent.at : Infinity;
    if (recent && age < maxAgeMs) {
      // Past half its age it is read again beside the turn: a group asked about often is never read in
      // one, and what is shown is still never older than maxAgeMs.
      if (age >= maxAgeMs / 2) this.sharedScheduleRead(groupId).catch(() => undefined);
      return recent.schedule;
    }
    return this.sharedScheduleRead(groupId);
  }

  /** One read at a time per group for the shown copy; joined only when no schedule write began since it started. */
  private sharedScheduleRead(groupId: string): Promise<Schedule | undefined> {
    const running = this.scheduleReads.get(groupId);
    if (running && running.writes === this.scheduleWrites) return running.read;
    const read = this.readSchedule(groupId).finally(() => {
      if (this.scheduleReads.get(groupId)?.read === read) this.scheduleReads.delete(groupId);
    });
    this.scheduleReads.set(groupId, { read, writes: this.scheduleWrites });
    return read;
  }

  private async readSchedule(groupId: string): Promise<Schedule | undefined> {
    const writes = this.scheduleWrites;
    const read = await this.point<Schedule>(groupId, "schedule", "schedule");
    if (writes === this.scheduleWrites) this.noteSchedule(groupId, read);
    return read;
  }

  async refreshSchedule(groupId: string, what: ScheduleRefresh, build: (input: ScheduleInput) => Schedule): Promise<Schedule | undefined> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const stored = await readDoc<Schedule>(this.container, "schedule", groupId);
      // The sources are read after the schedule's ETag: a writer that wins with it has seen every earlier change.
      const next = build(stored && Array.isArray(stored.roles) && !what.all ? await this.patchOf(strip<Schedule>(stored), groupId, what) : { kind: "full", sources: await this.sourcesOf(groupId) });
      try {
        // Forgotten before the write: a reader never takes the old copy once the new one may be stored.
        this.scheduleWrites++;
        this.recentSchedules.delete(groupId);
        if (!stored) await this.container.items.create(next);
        else await this.container.item("schedule", groupId).replace(next, { accessCondition: { type: "IfMatch", condition: stored._etag ?? "" } });
        this.noteSchedule(groupId, next);
        return next;
      } catch (e) {
        if (!(isPreconditionFailed(e) || isConflict(e) || isNotFound(e))) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
      }
    }
    return undefined;
  }

  /** Everything a schedule is built from, in one single-partition query. */
  private async sourcesOf(groupId: string): Promise<ScheduleSources> {
    const docs = (
      await queryAll<(Meeting | RoleAssignment | ChannelBinding | GroupSettings) & StoredMeta>(
        this.container,
        "SELECT * FROM c WHERE c.groupId = @groupId AND c.type IN ('meeting', 'role', 'binding', 'groupSettings')",
        [{ name: "@groupId", value: groupId }],
        groupId,
      )
    ).map((d) => strip(d));
    const ofType = <T>(type: string) => docs.filter((d) => d.type === type && d.groupId === groupId) as unknown as T[];
    return {
      meetings: ofType<Meeting>("meeting").sort(byStart),
      settings: ofType<GroupSettings>("groupSettings").find((d) => d.id === "settings"),
      binding: ofType<ChannelBinding>("binding").find((d) => d.id === "binding"),
      roles: ofType<RoleAssignment>("role").filter((r) => r.active),
    };
  }

  private async patchOf(current: Schedule, groupId: string, what: ScheduleRefresh): Promise<ScheduleInput> {
    const [meetings, roles, settings, binding] = await Promise.all([
      Promise.all((what.meetingIds ?? []).map(async (id) => ({ id, doc: await this.meeting(groupId, id) }))),
      Promise.all((what.roleIds ?? []).map(async (id) => ({ id, doc: await this.point<RoleAssignment>(groupId, id, "role") }))),
      what.settings ? this.settings(groupId) : undefined,
      what.binding ? this.binding(groupId) : undefined,
    ]);
    return { kind: "patch", current, meetings, roles, ...(what.settings ? { settings: { doc: settings } } : {}), ...(what.binding ? { binding: { doc: binding } } : {}) };
  }

  async schedules(): Promise<Schedule[]> {
    const docs = await queryAll<Schedule & StoredMeta>(this.container, "SELECT * FROM c WHERE c.type = 'schedule'");
    return docs.map((d) => strip<Schedule>(d));
  }

  async activeRoles(): Promise<RoleAssignment[]> {
    const docs = await queryAll<RoleAssignment & StoredMeta>(this.container, "SELECT * FROM c WHERE c.type = 'role' AND c.active = true");
    return docs.map((d) => strip<RoleAssignment>(d));
  }

  async allSettings(): Promise<GroupSettings[]> {
    const docs = await queryAll<GroupSettings & StoredMeta>(this.container, "SELECT * FROM c WHERE c.type = 'groupSettings'");
    return docs.map((d) => strip<GroupSettings>(d));
  }

  async bindings(): Promise<ChannelBinding[]> {
    const docs = await queryAll<ChannelBinding & StoredMeta>(this.container, "SELECT * FROM c WHERE c.type = 'binding'");
    return docs.map((d) => strip<ChannelBinding>(d));
  }

  /** Active bindings to a channel, across groups (a cross-partition query: rare, on install/removal). */
  async bindingsOfChannel(conversationId: string): Promise<ChannelBinding[]> {
    const docs = await queryAll<ChannelBinding & StoredMeta>(
      this.container,
      "SELECT * FROM c WHERE c.type = 'binding' AND c.conversationId = @c AND c.active = true",
      [{ name: "@c", value: conversationId }],
    );
    return docs.map((d) => strip<ChannelBinding>(d));
  }

  /** Planned meetings of every group that start after an instant (cross-partition: the scheduler's query). */
  async plannedMeetingsAfter(instant: string): Promise<Meeting[]> {
    const docs = await queryAll<Meeting & StoredMeta>(
      this.container,
      "SELECT * FROM c WHERE c.type = 'meeting' AND c.status = 'planned' AND c.startsAt > @at",
      [{ name: "@at", value: instant }],
    );
    return docs.map((d) => strip<Meeting>(d)).sort(byStart);
  }

  /** The audit log of a group, oldest first. */
  async audit(groupId: string): Promise<AuditEntry[]> {
    const all = await this.ofType<AuditEntry>(groupId, "audit");
    return all.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** Append-only: audit entries are created once and never replaced. */
  async appendAudit(entry: AuditEntry): Promise<void> {
    await createOnce(this.container, entry);
  }

  create<T extends { id: string; groupId: string }>(doc: T): Promise<boolean> {
    return createOnce(this.container, doc);
  }

  async mutate<T extends { id: string; groupId: string }>(groupId: string, id: string, change: Change<T>): Promise<Mutation<T>> {
    const out = await mutateDoc<T>(this.container, id, groupId, (cur) => change(cur ? strip<T>(cur) : undefined) ?? UNCHANGED, 20);
    if (out.kind === "conflict") return out;
    if (out.kind === "unchanged") return { kind: "unchanged", doc: out.doc ? strip<T>(out.doc) : undefined };
    return { kind: "written", doc: strip<T>(out.doc), previous: out.previous ? strip<T>(out.previous) : undefined };
  }
}

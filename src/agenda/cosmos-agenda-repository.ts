import type { Container } from "@azure/cosmos";
import { createOnce, mutateDoc, queryAll, readDoc, safeId, UNCHANGED, type MutateOutcome, type StoredMeta } from "../storage/documents";
import {
  SINGLE_HOLDER_ROLES,
  type AgendaItem,
  type AuditEntry,
  type ChannelBinding,
  type GroupSettings,
  type Meeting,
  type RoleAssignment,
  type RoleKind,
} from "./schema";

/**
 * Cosmos adapter for the agenda documents in the `work` container (partition key /groupId). Every read
 * is a point read or a single-partition query; every read-modify-write is `mutateDoc` (If-Match).
 */

const strip = <T>(doc: T & StoredMeta & { _rid?: unknown; _self?: unknown; _ts?: unknown; _attachments?: unknown }): T => {
  const copy = { ...doc } as Record<string, unknown>;
  for (const k of ["_etag", "_rid", "_self", "_ts", "_attachments"]) delete copy[k];
  return copy as T;
};

export class CosmosAgendaRepository {
  constructor(readonly container: Container) {}

  static roleId(role: RoleKind, personKey: string): string {
    return SINGLE_HOLDER_ROLES.includes(role) ? `role:${role}` : safeId("role", role, personKey);
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

  /** Active role assignments of a group. */
  async roles(groupId: string): Promise<RoleAssignment[]> {
    const all = await this.ofType<RoleAssignment>(groupId, "role");
    return all.filter((r) => r.active && r.groupId === groupId);
  }

  async meetings(groupId: string): Promise<Meeting[]> {
    const all = await this.ofType<Meeting>(groupId, "meeting");
    return all.filter((m) => m.groupId === groupId).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  }

  async meeting(groupId: string, meetingId: string): Promise<Meeting | undefined> {
    const m = await readDoc<Meeting>(this.container, meetingId, groupId);
    return m && m.type === "meeting" && m.groupId === groupId ? strip<Meeting>(m) : undefined;
  }

  async items(groupId: string): Promise<AgendaItem[]> {
    const all = await this.ofType<AgendaItem>(groupId, "item");
    return all.filter((i) => i.groupId === groupId).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  }

  async item(groupId: string, itemId: string): Promise<AgendaItem | undefined> {
    const i = await readDoc<AgendaItem>(this.container, itemId, groupId);
    return i && i.type === "item" && i.groupId === groupId ? strip<AgendaItem>(i) : undefined;
  }

  async settings(groupId: string): Promise<GroupSettings | undefined> {
    const s = await readDoc<GroupSettings>(this.container, "settings", groupId);
    return s && s.type === "groupSettings" ? strip<GroupSettings>(s) : undefined;
  }

  async binding(groupId: string): Promise<ChannelBinding | undefined> {
    const b = await readDoc<ChannelBinding>(this.container, "binding", groupId);
    return b && b.type === "binding" && b.groupId === groupId ? strip<ChannelBinding>(b) : undefined;
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
    return docs.map((d) => strip<Meeting>(d)).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
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

  async create<T extends { id: string; groupId: string }>(doc: T): Promise<boolean> {
    return createOnce(this.container, doc);
  }

  /** mutateDoc on one document of a group's partition. */
  mutate<T extends { id: string; groupId: string }>(
    groupId: string,
    id: string,
    change: (current: (T & StoredMeta) | undefined) => T | typeof UNCHANGED,
  ): Promise<MutateOutcome<T>> {
    return mutateDoc<T>(this.container, id, groupId, (cur) => change(cur ? (strip<T>(cur) as T & StoredMeta) : undefined), 20);
  }
}

import type { Language } from "../domain/language";
import type { EnqueueRequest, EnqueueResult, UpdateRequest } from "../delivery/ports";
import type { Payload } from "../delivery/model";
import type { AgendaItem, AuditEntry, ChannelBinding, GroupSettings, Meeting, RoleAssignment, Schedule } from "./schema";

/**
 * The ports the agenda use cases depend on. Adapters: CosmosAgendaRepository (the work container), the
 * delivery Outbox, the catalog (CurrentCatalog), the conversations store (user settings) and the card
 * renderers (cards/agenda-posts.ts), all given at composition (src/compose.ts).
 */

/** The outcome of a guarded read-modify-write (the ETag decides; a lost race re-reads and decides again). */
export type Mutation<T> =
  | { readonly kind: "written"; readonly doc: T; readonly previous: T | undefined }
  | { readonly kind: "unchanged"; readonly doc: T | undefined }
  | { readonly kind: "conflict" };

/** Decides the next document from the current one; `undefined` writes nothing. Must be pure: it may run again. */
export type Change<T> = (current: T | undefined) => T | undefined;

/** The agenda's documents in one group's partition (and the few cross-partition reads the jobs need). */
export interface AgendaStore {
  roleId(role: RoleAssignment["role"], personKey: string): string;
  roles(groupId: string): Promise<RoleAssignment[]>;
  meetings(groupId: string): Promise<Meeting[]>;
  meeting(groupId: string, meetingId: string): Promise<Meeting | undefined>;
  items(groupId: string): Promise<AgendaItem[]>;
  item(groupId: string, itemId: string): Promise<AgendaItem | undefined>;
  settings(groupId: string): Promise<GroupSettings | undefined>;
  binding(groupId: string): Promise<ChannelBinding | undefined>;
  /**
   * The group's schedule. With `maxAgeMs`, a copy this process read or wrote that recently may answer
   * instead (for what is shown, never for rights: a change made elsewhere is seen that much later).
   */
  schedule(groupId: string, maxAgeMs?: number): Promise<Schedule | undefined>;
  /**
   * Refreshes the group's schedule from its documents and writes it If-Match the schedule read first: the
   * parts named in `what` are read again (the meetings named by id with point reads), or everything (a
   * query) when there is no schedule yet or `what.all`. On a lost race it reads again, so the last writer
   * always wrote what it read after every earlier write.
   */
  refreshSchedule(groupId: string, what: ScheduleRefresh, build: (input: ScheduleInput) => Schedule): Promise<Schedule | undefined>;
  /** Every schedule document (the schedule repair in the kallelse job; cross-partition). */
  schedules(): Promise<Schedule[]>;
  /** Every binding document, active or not (the schedule repair in the kallelse job; cross-partition). */
  bindings(): Promise<ChannelBinding[]>;
  /** Every active role assignment (the schedule repair; cross-partition). */
  activeRoles(): Promise<RoleAssignment[]>;
  /** Every group's settings document (the schedule repair; cross-partition). */
  allSettings(): Promise<GroupSettings[]>;
  bindingsOfChannel(conversationId: string): Promise<ChannelBinding[]>;
  plannedMeetingsAfter(instant: string): Promise<Meeting[]>;
  audit(groupId: string): Promise<AuditEntry[]>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Creates the document unless one with its id exists; true when this call created it. */
  create<T extends { id: string; groupId: string }>(doc: T): Promise<boolean>;
  mutate<T extends { id: string; groupId: string }>(groupId: string, id: string, change: Change<T>): Promise<Mutation<T>>;
}

export interface ScheduleSources {
  readonly meetings: readonly Meeting[];
  readonly settings: GroupSettings | undefined;
  readonly binding: ChannelBinding | undefined;
  readonly roles: readonly RoleAssignment[];
}

/** What changed: some meetings (by id), the settings, the binding; or rebuild it all. */
export interface ScheduleRefresh {
  readonly all?: boolean;
  readonly meetingIds?: readonly string[];
  /** Role documents by id (`roleId`). */
  readonly roleIds?: readonly string[];
  readonly settings?: boolean;
  readonly binding?: boolean;
}

/** A full rebuild's documents, or the current schedule with the parts read again. */
export type ScheduleInput =
  | { readonly kind: "full"; readonly sources: ScheduleSources }
  | {
      readonly kind: "patch";
      readonly current: Schedule;
      /** Each named meeting as stored now (undefined: gone). */
      readonly meetings: readonly { readonly id: string; readonly doc: Meeting | undefined }[];
      /** Each named role document as stored now (undefined: gone). */
      readonly roles: readonly { readonly id: string; readonly doc: RoleAssignment | undefined }[];
      readonly settings?: { readonly doc: GroupSettings | undefined };
      readonly binding?: { readonly doc: ChannelBinding | undefined };
    };

/** The catalog view the agenda needs: which ids are groups, their names and kinds. */
export interface GroupDirectory {
  get(): Promise<{
    readonly entries: readonly { readonly id: string; readonly name: string; readonly entryType: string; readonly kindId?: string; readonly meetingFrequency?: unknown }[];
  }>;
}

/** The routing answer for a text, as the form's suggestion needs it (src/routing's `route`, at composition). */
export interface RouteAnswer {
  readonly status: "owner" | "ambiguous" | "none";
  readonly owner: { readonly id: string; readonly name: string } | null;
  readonly confidence: number;
  readonly candidates: readonly { readonly id: string; readonly score: number }[];
}
export type Router = (question: string) => Promise<RouteAnswer>;

/** Per person: the group they last submitted to (the form without a group preselects it). */
export interface PersonPreferences {
  lastAgendaGroup(tenantId: string, userId: string): Promise<string | undefined>;
  rememberAgendaGroup(tenantId: string, userId: string, groupId: string): Promise<void>;
}

/** The outbox as the agenda uses it: posts, updates of earlier posts, and adopting a post made in a turn. */
export interface AgendaOutbox {
  get(id: string): Promise<object | undefined>;
  enqueue(req: EnqueueRequest): Promise<EnqueueResult>;
  update(req: UpdateRequest): Promise<EnqueueResult>;
  /** Records an activity the bot posted in a turn (a card answered to a click) so that `update` can replace it. */
  adopt(req: AdoptRequest): Promise<EnqueueResult>;
}

export interface AdoptRequest {
  readonly id: string;
  readonly target: EnqueueRequest["target"];
  readonly activityId: string;
  readonly payload: Payload;
}

/** Where the submitter's receipt is: the conversation and the activity holding the card they pressed. */
export interface ReceiptLocation {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly kind: "personal" | "groupChat" | "channel";
  readonly activityId: string;
}

export type { Language };

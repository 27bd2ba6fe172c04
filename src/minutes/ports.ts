import type { Meeting, RoleAssignment } from "../agenda/schema";
import type { Catalog } from "../catalog/schema";
import type { Payload, Target } from "../delivery/model";
import type { Approval, Approver, ChangeRequest, Minutes, MinutesAudit, MinutesSettings, Recipient } from "./schema";

/**
 * What the minutes use cases need from outside, as ports: the Cosmos adapters sit behind them
 * (cosmos-minutes-store.ts, cosmos-delivery-queries.ts), the agenda and the outbox are adapted in
 * src/compose.ts, and the cards come in as a renderer. Nothing here knows Cosmos or Teams.
 */

/** `change` returns this to write nothing. */
export const KEEP: unique symbol = Symbol("keep");
export type Change<T> = (current: T | undefined) => T | typeof KEEP;

export type Mutation<T> =
  | { readonly kind: "written"; readonly doc: T; readonly previous: T | undefined }
  | { readonly kind: "unchanged"; readonly doc: T | undefined }
  | { readonly kind: "conflict" };

/** A document with the ETag it was read with (for one guarded write). */
export interface Stored<T> {
  readonly doc: T;
  readonly etag: string;
}

/** Minutes, their approval records, settings and audit, in the group's partition. */
export interface MinutesStore {
  read(groupId: string, id: string): Promise<Stored<Minutes> | undefined>;
  /** One write guarded by the ETag: undefined when the document changed since it was read. */
  replace(doc: Minutes, etag: string): Promise<Stored<Minutes> | undefined>;
  /** Read-modify-write with If-Match, retried on a lost race (`change` must be a pure decision). */
  mutate(groupId: string, id: string, change: Change<Minutes>, attempts?: number): Promise<Mutation<Minutes>>;
  ofGroup(groupId: string): Promise<Minutes[]>;
  /** Across groups: the CLI's ids and the scheduler only. */
  byId(id: string): Promise<Minutes | undefined>;
  withStatus(status: Minutes["status"]): Promise<Minutes[]>;
  /** A meeting by id: a point read when the group is known, else across groups (CLI, paste). */
  meeting(meetingId: string, groupId?: string): Promise<Meeting | undefined>;
  settings(groupId: string): Promise<MinutesSettings | undefined>;
  mutateSettings(groupId: string, change: Change<MinutesSettings>): Promise<Mutation<MinutesSettings>>;
  /**
   * Appends an approval in one atomic server-side patch that lands only while the minutes are asked for
   * approval in the approval's round (no ETag: concurrent approvers never conflict). Returns the
   * document right after it; "moved" when the state changed under the click; undefined when gone.
   */
  appendApproval(groupId: string, id: string, approval: Approval & { round: number }): Promise<Stored<Minutes> | "moved" | undefined>;
  /** The whole audit of the minutes, oldest first (CLI). */
  audit(groupId: string, minutesId: string): Promise<MinutesAudit[]>;
  /** The latest `n` entries, oldest first (cards): a bounded read. */
  recentAudit(groupId: string, minutesId: string, n: number): Promise<MinutesAudit[]>;
  appendAudit(entry: MinutesAudit): Promise<void>;
}

/** What the minutes need of the agenda: the group's roles and its home channel. */
export interface MinutesAgenda {
  listRoles(groupId: string): Promise<readonly RoleAssignment[]>;
  homeChannel(groupId: string): Promise<{ readonly tenantId: string; readonly conversationId: string } | undefined>;
}

export type OutboxResult = { readonly ok: true } | { readonly ok: false; readonly code: string };

/** Posts and card updates through the outbox (deterministic ids: enqueuing twice posts once). */
export interface MinutesOutbox {
  enqueue(req: { id: string; target: Target; payload: Payload }): Promise<OutboxResult>;
  /** Replaces the card of an earlier post (UNKNOWN_POST when it was never posted). */
  update(req: { of: string; payload: Payload }): Promise<OutboxResult>;
  /** The item under an outbox id, if any (one point read: the hourly job asks before it claims its slot). */
  get(id: string): Promise<unknown>;
}

/** What the delivery found out about posts, read off the click's path. */
export interface MinutesDeliveryQueries {
  /** The outbox ids among `ids` whose person could not be reached 1:1 (403). */
  notReached(ids: readonly string[]): Promise<string[]>;
}

export interface MinutesCatalog {
  get(): Promise<Catalog>;
}

/** What the cards need to render minutes for someone: the document and facts looked up around it. */
export interface MinutesView {
  /** With the approvals of the current round read in. */
  readonly minutes: Minutes;
  readonly groupName: string;
  /** Keys of approvers the bot could not reach 1:1 in the current round. */
  readonly notReached: readonly string[];
  /** The latest audit entries (bounded), oldest first. */
  readonly audit: readonly MinutesAudit[];
  /** Display names by person key (approvers and role holders): cards never show an Entra object id. */
  readonly names: Readonly<Record<string, string>>;
}

/** Who looks at the minutes: decides the actions a card offers. Decided by the use case, never card data. */
export type MinutesViewer =
  | { readonly kind: "approver"; readonly approver: Approver }
  | { readonly kind: "secretary" }
  | { readonly kind: "reader" };

/**
 * Renders the posts (src/ knows no cards): given at composition (src/compose.ts) for both entry points.
 * Channel posts are in Swedish (the channel's language); 1:1 posts too, as the other features do.
 */
export interface MinutesRenderer {
  /** The status card in the home channel (read-only; approvers get their view through refresh). */
  channelCard(view: MinutesView): Promise<Payload>;
  /** The card an approver gets 1:1 (Godkänn / Begär ändring while pending). */
  approverCard(view: MinutesView, approver: Approver): Promise<Payload>;
  /** The approved minutes, posted in the group's home channel. */
  finalPost(view: MinutesView): Promise<Payload>;
  /** The approved minutes delivered to a recipient the mandate names. */
  distributionPost(view: MinutesView, recipient: Recipient): Promise<Payload>;
  /** 1:1 after "justeras senast" to an approver who has not approved. */
  reminder(view: MinutesView, approver: Approver): Promise<Payload>;
  /** 1:1 to the secretary: an approver asked for changes. */
  changeNotice(view: MinutesView, request: ChangeRequest): Promise<Payload>;
}

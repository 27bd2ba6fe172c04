import type { OutboxItem, Payload, Target } from "./model";

/*
 * The stores delivery works on, as ports: features, the worker and the scheduler see these, never
 * Cosmos. The adapters are ./cosmos-outbox.ts and ./cosmos-leases.ts (built in ./index.ts).
 */

export interface EnqueueRequest {
  /** Deterministic id chosen by the feature, e.g. `${meetingId}:kallelse`; enqueuing it again is a no-op. */
  readonly id: string;
  readonly target: Target;
  readonly payload: Payload;
  /** Not before this instant (default: at once). */
  readonly notBefore?: Date;
}

export interface UpdateRequest {
  /** The outbox id of the post whose card is updated. */
  readonly of: string;
  readonly payload: Payload;
}

export type EnqueueResult = { readonly ok: true; readonly created: boolean; readonly item: OutboxItem } | { readonly ok: false; readonly code: "INVALID_ID" | "INVALID_TARGET" | "INVALID_PAYLOAD" | "UNKNOWN_POST" | "CONFLICT" };

/**
 * True for a claim left by an earlier life of this very instance (the same DATA_DIR owner, the same App
 * Service instance): after a restart it is taken over at once instead of when its lease expires.
 */
export type StaleOwner = (owner: string | undefined) => boolean;

export interface DueItem {
  readonly id: string;
  readonly conversationKey: string;
}

/**
 * The outbox: the only way features post proactively. Features enqueue posts and card updates; the
 * worker finds due work, claims it under a lease, and settles it. Every change is guarded by the item's
 * ETag in the adapter, so two senders never both own an item.
 */
export interface Outbox {
  /** Updates enqueued within this window after the previous one are sent together (ms). */
  coalesceMs: number;
  /** Called after every enqueue (the worker in this process listens to start at once). */
  onEnqueue(listener: () => void): () => void;
  /** Creates the post once per id; enqueuing the same id again changes nothing (`created: false`). */
  enqueue(req: EnqueueRequest): Promise<EnqueueResult>;
  /**
   * Records an activity the bot posted within a turn (the card it answered a click with) as a sent post,
   * so that `update` can replace it later like any post of the outbox. Adopting an id again changes nothing.
   */
  adopt(req: EnqueueRequest & { readonly activityId: string }): Promise<EnqueueResult>;
  /** Replaces the card of an earlier post. Several updates in a burst become one send. */
  update(req: UpdateRequest): Promise<EnqueueResult>;
  get(id: string): Promise<OutboxItem | undefined>;
  /** In enqueue order. */
  list(state?: OutboxItem["state"]): Promise<OutboxItem[]>;
  /** How many items are pending or being sent (the worker's `idle`). */
  openCount(): Promise<number>;
  /** People a feature tried to reach 1:1 who could not be reached (403), among the given outbox ids. */
  notReached(ids: readonly string[]): Promise<OutboxItem[]>;
  /** Work due at wall-clock `nowMs`, at most one item per conversation (the first open one, in order). */
  due(nowMs: number, stale?: StaleOwner): Promise<DueItem[]>;
  /** Takes an item for sending: undefined when another sender took it first. */
  claim(id: string, owner: string, nowMs: number, leaseMs: number, stale?: StaleOwner): Promise<OutboxItem | undefined>;
  /** Extends a claim that is still this owner's; false when it was lost. */
  renew(id: string, owner: string, untilMs: number): Promise<boolean>;
  /**
   * Ends a claim; `change` decides the next state from the current document (which may be newer).
   * `claimed`: the item as the claim returned it (saves a read when nothing changed it since).
   */
  settle(id: string, owner: string, change: (cur: OutboxItem) => OutboxItem, claimed?: OutboxItem): Promise<OutboxItem | undefined>;
}

/** One scheduled job's lease document (id `job:<name>`), which makes a run happen once per slot. */
export interface LeaseDoc {
  id: string;
  type: "lease";
  holder?: string;
  until?: string;
  slot?: string;
  /** The instant the holder runs the job for (a takeover runs it for the same one). */
  at?: string;
  lastSlot?: string;
  lastRunAt?: string;
  lastEnqueued?: number;
  ttl?: number;
}

/**
 * The scheduler's leases. `change` is a read-modify-write guarded by the document's ETag: `next` sees the
 * current document (undefined when there is none) and returns the new one, or undefined to leave it;
 * the result says whether this caller's version was written.
 */
export interface LeaseStore {
  read(id: string): Promise<LeaseDoc | undefined>;
  change(id: string, next: (cur: LeaseDoc | undefined) => LeaseDoc | undefined): Promise<boolean>;
  list(): Promise<LeaseDoc[]>;
}

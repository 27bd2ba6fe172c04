import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import { createOnce, mutateDoc, queryAll, readDoc, UNCHANGED } from "../storage/documents";
import { conversationKeyOf, PayloadSchema, TargetSchema, type OutboxItem, type Payload, type Target } from "./model";

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

let counter = 0;
const nextOrder = () => Date.now() * 1000 + (counter++ % 1000);

/**
 * The outbox: the only way features post proactively. `enqueue` creates a document once per id;
 * `update` coalesces card updates: one update document per card whose payload is replaced by the latest.
 */
export class Outbox {
  /** Updates enqueued within this window after the previous one are sent together. */
  coalesceMs = 300;
  private listeners: (() => void)[] = [];

  constructor(
    readonly container: Container,
    private readonly clock: Clock,
  ) {}

  /** Called after every enqueue (the worker in this process listens to start at once). */
  onEnqueue(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private notify() {
    for (const l of this.listeners) l();
  }

  async enqueue(req: EnqueueRequest): Promise<EnqueueResult> {
    if (!req.id || /[/\\?#]/.test(req.id) || req.id.length > 250) return { ok: false, code: "INVALID_ID" };
    const target = TargetSchema.safeParse(req.target);
    if (!target.success) return { ok: false, code: "INVALID_TARGET" };
    const payload = PayloadSchema.safeParse(req.payload);
    if (!payload.success) return { ok: false, code: "INVALID_PAYLOAD" };
    const now = this.clock.now().toISOString();
    const item: OutboxItem = {
      id: req.id,
      type: "outbox",
      op: "post",
      target: target.data,
      payload: payload.data,
      state: "pending",
      revision: 1,
      attempts: 0,
      dueAt: req.notBefore ? req.notBefore.toISOString() : "",
      conversationKey: conversationKeyOf(req.target),
      order: nextOrder(),
      createdAt: now,
      updatedAt: now,
    };
    const created = await createOnce(this.container, item);
    if (created) this.notify();
    const stored = created ? item : ((await this.get(req.id)) ?? item);
    return { ok: true, created, item: stored };
  }

  /**
   * Records an activity the bot posted within a turn (the card it answered a click with) as a sent post,
   * so that `update` can replace it later like any post of the outbox. Adopting an id again changes nothing.
   */
  async adopt(req: EnqueueRequest & { readonly activityId: string }): Promise<EnqueueResult> {
    if (!req.id || /[/\\?#]/.test(req.id) || req.id.length > 250 || !req.activityId) return { ok: false, code: "INVALID_ID" };
    const target = TargetSchema.safeParse(req.target);
    if (!target.success) return { ok: false, code: "INVALID_TARGET" };
    const payload = PayloadSchema.safeParse(req.payload);
    if (!payload.success) return { ok: false, code: "INVALID_PAYLOAD" };
    const now = this.clock.now().toISOString();
    const item: OutboxItem = {
      id: req.id,
      type: "outbox",
      op: "post",
      target: target.data,
      payload: payload.data,
      state: "sent",
      revision: 1,
      attempts: 0,
      dueAt: "",
      conversationKey: conversationKeyOf(req.target),
      order: nextOrder(),
      activityId: req.activityId,
      ...(target.data.kind !== "person" ? { conversationId: target.data.conversationId } : {}),
      createdAt: now,
      updatedAt: now,
      sentAt: now,
    };
    const created = await createOnce(this.container, item);
    return { ok: true, created, item };
  }

  /** Replaces the card of an earlier post. Several updates in a burst become one send. */
  async update(req: UpdateRequest): Promise<EnqueueResult> {
    const original = await this.get(req.of);
    if (!original || original.op !== "post") return { ok: false, code: "UNKNOWN_POST" };
    const parsed = PayloadSchema.safeParse(req.payload);
    if (!parsed.success) return { ok: false, code: "INVALID_PAYLOAD" };
    const payload = parsed.data;
    const now = this.clock.now().toISOString();
    // Not yet sent: the post itself carries the newest card.
    if (original.state === "pending") {
      const out = await mutateDoc<OutboxItem>(this.container, original.id, original.id, (cur) =>
        cur && cur.state === "pending" ? { ...cur, payload, revision: cur.revision + 1, updatedAt: now } : UNCHANGED,
      );
      if (out.kind === "written") {
        this.notify();
        return { ok: true, created: false, item: out.doc };
      }
    }
    const id = `${req.of}:update`;
    const due = new Date(Date.now() + this.coalesceMs).toISOString();
    const out = await mutateDoc<OutboxItem>(this.container, id, id, (cur) => {
      if (!cur) {
        return {
          id,
          type: "outbox",
          op: "update",
          updateOf: req.of,
          target: original.target,
          payload,
          state: "pending",
          revision: 1,
          attempts: 0,
          dueAt: due,
          conversationKey: original.conversationKey,
          order: nextOrder(),
          createdAt: now,
          updatedAt: now,
        };
      }
      // pending: replace the payload (coalesced); sending: the worker sends again when it sees the newer revision.
      const wasIdle = cur.state === "sent" || cur.state === "failed";
      return {
        ...cur,
        payload,
        revision: cur.revision + 1,
        state: cur.state === "sending" ? "sending" : "pending",
        attempts: wasIdle ? 0 : cur.attempts,
        dueAt: wasIdle ? due : cur.dueAt,
        error: wasIdle ? undefined : cur.error,
        order: wasIdle ? nextOrder() : cur.order,
        updatedAt: now,
      };
    });
    if (out.kind !== "written") return { ok: false, code: "CONFLICT" };
    this.notify();
    return { ok: true, created: out.previous === undefined, item: out.doc };
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const doc = await readDoc<OutboxItem>(this.container, id, id);
    return doc ?? undefined;
  }

  async list(state?: OutboxItem["state"]): Promise<OutboxItem[]> {
    const rows = state
      ? await queryAll<OutboxItem>(this.container, "SELECT * FROM c WHERE c.type = 'outbox' AND c.state = @s", [{ name: "@s", value: state }])
      : await queryAll<OutboxItem>(this.container, "SELECT * FROM c WHERE c.type = 'outbox'");
    return rows.sort((a, b) => a.order - b.order);
  }

  /** People a feature tried to reach 1:1 who could not be reached (403), among the given outbox ids. */
  async notReached(ids: readonly string[]): Promise<OutboxItem[]> {
    const items = await Promise.all(ids.map((id) => this.get(id)));
    return items.filter((i): i is OutboxItem => !!i && i.notReached === true);
  }

  /** Work that is due at wall-clock `nowMs`: pending and due, or sending with an expired lease (a crashed sender). */
  async due(nowMs: number): Promise<OutboxItem[]> {
    const now = new Date(nowMs).toISOString();
    const rows = await queryAll<OutboxItem>(
      this.container,
      "SELECT * FROM c WHERE c.type = 'outbox' AND ((c.state = 'pending' AND c.dueAt <= @now) OR (c.state = 'sending' AND c.leaseUntil < @now))",
      [{ name: "@now", value: now }],
    );
    return rows.sort((a, b) => a.order - b.order);
  }

  /** Takes an item for sending, guarded by its ETag: undefined when another sender took it first. */
  async claim(id: string, owner: string, nowMs: number, leaseMs: number): Promise<OutboxItem | undefined> {
    const now = new Date(nowMs).toISOString();
    const out = await mutateDoc<OutboxItem>(
      this.container,
      id,
      id,
      (cur) => {
        if (!cur) return UNCHANGED;
        const claimable = (cur.state === "pending" && cur.dueAt <= now) || (cur.state === "sending" && (cur.leaseUntil ?? "") < now);
        if (!claimable) return UNCHANGED;
        return {
          ...cur,
          state: "sending",
          owner,
          leaseUntil: new Date(nowMs + leaseMs).toISOString(),
          sendingRevision: cur.revision,
          attempts: cur.attempts + 1,
          updatedAt: this.clock.now().toISOString(),
        };
      },
      1,
    );
    return out.kind === "written" ? out.doc : undefined;
  }

  /** Ends a claim. `change` decides the next state from the current document (which may hold a newer revision). */
  async settle(id: string, owner: string, change: (cur: OutboxItem) => OutboxItem): Promise<OutboxItem | undefined> {
    const out = await mutateDoc<OutboxItem>(this.container, id, id, (cur) => {
      if (!cur || cur.state !== "sending" || cur.owner !== owner) return UNCHANGED;
      return { ...change(cur), owner: undefined, leaseUntil: undefined, updatedAt: this.clock.now().toISOString() };
    });
    return out.kind === "written" ? out.doc : undefined;
  }
}

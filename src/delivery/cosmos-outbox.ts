import type { Container } from "@azure/cosmos";
import type { z } from "zod";
import type { Clock } from "../domain/clock";
import { createOnce, mutateDoc, queryAll, readDoc, UNCHANGED } from "../storage/documents";
import { OUTBOX_PARTITION, RETENTION } from "../storage/model";
import { conversationKeyOf, PayloadSchema, TargetSchema, type OutboxItem } from "./model";
import type { DueItem, EnqueueRequest, EnqueueResult, Outbox, StaleOwner, UpdateRequest } from "./ports";

/** Every outbox document is in one logical partition (see src/storage/model.ts). */
const PK = OUTBOX_PARTITION;
/**
 * A sent item keeps its ids, target and reference (what an update and the "not reached" lookup read) but
 * not its card: nothing sends it again (an update carries its own), and the cards were most of the store
 * (a 4.9 KB card per sent item, three quarters of a loaded snapshot, parsed at every start).
 */
const SENT_PAYLOAD: OutboxItem["payload"] = {};

let counter = 0;
const nextOrder = () => Date.now() * 1000 + (counter++ % 1000);

/**
 * The outbox in Cosmos (the `outbox` container, one partition): the adapter behind the `Outbox` port in
 * ./ports.ts. `enqueue` creates a document once per id; `update` coalesces card updates: one update
 * document per card whose payload is replaced by the latest.
 */
type ParsedPost = { readonly ok: true; readonly target: z.infer<typeof TargetSchema>; readonly payload: z.infer<typeof PayloadSchema> };

/** The id, target and payload of a post request, checked the same way for queued and adopted posts. */
function parsePost(req: EnqueueRequest): ParsedPost | { readonly ok: false; readonly code: "INVALID_ID" | "INVALID_TARGET" | "INVALID_PAYLOAD" } {
  if (!req.id || /[/\\?#]/.test(req.id) || req.id.length > 250) return { ok: false, code: "INVALID_ID" };
  const target = TargetSchema.safeParse(req.target);
  if (!target.success) return { ok: false, code: "INVALID_TARGET" };
  const payload = PayloadSchema.safeParse(req.payload);
  if (!payload.success) return { ok: false, code: "INVALID_PAYLOAD" };
  return { ok: true, target: target.data, payload: payload.data };
}

export class CosmosOutbox implements Outbox {
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
    const parsed = parsePost(req);
    if (!parsed.ok) return parsed;
    const item = this.newPost(req, parsed, { state: "pending", dueAt: req.notBefore ? req.notBefore.toISOString() : "" });
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
    if (!req.activityId) return { ok: false, code: "INVALID_ID" };
    const parsed = parsePost(req);
    if (!parsed.ok) return parsed;
    const now = this.clock.now().toISOString();
    const item: OutboxItem = {
      ...this.newPost(req, parsed, { state: "sent", dueAt: "" }),
      payload: SENT_PAYLOAD,
      activityId: req.activityId,
      ...(parsed.target.kind !== "person" ? { conversationId: parsed.target.conversationId } : {}),
      sentAt: now,
      // Sent: it expires like any sent post (its card can be updated until then).
      ttl: RETENTION.deliveredPost,
    };
    const created = await createOnce(this.container, item);
    return { ok: true, created, item };
  }

  private newPost(req: EnqueueRequest, p: ParsedPost, o: { state: "pending" | "sent"; dueAt: string }): OutboxItem {
    const now = this.clock.now().toISOString();
    return {
      id: req.id,
      queue: OUTBOX_PARTITION,
      type: "outbox",
      op: "post",
      target: p.target,
      payload: p.payload,
      state: o.state,
      revision: 1,
      attempts: 0,
      dueAt: o.dueAt,
      conversationKey: conversationKeyOf(req.target),
      order: nextOrder(),
      createdAt: now,
      updatedAt: now,
    };
  }

  /**
   * Replaces the card of an earlier post. Several updates in a burst become one send. An update document
   * this process has written before is changed in place (a read and a write, no read of the post): a
   * sent post never goes back to pending, so its updates always go through that document.
   */
  async update(req: UpdateRequest): Promise<EnqueueResult> {
    const parsedFirst = PayloadSchema.safeParse(req.payload);
    if (!parsedFirst.success) return { ok: false, code: "INVALID_PAYLOAD" };
    if (this.updated.has(`${req.of}:update`)) {
      const again = await this.changeUpdate(`${req.of}:update`, parsedFirst.data, undefined);
      if (again) return again;
    }
    const original = await this.get(req.of);
    if (!original || original.op !== "post") return { ok: false, code: "UNKNOWN_POST" };
    const payload = parsedFirst.data;
    const now = this.clock.now().toISOString();
    // Not yet sent: the post itself carries the newest card.
    if (original.state === "pending") {
      const out = await mutateDoc<OutboxItem>(this.container, original.id, PK, (cur) =>
        cur && cur.state === "pending" ? { ...cur, payload, revision: cur.revision + 1, updatedAt: now } : UNCHANGED,
      );
      if (out.kind === "written") {
        this.notify();
        return { ok: true, created: false, item: out.doc };
      }
    }
    const id = `${req.of}:update`;
    const due = new Date(Date.now() + this.coalesceMs).toISOString();
    const sent = original.state === "sent" && original.activityId ? { activityId: original.activityId, ...(original.sentReference ? { reference: original.sentReference } : {}) } : undefined;
    const fresh = (): OutboxItem => ({
      id,
      queue: OUTBOX_PARTITION,
      type: "outbox",
      op: "update",
      updateOf: req.of,
      ...(sent ? { original: sent } : {}),
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
    });
    // The first update of a post (most of a fan-out's): one create, no read; an existing one is changed.
    const first = fresh();
    if (await createOnce(this.container, first)) {
      this.remember(id);
      this.notify();
      return { ok: true, created: true, item: first };
    }
    return (await this.changeUpdate(id, payload, { fresh, sent })) ?? { ok: false, code: "CONFLICT" };
  }

  /** Update documents known to exist (a hint: one that is gone is found out by the read and made again). */
  private readonly updated = new Set<string>();

  private remember(id: string): void {
    if (this.updated.size >= 10_000) this.updated.clear();
    this.updated.add(id);
  }

  /**
   * The newest card into an existing update document (guarded by its ETag). Without `create` a missing
   * document is left to the caller (undefined); with it, it is made.
   */
  private async changeUpdate(id: string, payload: OutboxItem["payload"], create: { fresh: () => OutboxItem; sent: OutboxItem["original"] } | undefined): Promise<EnqueueResult | undefined> {
    const now = this.clock.now().toISOString();
    const due = new Date(Date.now() + this.coalesceMs).toISOString();
    const sent = create?.sent;
    let missing = false;
    const out = await mutateDoc<OutboxItem>(this.container, id, PK, (cur) => {
      missing = !cur;
      if (!cur) return create ? create.fresh() : UNCHANGED;
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
        ...(sent && !cur.original ? { original: sent } : {}),
        ttl: undefined,
        updatedAt: now,
      };
    });
    if (out.kind === "unchanged" && missing) {
      this.updated.delete(id);
      return undefined;
    }
    if (out.kind !== "written") return { ok: false, code: "CONFLICT" };
    this.remember(id);
    this.notify();
    return { ok: true, created: out.previous === undefined, item: out.doc };
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const doc = await readDoc<OutboxItem>(this.container, id, PK);
    return doc ?? undefined;
  }

  async list(state?: OutboxItem["state"]): Promise<OutboxItem[]> {
    const rows = state
      ? await queryAll<OutboxItem>(this.container, "SELECT * FROM c WHERE c.type = 'outbox' AND c.state = @s", [{ name: "@s", value: state }], PK)
      : await queryAll<OutboxItem>(this.container, "SELECT * FROM c WHERE c.type = 'outbox'", [], PK);
    return rows.sort((a, b) => a.order - b.order);
  }

  /** How many items are pending or being sent (one small query; the worker's `idle`). */
  async openCount(): Promise<number> {
    const [n] = await queryAll<number>(this.container, "SELECT VALUE COUNT(1) FROM c WHERE c.type = 'outbox' AND (c.state = 'pending' OR c.state = 'sending')", [], PK);
    return n ?? 0;
  }

  /** People a feature tried to reach 1:1 who could not be reached (403), among the given outbox ids. */
  async notReached(ids: readonly string[]): Promise<OutboxItem[]> {
    const items = await Promise.all(ids.map((id) => this.get(id)));
    return items.filter((i): i is OutboxItem => !!i && i.notReached === true);
  }

  /**
   * Work that is due at wall-clock `nowMs`, at most one item per conversation: its first open item in
   * enqueue order when that one is pending and due, or being sent under an expired lease (a crashed
   * sender). A conversation whose first open item is being sent under a live lease (by any instance) has
   * nothing due, so its posts keep their order across instances. One query in one partition, ids only.
   */
  async due(nowMs: number, stale: StaleOwner = () => false): Promise<DueItem[]> {
    const now = new Date(nowMs).toISOString();
    const rows = await queryAll<DueItem & { state: OutboxItem["state"]; dueAt: string; leaseUntil?: string; owner?: string; order: number }>(
      this.container,
      "SELECT c.id, c.conversationKey, c.state, c.dueAt, c.leaseUntil, c.owner, c['order'] FROM c WHERE c.type = 'outbox' AND (c.state = 'pending' OR c.state = 'sending')",
      [],
      PK,
    );
    rows.sort((a, b) => a.order - b.order);
    const decided = new Set<string>();
    const out: DueItem[] = [];
    for (const r of rows) {
      if (decided.has(r.conversationKey)) continue;
      if (r.state === "sending") {
        decided.add(r.conversationKey);
        if ((r.leaseUntil ?? "") < now || stale(r.owner)) out.push({ id: r.id, conversationKey: r.conversationKey });
      } else if (r.dueAt <= now) {
        decided.add(r.conversationKey);
        out.push({ id: r.id, conversationKey: r.conversationKey });
      }
      // A pending item waiting for its time (a retry's backoff, a later post) holds nothing up.
    }
    return out;
  }

  /** Takes an item for sending, guarded by its ETag: undefined when another sender took it first. */
  async claim(id: string, owner: string, nowMs: number, leaseMs: number, stale: StaleOwner = () => false): Promise<OutboxItem | undefined> {
    const now = new Date(nowMs).toISOString();
    const out = await mutateDoc<OutboxItem>(
      this.container,
      id,
      PK,
      (cur) => {
        if (!cur) return UNCHANGED;
        const claimable = (cur.state === "pending" && cur.dueAt <= now) || (cur.state === "sending" && ((cur.leaseUntil ?? "") < now || stale(cur.owner)));
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

  /** Extends a claim that is still this owner's (a long wait for the rate limiter); false when it was lost. */
  async renew(id: string, owner: string, untilMs: number): Promise<boolean> {
    const until = new Date(untilMs).toISOString();
    const out = await mutateDoc<OutboxItem>(this.container, id, PK, (cur) =>
      !cur || cur.state !== "sending" || cur.owner !== owner ? UNCHANGED : { ...cur, leaseUntil: until },
    );
    return out.kind === "written";
  }

  /**
   * Ends a claim. `change` decides the next state from the current document (which may hold a newer
   * revision). A sent or failed item expires after RETENTION.deliveredPost; a revived one does not.
   */
  async settle(id: string, owner: string, change: (cur: OutboxItem) => OutboxItem, claimed?: OutboxItem): Promise<OutboxItem | undefined> {
    const out = await mutateDoc<OutboxItem>(
      this.container,
      id,
      PK,
      (cur) => {
        if (!cur || cur.state !== "sending" || cur.owner !== owner) return UNCHANGED;
        const next = change(cur);
        const done = next.state === "sent" || next.state === "failed";
        return {
          ...next,
          ...(next.state === "sent" ? { payload: SENT_PAYLOAD } : {}),
          owner: undefined,
          leaseUntil: undefined,
          ttl: done ? RETENTION.deliveredPost : undefined,
          updatedAt: this.clock.now().toISOString(),
        };
      },
      8,
      claimed,
    );
    return out.kind === "written" ? out.doc : undefined;
  }
}

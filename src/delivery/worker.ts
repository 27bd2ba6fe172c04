import { randomUUID } from "node:crypto";
import type { ConversationReference } from "../conversations/schema";
import type { OutboxItem, Payload } from "./model";
import type { Outbox } from "./ports";
import { RateLimiter, TEAMS_LIMITS, type RateLimits } from "./rate-limiter";
import type { DeliveryDirectory, ProactiveSender, SendRequest, SendResult } from "./sender";

export interface DeliveryLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface DeliveryWorkerOptions {
  readonly outbox: Outbox;
  readonly sender: ProactiveSender;
  readonly directory: DeliveryDirectory;
  readonly logger?: DeliveryLogger;
  /** This worker's name in claims (default: random, prefixed with `instance`). */
  readonly owner?: string;
  /**
   * A name that stays the same when this instance restarts (see instanceName in ./index.ts): claims left
   * by an earlier life of it are taken over at once after a crash, not when their lease expires.
   */
  readonly instance?: string;
  readonly limits?: RateLimits;
  /** How often the outbox is queried for due work besides enqueue notifications (ms). */
  readonly pollMs?: number;
  /** How long a claim lasts before another instance may take the item over (a crash; ms; default 30 s, renewed while sending). */
  readonly leaseMs?: number;
  /** Attempts before an item fails (429 answers count a third). */
  readonly maxAttempts?: number;
  readonly baseBackoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly maxInFlight?: number;
  /** Wall clock for rate limits, retries and leases (real time even when the domain clock is fixed). */
  readonly now?: () => number;
  readonly random?: () => number;
}

const RETRIED = new Set([0, 408, 412, 500, 502, 503, 504]);

export interface WorkerStats {
  sent: number;
  retried: number;
  throttled: number;
  failed: number;
  notReached: number;
  deactivated: number;
}

/**
 * Sends what the outbox holds: one item per conversation at a time (so a conversation's posts keep their
 * order), within Teams' rate limits, retrying what can be retried and settling every claim.
 */
export class DeliveryWorker {
  readonly owner: string;
  readonly stats: WorkerStats = { sent: 0, retried: 0, throttled: 0, failed: 0, notReached: 0, deactivated: 0 };
  private readonly limiter: RateLimiter;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly busyKeys = new Set<string>();
  private readonly stale: (owner: string | undefined) => boolean;
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopping = false;
  private ticking: Promise<void> | undefined;
  private again = false;
  private unsubscribe: (() => void) | undefined;
  private wake: (() => void)[] = [];

  constructor(private readonly o: DeliveryWorkerOptions) {
    this.owner = o.owner ?? `${o.instance ?? "worker"}/${randomUUID()}`;
    const prefix = o.instance ? `${o.instance}/` : undefined;
    this.stale = (owner) => !!prefix && !!owner && owner !== this.owner && owner.startsWith(prefix);
    this.now = o.now ?? Date.now;
    this.random = o.random ?? Math.random;
    this.limiter = new RateLimiter(o.limits ?? TEAMS_LIMITS, this.now);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.unsubscribe = this.o.outbox.onEnqueue(() => this.kick());
    const loop = () => {
      this.kick();
      this.timer = setTimeout(loop, this.o.pollMs ?? 1_000);
      this.timer.unref?.();
    };
    loop();
  }

  /** Graceful stop: no new claims; sends already made finish and are settled; waiting ones go back to pending. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe?.();
    for (const w of this.wake.splice(0)) w();
    await this.ticking;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.running = false;
  }

  /** Looks for due work now (coalesced: at most one query runs at a time). */
  kick(): void {
    if (!this.running || this.stopping) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = (async () => {
      do {
        this.again = false;
        try {
          await this.tick();
        } catch (err) {
          this.o.logger?.warn({ err }, "delivery tick failed");
        }
      } while (this.again && !this.stopping);
    })().finally(() => {
      this.ticking = undefined;
    });
  }

  /** Resolves when nothing is due, pending or in flight (tests and the benchmark). */
  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = this.now() + timeoutMs;
    for (;;) {
      if (this.inFlight.size === 0 && !this.ticking) {
        if ((await this.o.outbox.openCount()) === 0) return;
      }
      if (this.now() > deadline) throw new Error("delivery did not become idle");
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private async tick(): Promise<void> {
    const max = this.o.maxInFlight ?? 32;
    if (this.inFlight.size >= max) return;
    const due = await this.o.outbox.due(this.now(), this.stale);
    for (const item of due) {
      if (this.stopping || this.inFlight.size >= max) break;
      if (this.busyKeys.has(item.conversationKey)) continue;
      this.busyKeys.add(item.conversationKey);
      const p: Promise<void> = this.process(item.id)
        .catch((err) => this.o.logger?.warn({ err, id: item.id }, "delivery failed unexpectedly"))
        .finally(() => {
          this.busyKeys.delete(item.conversationKey);
          this.inFlight.delete(p);
          this.kick();
        });
      this.inFlight.add(p);
    }
  }

  private sleep(ms: number): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(!this.stopping);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.wake = this.wake.filter((w) => w !== done);
        resolve(!this.stopping);
      };
      const t = setTimeout(done, ms);
      this.wake.push(done);
    });
  }

  private backoff(attempts: number): number {
    const base = this.o.baseBackoffMs ?? 1_000;
    const cap = Math.min(this.o.maxBackoffMs ?? 60_000, base * 2 ** Math.max(0, attempts - 1));
    return Math.round(cap / 2 + (this.random() * cap) / 2);
  }

  private async process(id: string): Promise<void> {
    const leaseMs = this.o.leaseMs ?? 30_000;
    const item = await this.o.outbox.claim(id, this.owner, this.now(), leaseMs, this.stale);
    if (!item) return;
    // A send that hangs keeps its claim alive; a crash lets it lapse within one lease.
    const renewal = setInterval(() => void this.o.outbox.renew(id, this.owner, this.now() + leaseMs).catch(() => false), Math.max(100, Math.floor(leaseMs / 3)));
    renewal.unref?.();
    try {
      await this.deliver(item, leaseMs);
    } finally {
      clearInterval(renewal);
    }
  }

  private async deliver(item: OutboxItem, leaseMs: number): Promise<void> {
    const key = item.conversationKey;
    const prepared = await this.prepare(item);
    if ("settle" in prepared) {
      await this.settleFailure(item, prepared.settle);
      return;
    }
    const wait = this.limiter.reserve(key);
    if (!(await this.sleep(wait))) {
      // Stopping before the send was made: hand the item back untouched.
      await this.o.outbox.settle(item.id, this.owner, (cur) => ({ ...cur, state: "pending", attempts: Math.max(0, cur.attempts - 1) }));
      return;
    }
    // A long wait ate into the claim: make sure it is still ours before sending.
    if (wait > leaseMs / 3 && !(await this.o.outbox.renew(item.id, this.owner, this.now() + leaseMs))) return;
    const result = await this.o.sender.send(withClientId(prepared.request, item)).catch(
      (err: Error): SendResult => ({ ok: false, status: 0, code: "NETWORK", message: err.message }),
    );
    if (result.ok) {
      if (prepared.request.op === "createPersonal" && result.reference && item.target.kind === "person") {
        await this.o.directory.rememberPersonal?.(item.target.tenantId, item.target.userId, result.reference);
      }
      const reference = result.reference ?? ("reference" in prepared.request ? prepared.request.reference : undefined);
      const sentAt = new Date(this.now()).toISOString();
      await this.o.outbox.settle(item.id, this.owner, (cur) =>
        cur.revision !== cur.sendingRevision
          ? { ...cur, state: "pending", dueAt: new Date(this.now() + this.o.outbox.coalesceMs).toISOString(), attempts: 0, activityId: cur.activityId ?? result.activityId, sentReference: reference }
          : {
              ...cur,
              state: "sent",
              activityId: cur.op === "post" ? result.activityId : cur.activityId,
              conversationId: result.conversationId,
              sentReference: reference,
              sentAt,
              error: undefined,
            },
      );
      this.stats.sent++;
      return;
    }
    await this.settleFailure(item, result);
  }

  private async settleFailure(item: OutboxItem, r: Extract<SendResult, { ok: false }> | { wait: number; code: string }): Promise<void> {
    const maxAttempts = this.o.maxAttempts ?? 8;
    if ("wait" in r) {
      await this.o.outbox.settle(item.id, this.owner, (cur) => ({
        ...cur,
        state: "pending",
        attempts: Math.max(0, cur.attempts - 1),
        dueAt: new Date(this.now() + r.wait).toISOString(),
      }));
      return;
    }
    const error = { code: r.code, status: r.status, message: r.message };
    const retryAt = (ms: number) =>
      this.o.outbox.settle(item.id, this.owner, (cur) => ({ ...cur, state: "pending", dueAt: new Date(this.now() + ms).toISOString(), error }));
    const fail = (code: string, extra: Partial<OutboxItem> = {}) =>
      this.o.outbox.settle(item.id, this.owner, (cur) => ({ ...cur, state: "failed", error: { ...error, code }, ...extra }));

    if (r.status === 429) {
      this.stats.throttled++;
      const wait = r.retryAfterMs ?? this.backoff(item.attempts);
      this.limiter.block(item.conversationKey, wait);
      if (item.attempts >= maxAttempts * 3) await fail("THROTTLED");
      else await retryAt(wait);
      return;
    }
    if (RETRIED.has(r.status)) {
      this.stats.retried++;
      if (item.attempts >= maxAttempts) {
        this.stats.failed++;
        await fail(r.code);
      } else await retryAt(this.backoff(item.attempts));
      return;
    }
    if (r.status === 403 && item.target.kind === "person") {
      this.stats.notReached++;
      const fb = item.target.fallbackChannel;
      let fallbackId: string | undefined;
      if (fb && item.op === "post") {
        fallbackId = `${item.id}:fallback`;
        await this.o.outbox.enqueue({
          id: fallbackId,
          target: { kind: "channel", tenantId: item.target.tenantId, conversationId: fb.conversationId, replyToActivityId: fb.replyToActivityId, reference: fb.reference },
          payload: mentionPayload(item.target.userId, item.target.name ?? item.target.userId, item.payload),
        });
      }
      await fail("NOT_REACHED", { notReached: true, fallbackId });
      return;
    }
    if (r.status === 403 && item.target.kind !== "person") {
      this.stats.deactivated++;
      await this.o.directory.deactivate(item.target.tenantId, item.target.conversationId);
      await fail("BOT_REMOVED");
      return;
    }
    this.stats.failed++;
    await fail(r.code);
  }

  /** Resolves the request to make, or a settlement without sending. */
  private async prepare(
    item: OutboxItem,
  ): Promise<{ request: SendRequest } | { settle: Extract<SendResult, { ok: false }> | { wait: number; code: string } }> {
    const t = item.target;
    const no = (code: string, status = 404) => ({ settle: { ok: false as const, status, code } });
    if (item.op === "update") {
      const original = item.updateOf ? await this.o.outbox.get(item.updateOf) : undefined;
      if (!original) return no("UNKNOWN_POST", 400);
      if (original.state === "failed") return no("ORIGINAL_FAILED", 400);
      if (original.state !== "sent" || !original.activityId) return { settle: { wait: 1_000, code: "ORIGINAL_NOT_SENT" } };
      const reference = original.sentReference ?? (await this.referenceOf(item));
      if (!reference) return no("NO_REFERENCE");
      return { request: { op: "update", reference, activityId: original.activityId, activity: item.payload } };
    }
    if (t.kind === "person") {
      const reference = await this.o.directory.personal(t.tenantId, t.userId);
      if (reference) return { request: { op: "post", reference, activity: item.payload } };
      const serviceUrl =
        t.serviceUrl ??
        t.fallbackChannel?.reference?.serviceUrl ??
        (t.fallbackChannel ? (await this.o.directory.conversation(t.tenantId, t.fallbackChannel.conversationId))?.serviceUrl : undefined) ??
        (await this.o.directory.serviceUrl?.(t.tenantId));
      if (!serviceUrl) return no("NO_SERVICE_URL", 400);
      return { request: { op: "createPersonal", tenantId: t.tenantId, serviceUrl, userId: t.userId, activity: item.payload } };
    }
    const reference = await this.referenceOf(item);
    if (!reference) return no("NO_REFERENCE");
    return {
      request: { op: "post", reference, replyToActivityId: t.kind === "channel" ? t.replyToActivityId : undefined, activity: item.payload },
    };
  }

  private async referenceOf(item: OutboxItem): Promise<ConversationReference | undefined> {
    const t = item.target;
    if (t.kind === "person") return this.o.directory.personal(t.tenantId, t.userId);
    return t.reference ?? (await this.o.directory.conversation(t.tenantId, t.conversationId));
  }
}

/**
 * Every send carries `channelData.clientActivityId` = outbox id and revision: the same post sent again
 * after a crash carries the same id, so a connector (or proxy) that deduplicates on it can drop the
 * repeat, and tests recognise repeats exactly. Teams' connector does not deduplicate today.
 */
export function withClientId(request: SendRequest, item: OutboxItem): SendRequest {
  const clientActivityId = `${item.id}#${item.sendingRevision ?? item.revision}`;
  const activity = request.activity;
  const channelData = { ...((activity.channelData as Record<string, unknown> | undefined) ?? {}), clientActivityId };
  return { ...request, activity: { ...activity, channelData } } as SendRequest;
}

/** The post for a person who could not be reached 1:1, as an @mention in the group's channel. */
export function mentionPayload(userId: string, name: string, payload: Payload): Payload {
  const tag = `<at>${name}</at>`;
  return {
    ...payload,
    text: `${tag} ${payload.text ?? ""}`.trim(),
    entities: [...(payload.entities ?? []), { type: "mention", text: tag, mentioned: { id: userId, name } }],
  };
}

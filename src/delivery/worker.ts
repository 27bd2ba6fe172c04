import { randomUUID } from "node:crypto";
import type { OutboxItem } from "./model";
import { RateLimiter, TEAMS_LIMITS } from "./rate-limiter";
import type { DeliveryWorkerOptions, WorkerStats } from "./worker-options";
import type { SendResult } from "./sender";
import { mentionPayload, prepareSend, withClientId, type Settlement } from "./send-request";

export { mentionPayload, withClientId } from "./send-request";
export type { DeliveryLogger, DeliveryWorkerOptions, WorkerStats } from "./worker-options";

const RETRIED = new Set([0, 408, 412, 500, 502, 503, 504]);

/** How long enqueues and finished sends are gathered before the outbox is asked what is due (ms): a fan-out of 40 card updates asks a few times, not 80; a proactive post waits at most this much longer. */
const KICK_GATHER_MS = 100;

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
  private soon: NodeJS.Timeout | undefined;

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
    this.unsubscribe = this.o.outbox.onEnqueue(() => this.kickSoon());
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
    if (this.soon) clearTimeout(this.soon);
    this.soon = undefined;
    this.unsubscribe?.();
    for (const w of this.wake.splice(0)) w();
    await this.ticking;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.running = false;
  }

  /**
   * Looks for due work shortly: a burst of enqueues and finished sends (a card fan-out: dozens within
   * milliseconds) shares one query for what is due instead of one each.
   */
  private kickSoon(): void {
    if (this.soon || !this.running || this.stopping) return;
    this.soon = setTimeout(() => {
      this.soon = undefined;
      this.kick();
    }, KICK_GATHER_MS);
    this.soon.unref?.();
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
          this.kickSoon();
        });
      this.inFlight.add(p);
    }
  }

  /**
   * Sleeps until the clock reads `at`. A timer may fire early by the time its tick spent before setting it (the loop's
   * clock is read once per tick, and a loaded machine can pause a tick): the limiter's slot must not be sent before.
   */
  private async sleepUntil(at: number): Promise<boolean> {
    for (let left = at - this.now(); left > 0; left = at - this.now()) if (!(await this.sleep(left))) return false;
    return !this.stopping;
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
    const prepared = await prepareSend(item, this.o.outbox, this.o.directory);
    if ("settle" in prepared) {
      await this.settleFailure(item, prepared.settle);
      return;
    }
    const wait = this.limiter.reserve(key);
    if (!(await this.sleepUntil(this.now() + wait))) {
      // Stopping before the send was made: hand the item back untouched.
      await this.settle(item, (cur) => ({ ...cur, state: "pending", attempts: Math.max(0, cur.attempts - 1) }));
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
      await this.settle(item, (cur) =>
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

  /** Ends this worker's claim of `item`, starting from the claimed document (one write when nothing changed it). */
  private settle(item: OutboxItem, change: (cur: OutboxItem) => OutboxItem): Promise<OutboxItem | undefined> {
    return this.o.outbox.settle(item.id, this.owner, change, item);
  }

  private async settleFailure(item: OutboxItem, r: Settlement): Promise<void> {
    const maxAttempts = this.o.maxAttempts ?? 8;
    if ("wait" in r) {
      await this.settle(item, (cur) => ({
        ...cur,
        state: "pending",
        attempts: Math.max(0, cur.attempts - 1),
        dueAt: new Date(this.now() + r.wait).toISOString(),
      }));
      return;
    }
    const error = { code: r.code, status: r.status, message: r.message };
    const retryAt = (ms: number) =>
      this.settle(item, (cur) => ({ ...cur, state: "pending", dueAt: new Date(this.now() + ms).toISOString(), error }));
    const fail = (code: string, extra: Partial<OutboxItem> = {}) =>
      this.settle(item, (cur) => ({ ...cur, state: "failed", error: { ...error, code }, ...extra }));

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
}

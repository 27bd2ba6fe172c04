import type { Outbox } from "./ports";
import type { RateLimits } from "./rate-limiter";
import type { DeliveryDirectory, ProactiveSender } from "./sender";

/** The delivery worker's options and counters (the worker itself: ./worker.ts). */

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

export interface WorkerStats {
  sent: number;
  retried: number;
  throttled: number;
  failed: number;
  notReached: number;
  deactivated: number;
}

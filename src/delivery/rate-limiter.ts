/**
 * Sliding-window rate limits for Teams: per conversation 7 a second and 60 per 30 seconds, and a global
 * cap (default 30 a second). `reserve` books the earliest slot that satisfies every window and returns
 * how long to wait for it; a 429 blocks a conversation until its Retry-After has passed.
 */
export interface Window {
  readonly limit: number;
  readonly perMs: number;
}

export interface RateLimits {
  readonly perConversation: readonly Window[];
  readonly global: readonly Window[];
}

export const TEAMS_LIMITS: RateLimits = {
  perConversation: [
    { limit: 7, perMs: 1_000 },
    { limit: 60, perMs: 30_000 },
  ],
  global: [{ limit: 30, perMs: 1_000 }],
};

export function teamsLimits(globalPerSecond = 30): RateLimits {
  return { perConversation: TEAMS_LIMITS.perConversation, global: [{ limit: globalPerSecond, perMs: 1_000 }] };
}

class SlidingLog {
  private readonly times: number[] = [];
  constructor(
    private readonly windows: readonly Window[],
    private readonly marginMs: number,
  ) {}

  /**
   * Earliest time ≥ t at which one more event fits every window: no interval of a window's length that
   * contains the new event may then hold more than its limit (bookings may lie in the future).
   */
  earliest(t: number): number {
    let at = t;
    for (let changed = true; changed; ) {
      changed = false;
      for (const w of this.windows) {
        const span = w.perMs + this.marginMs;
        const near = this.times.filter((x) => x > at - span && x < at + span);
        if (near.length < w.limit) continue;
        // Interval starts to try: just after at - span, and every booking at or before `at`.
        const starts = [at - span + 1, ...near.filter((x) => x <= at)];
        for (const s0 of starts) {
          const inside = near.filter((x) => x >= s0 && x < s0 + span);
          if (inside.length >= w.limit) {
            at = inside[0]! + span;
            changed = true;
            break;
          }
        }
        if (changed) break;
      }
    }
    return at;
  }

  /** Records a booking at `t`; forgets bookings that no window around `now` or later can see. */
  add(t: number, now: number): void {
    this.times.push(t);
    this.times.sort((a, b) => a - b);
    const keep = Math.max(...this.windows.map((w) => w.perMs)) + this.marginMs;
    const cutoff = now - keep;
    while (this.times.length > 0 && this.times[0]! <= cutoff) this.times.shift();
  }
}

export class RateLimiter {
  private readonly conversations = new Map<string, SlidingLog>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly global: SlidingLog;
  private globalBlockedUntil = 0;

  constructor(
    private readonly limits: RateLimits = TEAMS_LIMITS,
    private readonly now: () => number = Date.now,
    /** Added to every window: requests arrive later than booked, with jitter; the margin absorbs it. */
    private readonly marginMs = 50,
  ) {
    this.global = new SlidingLog(limits.global, marginMs);
  }

  /** Books a send for the conversation; returns the milliseconds to wait before making it. */
  reserve(key: string): number {
    const now = this.now();
    let log = this.conversations.get(key);
    if (!log) {
      log = new SlidingLog(this.limits.perConversation, this.marginMs);
      this.conversations.set(key, log);
    }
    let at = Math.max(now, this.blockedUntil.get(key) ?? 0, this.globalBlockedUntil);
    for (let i = 0; i < 10; i++) {
      const next = this.global.earliest(log.earliest(at));
      if (next === at) break;
      at = next;
    }
    log.add(at, now);
    this.global.add(at, now);
    return at - now;
  }

  /** A 429 for one conversation (or, without a key, for the app). */
  block(key: string | undefined, ms: number): void {
    const until = this.now() + ms;
    if (key === undefined) this.globalBlockedUntil = Math.max(this.globalBlockedUntil, until);
    else this.blockedUntil.set(key, Math.max(this.blockedUntil.get(key) ?? 0, until));
  }
}

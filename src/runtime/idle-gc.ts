import * as v8 from "node:v8";
import * as vm from "node:vm";

/*
 * One full garbage collection once a bot that was busy goes idle. Under a burst of turns V8 lets the old
 * generation grow to several times what is live before it collects, and after collecting it keeps the pages:
 * after 10,000 questions the bot's heap held 60 MB live in 210–250 MB committed for as long as it stayed idle
 * (bench:soak, a probe of v8.getHeapSpaceStatistics()), V8's memory reducer never gave them back. A forced
 * full collection compacts the old generation and shrinks the young one (213 → 62 MB committed, RSS 310 → 151
 * MB in that probe). It is judged by the committed heap, not the used one: V8 has usually collected the
 * garbage by itself already (used back at its fresh size) while still holding the pages.
 * It runs only when the committed heap has grown by `minGrowthBytes` since the last collection (or the
 * start), so sparse traffic never pays for it, and only after `idleMs` without a new turn, so a busy bot
 * never does.
 */

export interface IdleGcOptions {
  /** A count of the work so far (the bot: turns begun); the process is idle while it stays the same. */
  readonly activity: () => number;
  /** How long the count must have stayed the same (ms; default 2 s). */
  readonly idleMs?: number;
  /** How often it is looked at (ms; default 500; 0: never on a timer, tests call check()). */
  readonly checkMs?: number;
  /** Growth of the committed heap since the last collection below which nothing is done (default 32 MiB). */
  readonly minGrowthBytes?: number;
  /** The committed JS heap in bytes (default V8's total_heap_size). */
  readonly committed?: () => number;
  /** The collection (default V8's full collection: fullCollection()). */
  readonly collect?: () => void;
  readonly now?: () => number;
  /** Told after each collection: committed bytes before and after, ms it took (a log line). */
  readonly onCollected?: (before: number, after: number, ms: number) => void;
}

export interface IdleGc {
  /** Collections made so far. */
  readonly collections: number;
  /** Looks once (what the timer does every checkMs). */
  check(): void;
  stop(): void;
}

/** V8's full collection without a `gc` global: --expose-gc set at run time, the function taken from a fresh context. */
export function fullCollection(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

export function startIdleGc(o: IdleGcOptions): IdleGc {
  const idleMs = o.idleMs ?? 2_000;
  const minGrowth = o.minGrowthBytes ?? 32 * 1024 * 1024;
  const committed = o.committed ?? (() => v8.getHeapStatistics().total_heap_size);
  const now = o.now ?? Date.now;
  let collect = o.collect;
  let baseline = committed();
  let seen = o.activity();
  let idleSince = now();
  let collections = 0;
  const check = () => {
    const t = now();
    const count = o.activity();
    if (count !== seen) {
      seen = count;
      idleSince = t;
      return;
    }
    if (t - idleSince < idleMs) return;
    const before = committed();
    // a heap that V8 shrank by itself is the new baseline
    if (before < baseline + minGrowth) {
      baseline = Math.min(baseline, before);
      return;
    }
    collect ??= fullCollection();
    collect();
    collections++;
    baseline = committed();
    o.onCollected?.(before, baseline, now() - t);
  };
  const timer = (o.checkMs ?? 500) > 0 ? setInterval(check, o.checkMs ?? 500) : undefined;
  timer?.unref();
  return {
    get collections() {
      return collections;
    },
    check,
    stop: () => clearInterval(timer),
  };
}

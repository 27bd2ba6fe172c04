import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

/** The event loop's delay over the last complete window, ms (what a request waits before the bot even sees it). */
export interface LoopDelay {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly windowS: number;
}

const RESOLUTION_MS = 10;

/**
 * How long the process's event loop is held up (perf_hooks.monitorEventLoopDelay, sampled every 10 ms),
 * over windows of `windowS` seconds: /healthz reports the last complete window, so an operator (and
 * bench:soak) can tell a slow health answer caused inside the bot — a long synchronous stretch, a
 * garbage collection — from one caused outside it (the network, another process on the same cores).
 * One per process (the event loop is the process's): bot/main.ts starts it; in tests there is none.
 */
class LoopDelayMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  last: LoopDelay | undefined;

  constructor(private readonly windowS: number) {
    this.histogram.enable();
    setInterval(() => this.rotate(), windowS * 1000).unref();
  }

  private rotate(): void {
    const h = this.histogram;
    // In ns, and each figure includes the sampling interval itself (an idle loop records ~10 ms).
    const ms = (ns: number) => Math.max(0, Math.round(ns / 1e4 - RESOLUTION_MS * 100) / 100);
    this.last = h.count > 0 ? { p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max), windowS: this.windowS } : undefined;
    h.reset();
  }
}

let monitor: LoopDelayMonitor | undefined;

export function startLoopDelayMonitor(windowS = 5): void {
  monitor ??= new LoopDelayMonitor(windowS);
}

/** The last complete window (none before the first has ended, or when no monitor was started). */
export const loopDelay = (): LoopDelay | undefined => monitor?.last;

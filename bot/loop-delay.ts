import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

const RESOLUTION_MS = 10;

/** The event loop's delay over the last complete window, ms (what a request waits before the bot even sees it). */
export interface LoopDelay {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly windowS: number;
}

/**
 * How long the bot's event loop is held up (perf_hooks.monitorEventLoopDelay, sampled every 10 ms), over
 * windows of `windowS` seconds: /healthz reports the last complete window, so an operator (and
 * bench:soak) can tell a slow health answer caused inside the bot — a long synchronous stretch, a
 * garbage collection — from one caused outside it (the network, another process on the same cores).
 */
export class LoopDelayMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private last: LoopDelay | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly windowS = 5) {
    this.histogram.enable();
    this.timer = setInterval(() => this.rotate(), windowS * 1000);
    this.timer.unref();
  }

  /** The last complete window (undefined during the first one). */
  get delay(): LoopDelay | undefined {
    return this.last;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private rotate(): void {
    const h = this.histogram;
    // In ns, and each figure includes the sampling interval itself (an idle loop records ~10 ms).
    const ms = (ns: number) => Math.max(0, Math.round(ns / 1e4) / 100 - RESOLUTION_MS);
    this.last = h.count > 0 ? { p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max), windowS: this.windowS } : undefined;
    h.reset();
  }
}

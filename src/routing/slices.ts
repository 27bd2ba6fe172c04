/**
 * The router's build as steps that can stop between slices of work. At 10,000 groups the build is seconds of CPU;
 * a bot that runs it in one go holds its event loop that long, and every chat turn that arrives meanwhile waits.
 * The heavy loops of the build are generators that `yield` now and then (every few hundred items): `runNow` runs
 * them through at once (the CLI, tests, benches: the same work, no waiting), `runSliced` gives the event loop a turn
 * whenever a slice has run for `sliceMs`, so a turn during a rebuild waits for one slice, not for the whole build.
 */
import { performance } from "node:perf_hooks";

/** Work that yields now and then and returns its value at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps through at once. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How long a slice of the build may hold the event loop by default (a chat turn waits at most about this). */
export const SLICE_MS = 10;

/** Runs the steps, letting the event loop run whatever waits (`setImmediate`) each time a slice has run `sliceMs`. */
export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let from = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - from >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      from = performance.now();
    }
  }
}

/** A step counter for loops: true every `every`-th call (a loop yields then; `every` a power of two). */
export function pace(every = 256): () => boolean {
  let n = 0;
  const mask = every - 1;
  return () => (++n & mask) === 0;
}

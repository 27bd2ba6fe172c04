import * as fs from "node:fs";
import { performance } from "node:perf_hooks";

/*
 * Where a start goes, phase by phase, for `npm run bench:soak` and `bench:start`: with SAMVERKAN_START_TIMELINE
 * set to a file, each process of a start (the bot, its store process) appends one line per phase:
 *   <role> <pid> <phase> <ms since the epoch> <µs of the monotonic clock>
 * in wall-clock time, so that phases of the two processes line up against the moment the bench spawned the
 * bot (and on the monotonic clock, which CPU profiles' timestamps use). "process start" is the process's own time origin (before Node loaded anything). Unset (always, but
 * in a bench), mark() costs one property read.
 */
const file = process.env.SAMVERKAN_START_TIMELINE;
let role = "bot";

const now = () => performance.timeOrigin + performance.now();

function write(phase: string, at: number): void {
  try {
    const mono = Number(process.hrtime.bigint() / 1000n) - (now() - at) * 1000;
    fs.appendFileSync(file!, `${role} ${process.pid} ${phase} ${at.toFixed(1)} ${mono.toFixed(0)}\n`);
  } catch {
    // a bench's file that cannot be written only loses the timeline
  }
}

/** Names this process's lines (and writes its "process start" line once). */
export function timelineRole(name: string): void {
  role = name;
  if (file) write("process start", performance.timeOrigin);
}

/** Notes that `phase` ended now. */
export function mark(phase: string): void {
  if (file) write(phase, now());
}

/*
 * Loaded into the bot's processes by bench/soak-profile.ts (node --require): when the event loop stalled (a 5 ms
 * timer came more than 15 ms late: what a /healthz request waits for), and the garbage collections, written to
 * STALL_PROBE_DIR at exit. The windows are on the monotonic clock the CPU profile's timestamps use (µs), so the
 * profile's samples inside a window say what held the loop; the process's CPU time in a window tells a stall the
 * process made (its own work, its garbage collection) from one the machine made (other processes on the cores).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PerformanceObserver, performance } from "node:perf_hooks";
import * as v8 from "node:v8";

const dir = process.env.STALL_PROBE_DIR;
if (dir) {
  /** [from µs, to µs, CPU ms of the process meanwhile] */
  const stalls: [number, number, number][] = [];
  const gcs: { kind: number; ms: number; at: number }[] = [];
  /** [at µs, new space capacity MB, old space used MB], once a second */
  const heap: [number, number, number][] = [];
  setInterval(() => {
    const spaces = v8.getHeapSpaceStatistics();
    const mb = (name: string, f: "space_size" | "space_used_size") => (spaces.find((x) => x.space_name === name)?.[f] ?? 0) / 1048576;
    heap.push([usNow(), mb("new_space", "space_size"), mb("old_space", "space_used_size")]);
  }, 1000).unref();
  const usNow = () => Number(process.hrtime.bigint() / 1000n);
  let last = usNow();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const now = usNow();
    const cpu = process.cpuUsage();
    if (now - last > 15_000) stalls.push([last, now, (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000]);
    last = now;
    lastCpu = cpu;
  }, 5).unref();
  // performance.now() is ms since timeOrigin; the profile's clock is the monotonic one (µs)
  const originUs = usNow() - performance.now() * 1000;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ kind: (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0, ms: e.duration, at: originUs + e.startTime * 1000 });
  }).observe({ entryTypes: ["gc"] });
  process.on("exit", () => fs.writeFileSync(path.join(dir, `stalls-${process.pid}.json`), JSON.stringify({ stalls, gcs, heap })));
}

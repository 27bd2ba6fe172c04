/*
 * The long synchronous spans of a V8 CPU profile (node --cpu-prof): runs of samples with no "(idle)" sample
 * between them, i.e. stretches during which the event loop could not take a request. Garbage collection and
 * native work count as busy (the loop waits for them too). For each of the longest: what ran in it (the
 * functions with the most time in the span, inclusive and self).
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Span {
  readonly ms: number;
  readonly what: string;
}

const frameName = (f: CpuProfile["nodes"][number]["callFrame"]) => `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-1)[0] ?? ""}:${f.lineNumber + 1}`;

/**
 * Macrotasks, approximately: runs of busy samples under the same entry frame (the child of the root: an I/O
 * callback, a timer, the microtask queue, a garbage collection); how long the loop was held by one thing.
 */
export function taskSpans(p: CpuProfile): { ms: number; entry: string }[] {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const root = p.nodes[0]!.id;
  const entryOf = (id: number): number => {
    let at = id;
    for (let up = parent.get(at); up !== undefined && up !== root; up = parent.get(at)) at = up;
    return at;
  };
  const out: { ms: number; entry: string }[] = [];
  let cur: { ms: number; entry: number } | undefined;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(p.samples[i]!)!;
    const e = entryOf(node.id);
    if (node.callFrame.functionName === "(idle)" || node.callFrame.functionName === "(program)") {
      if (cur) out.push({ ms: cur.ms, entry: frameName(byId.get(cur.entry)!.callFrame) });
      cur = undefined;
      continue;
    }
    if (cur && cur.entry === e) cur.ms += dt;
    else {
      if (cur) out.push({ ms: cur.ms, entry: frameName(byId.get(cur.entry)!.callFrame) });
      cur = { ms: dt, entry: e };
    }
  }
  return out;
}

export function longSpans(p: CpuProfile, top: number): { busyMs: number; wallMs: number; over20: number; over50: number; p99: number; top: Span[] } {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  const spans: { ms: number; from: number; to: number }[] = [];
  let busy = 0;
  let wall = 0;
  let start = -1;
  let ms = 0;
  // sample i covers the time since sample i-1 (its delta is the gap before it)
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    wall += dt;
    if (idle.has(p.samples[i]!)) {
      if (start >= 0) spans.push({ ms, from: start, to: i });
      start = -1;
      ms = 0;
      continue;
    }
    if (start < 0) start = i;
    ms += dt;
    busy += dt;
  }
  if (start >= 0) spans.push({ ms, from: start, to: p.samples.length });
  const sorted = [...spans].sort((a, b) => b.ms - a.ms);
  const describe = (s: { ms: number; from: number; to: number }): Span => {
    const incl = new Map<string, number>();
    const self = new Map<string, number>();
    for (let i = s.from; i < s.to; i++) {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(p.samples[i]!)!;
      self.set(frameName(leaf.callFrame), (self.get(frameName(leaf.callFrame)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const n = byId.get(id)!;
        if (!n.callFrame.functionName || n.callFrame.functionName === "(root)") continue;
        const name = frameName(n.callFrame);
        if (seen.has(name)) continue;
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + dt);
      }
    }
    const list = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([n, t]) => `${n} ${t.toFixed(0)}`)
        .join(", ");
    // inclusive: the frames under the ones that cover the whole span (the loop's own) say what it was
    const inner = new Map([...incl].filter(([, t]) => t < s.ms * 0.97));
    return { ms: s.ms, what: `self: ${list(self, 3)} | incl: ${list(inner, 5)}` };
  };
  const p99 = sorted.length === 0 ? 0 : [...spans].map((x) => x.ms).sort((a, b) => a - b)[Math.floor(spans.length * 0.99)]!;
  return { busyMs: busy, wallMs: wall, over20: spans.filter((x) => x.ms >= 20).length, over50: spans.filter((x) => x.ms >= 50).length, p99, top: sorted.slice(0, top).map(describe) };
}

export interface CpuProfileTimed extends CpuProfile {
  startTime: number;
}

/** What the samples inside the windows (µs, the profile's clock) ran: busy time by entry frame and by our own frames (inclusive). */
export function inWindows(p: CpuProfileTimed, windows: readonly [number, number][]): { samplesMs: number; self: [string, number][]; ours: [string, number][] } {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const self = new Map<string, number>();
  const ours = new Map<string, number>();
  let total = 0;
  let t = p.startTime;
  let w = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    while (w < sorted.length && sorted[w]![1] < t) w++;
    if (w >= sorted.length) break;
    if (t < sorted[w]![0]) continue;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(p.samples[i]!)!;
    if (leaf.callFrame.functionName === "(idle)") continue;
    total += dt;
    const leafName = frameName(leaf.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!/bundle\/(bot|store)\.js|dist\/(src|bot|cards)/.test(f.url) || !f.functionName) continue;
      const name = frameName(f);
      if (seen.has(name)) continue;
      seen.add(name);
      ours.set(name, (ours.get(name) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 14);
  return { samplesMs: total, self: top(self), ours: top(ours) };
}

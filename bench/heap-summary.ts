/*
 * A V8 heap snapshot (.heapsnapshot) summarised by node type and constructor name: self size and count,
 * largest first. Used by bench/soak-heap.ts; also runnable alone:
 *   node dist/bench/heap-summary.js <file.heapsnapshot> [top]
 */
import * as fs from "node:fs";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export function summarise(file: string, top = 25): string[] {
  const s = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf("type");
  const iName = fields.indexOf("name");
  const iSize = fields.indexOf("self_size");
  const by = new Map<string, { size: number; count: number }>();
  let total = 0;
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + iType]!]!;
    const name = type === "object" || type === "closure" || type === "native" ? s.strings[s.nodes[i + iName]!]! : "";
    const key = `${type}${name ? ` ${name.slice(0, 60)}` : ""}`;
    const size = s.nodes[i + iSize]!;
    total += size;
    const e = by.get(key) ?? { size: 0, count: 0 };
    e.size += size;
    e.count++;
    by.set(key, e);
  }
  const rows = [...by].sort((a, b) => b[1].size - a[1].size).slice(0, top);
  return [`total self size ${(total / 1048576).toFixed(1)} MB`, ...rows.map(([k, v]) => `${(v.size / 1048576).toFixed(1).padStart(7)} MB ${String(v.count).padStart(9)}  ${k}`)];
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  for (const line of summarise(file!, Number(top ?? 25))) console.log(line);
}

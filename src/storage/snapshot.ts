import * as fs from "node:fs";
import * as path from "node:path";
import { syncDir } from "./journal";

/**
 * Snapshots of the embedded store: one JSON value a line, so that writing one yields to the event loop
 * between small chunks (a big store never blocks requests for long) and reading one needs no second copy.
 *
 *   {"version":2,"next":<first journal generation not covered>,"savedAt":"…"}
 *   {"container":"work","ridCount":123,"count":2}
 *   {…document…}
 *   {…document…}
 *
 * The older format (snapshot.json, version 1, written every 5 s before the journal existed) is still read.
 */

export const snapshotFile = (dataDir: string) => path.join(dataDir, "snapshot.ndjson");
export const legacySnapshotFile = (dataDir: string) => path.join(dataDir, "snapshot.json");

export interface ContainerImage {
  readonly name: string;
  readonly ridCount: number;
  readonly docs: readonly Record<string, unknown>[];
}

export interface LoadedSnapshot {
  readonly format: "ndjson" | "legacy";
  /** The first journal generation the snapshot does not cover (legacy: none are covered). */
  readonly next: number;
  readonly containers: ContainerImage[];
  readonly bytes: number;
}

export function readSnapshot(dataDir: string): LoadedSnapshot | undefined {
  const file = snapshotFile(dataDir);
  if (fs.existsSync(file)) return parseNdjson(file);
  const legacy = legacySnapshotFile(dataDir);
  if (!fs.existsSync(legacy)) return undefined;
  const text = fs.readFileSync(legacy, "utf8");
  const parsed = JSON.parse(text) as { version?: number; containers?: Record<string, Record<string, unknown>[]> };
  if (parsed.version !== 1 || typeof parsed.containers !== "object" || parsed.containers === null) {
    throw new Error(`${legacy} is not a Samverkan snapshot`);
  }
  const containers = Object.entries(parsed.containers).map(([name, docs]) => ({ name, ridCount: 0, docs }));
  return { format: "legacy", next: 0, containers, bytes: text.length };
}

function parseNdjson(file: string): LoadedSnapshot {
  const text = fs.readFileSync(file, "utf8");
  const lines = text.split("\n");
  const header = JSON.parse(lines[0] ?? "") as { version?: number; next?: number };
  if (header.version !== 2 || typeof header.next !== "number") throw new Error(`${file} is not a Samverkan snapshot`);
  const containers: ContainerImage[] = [];
  let i = 1;
  while (i < lines.length && lines[i] !== "") {
    const head = JSON.parse(lines[i]!) as { container: string; ridCount: number; count: number };
    const docs: Record<string, unknown>[] = [];
    for (let k = 0; k < head.count; k++) {
      const line = lines[i + 1 + k];
      if (line === undefined || line === "") throw new Error(`${file} is cut short in ${head.container}`);
      docs.push(JSON.parse(line) as Record<string, unknown>);
    }
    containers.push({ name: head.container, ridCount: head.ridCount, docs });
    i += 1 + head.count;
  }
  // The writer ends with an empty line; a file that does not is cut short (renaming makes that unlikely).
  if (!(lines[i] === "" && i === lines.length - 2)) throw new Error(`${file} does not end where it should`);
  return { format: "ndjson", next: header.next, containers, bytes: text.length };
}

const CHUNK_BYTES = 256 * 1024;

/**
 * Writes a snapshot to a temporary file in chunks (yielding between them), syncs it and renames it into
 * place, so that a crash at any moment leaves either the old snapshot or the new one. Returns its size.
 */
export async function writeSnapshot(dataDir: string, next: number, containers: readonly ContainerImage[]): Promise<number> {
  fs.mkdirSync(dataDir, { recursive: true });
  const tmp = `${snapshotFile(dataDir)}.${process.pid}.tmp`;
  const fh = await fs.promises.open(tmp, "w");
  let bytes = 0;
  try {
    let chunk: string[] = [JSON.stringify({ version: 2, next, savedAt: new Date().toISOString() })];
    let size = chunk[0]!.length;
    const spill = async () => {
      const data = `${chunk.join("\n")}\n`;
      chunk = [];
      size = 0;
      bytes += Buffer.byteLength(data);
      await fh.write(data);
    };
    for (const c of containers) {
      const head = JSON.stringify({ container: c.name, ridCount: c.ridCount, count: c.docs.length });
      chunk.push(head);
      size += head.length;
      for (const doc of c.docs) {
        const line = JSON.stringify(doc);
        chunk.push(line);
        size += line.length;
        if (size >= CHUNK_BYTES) await spill();
      }
    }
    chunk.push("");
    await spill();
    await fh.sync();
  } finally {
    await fh.close();
  }
  fs.renameSync(tmp, snapshotFile(dataDir));
  syncDir(dataDir);
  return bytes;
}

/** Temporary files left by a crash during a snapshot (never complete, never read). */
export function removeLeftovers(dataDir: string): void {
  if (!fs.existsSync(dataDir)) return;
  for (const f of fs.readdirSync(dataDir)) {
    if (/^snapshot\.(ndjson|json)\.\d+\.tmp$/.test(f)) fs.rmSync(path.join(dataDir, f), { force: true });
  }
}

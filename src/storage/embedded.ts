import * as fs from "node:fs";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createHttpServer } from "@vercel/cosmosdb-server";

/**
 * The embedded store: @vercel/cosmosdb-server in process, on 127.0.0.1, with a JSON snapshot in DATA_DIR.
 * One process owns DATA_DIR at a time (the lock file); the owner publishes its endpoint there so that
 * the CLI talks to a running bot instead of opening the snapshot behind its back.
 */

export interface LockInfo {
  readonly pid: number;
  readonly owner: "bot" | "cli";
  readonly endpoint?: string;
  readonly startedAt: string;
}

export const lockPath = (dataDir: string) => path.join(dataDir, "store.lock");
export const snapshotPath = (dataDir: string) => path.join(dataDir, "snapshot.json");

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath(dataDir), "utf8")) as LockInfo;
    if (typeof info.pid !== "number") return undefined;
    return info;
  } catch {
    return undefined;
  }
}

/** The live owner of DATA_DIR, if any (a lock left by a dead process is stale). */
export function liveOwner(dataDir: string): LockInfo | undefined {
  const info = readLock(dataDir);
  if (!info) return undefined;
  if (info.pid === process.pid) return info;
  return processAlive(info.pid) ? info : undefined;
}

export class StoreLockedError extends Error {
  constructor(readonly owner: LockInfo) {
    super(`the data directory is in use by another ${owner.owner} (pid ${owner.pid})`);
    this.name = "StoreLockedError";
  }
}

const heldHere = new Set<string>();

/** Takes DATA_DIR exclusively; a stale lock (dead pid) is replaced. */
export function acquireLock(dataDir: string, owner: LockInfo["owner"]): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const mine = readLock(dataDir);
  if (heldHere.has(file) && mine) throw new StoreLockedError(mine);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      const info: LockInfo = { pid: process.pid, owner, startedAt: new Date().toISOString() };
      fs.writeSync(fd, JSON.stringify(info));
      fs.closeSync(fd);
      heldHere.add(file);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(file);
        const current = readLock(dataDir);
        if (current && current.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const current = liveOwner(dataDir);
      if (current && current.pid !== process.pid) throw new StoreLockedError(current);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

export function publishEndpoint(dataDir: string, endpoint: string): void {
  const info = readLock(dataDir);
  if (!info || info.pid !== process.pid) return;
  const tmp = `${lockPath(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ ...info, endpoint }));
  fs.renameSync(tmp, lockPath(dataDir));
}

export interface EmbeddedServer {
  readonly endpoint: string;
  /** True when a write reached the server since the last call. */
  takeDirty(): boolean;
  close(): Promise<void>;
}

export async function startEmbeddedServer(): Promise<EmbeddedServer> {
  const server: Server = createHttpServer();
  server.keepAliveTimeout = 60_000;
  let dirty = false;
  server.prependListener("request", (req) => {
    const isQuery = String(req.headers["x-ms-documentdb-isquery"] ?? "").toLowerCase() === "true";
    if (req.method === "PUT" || req.method === "DELETE" || req.method === "PATCH" || (req.method === "POST" && !isQuery)) {
      dirty = true;
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    takeDirty() {
      const was = dirty;
      dirty = false;
      return was;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export interface Snapshot {
  readonly version: 1;
  readonly savedAt: string;
  readonly containers: Record<string, Record<string, unknown>[]>;
}

export function readSnapshot(dataDir: string): Snapshot | undefined {
  const file = snapshotPath(dataDir);
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
  if (parsed.version !== 1 || typeof parsed.containers !== "object") {
    throw new Error(`${file} is not a Samverkan snapshot`);
  }
  return parsed;
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a snapshot. */
export function writeSnapshot(dataDir: string, containers: Snapshot["containers"]): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), containers };
  const tmp = `${snapshotPath(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(snapshot));
  fs.renameSync(tmp, snapshotPath(dataDir));
}

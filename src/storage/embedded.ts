import * as fs from "node:fs";
import * as path from "node:path";
import { randomUUID } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type Account from "@vercel/cosmosdb-server/lib/account";

/**
 * The embedded store: @vercel/cosmosdb-server in process, on 127.0.0.1, made durable in DATA_DIR by
 * src/storage/durable.ts (journal and snapshots).
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
  /** The server's in-memory state (@vercel/cosmosdb-server's Account). */
  readonly account: unknown;
  /**
   * Awaited before every answer (reads too): the durable store resolves it once every write made so far
   * is on disk, so nothing the server answers can be lost afterwards. A rejection answers 503.
   */
  beforeAnswer: () => Promise<void> | undefined;
  close(): Promise<void>;
}

/**
 * @vercel/cosmosdb-server's request handling (routes and Account), served here instead of through its
 * createHttpServer so that the answer can wait for the journal and the state is reachable for snapshots.
 * Keep-alive is on: the SDK reuses connections instead of opening one per request.
 */
export async function startEmbeddedServer(): Promise<EmbeddedServer> {
  // Loaded here, not at the top: a bot whose store runs in its own process (store-process.ts) never
  // needs the server's code (with its SQL engine, ~700 modules), only this file's lock functions.
  const { default: AccountClass } = require("@vercel/cosmosdb-server/lib/account") as typeof import("@vercel/cosmosdb-server/lib/account");
  const { default: routes } = require("@vercel/cosmosdb-server/lib/routes") as typeof import("@vercel/cosmosdb-server/lib/routes");
  let account: Account | undefined;
  const embedded: { beforeAnswer: EmbeddedServer["beforeAnswer"] } = { beforeAnswer: () => undefined };
  const server: Server = http.createServer((req, res) => {
    answer(account!, routes as never, req, res, () => embedded.beforeAnswer()).catch((err) => {
      if (!res.writableEnded) {
        res.statusCode = 500;
        res.end("");
      }
      process.emitWarning(`embedded store: ${String(err)}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  account = new AccountClass("127.0.0.1", port);
  return Object.assign(embedded, {
    endpoint: `http://127.0.0.1:${port}`,
    account,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  });
}

const QUERY_METRICS =
  "totalExecutionTimeInMs=0.00;queryCompileTimeInMs=0.00;queryLogicalPlanBuildTimeInMs=0.00;queryPhysicalPlanBuildTimeInMs=0.00;" +
  "queryOptimizationTimeInMs=0.00;VMExecutionTimeInMs=0.00;indexLookupTimeInMs=0.00;documentLoadTimeInMs=0.00;" +
  "systemFunctionExecuteTimeInMs=0.00;userFunctionExecuteTimeInMs=0.00;retrievedDocumentCount=0;retrievedDocumentSize=0;" +
  "outputDocumentCount=1;outputDocumentSize=0;writeOutputTimeInMs=0.00;indexUtilizationRatio=0.00";

type Handler = (account: Account, req: IncomingMessage, res: ServerResponse, params: unknown) => Promise<unknown> | unknown;

type Routes = (req: IncomingMessage) => [unknown, Handler] | null;

async function answer(account: Account, routes: Routes, req: IncomingMessage, res: ServerResponse, beforeAnswer: () => Promise<void> | undefined): Promise<void> {
  const route = routes(req);
  let body: { message?: string; _etag?: string } | undefined;
  if (route) {
    const [params, handler] = route;
    try {
      body = (await handler(account, req, res, params)) as typeof body;
    } catch (err) {
      body = { message: (err as Error).message };
      res.statusCode = 500;
    }
    if (res.statusCode > 399 && body && !body.message) body.message = "";
  } else {
    res.statusCode = 400;
    body = { message: "no route" };
  }
  try {
    await beforeAnswer();
  } catch (err) {
    res.statusCode = 503;
    body = { message: `the embedded store could not write to disk: ${(err as Error).message}` };
  }
  if (body && body._etag) res.setHeader("etag", body._etag);
  res.setHeader("content-type", "application/json");
  res.setHeader("content-location", `http://${req.headers.host}${req.url}`);
  res.setHeader("x-ms-activity-id", randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  if (req.headers["x-ms-documentdb-populatequerymetrics"]) res.setHeader("x-ms-documentdb-query-metrics", QUERY_METRICS);
  if (req.headers["a-im"] && res.statusCode === 200) {
    if (req.headers["if-none-match"]) res.statusCode = 304;
    res.setHeader("etag", "1");
  }
  res.end(JSON.stringify(body));
}

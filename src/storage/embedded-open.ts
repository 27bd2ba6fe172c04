import * as path from "node:path";
import type { Config } from "../config/config";
import { CONTAINERS, OUTBOX_PARTITION, containerBody } from "./model";
import { acquireLock, publishEndpoint, startEmbeddedServer, type EmbeddedServer } from "./embedded";
import { DurableState, type DurableStats } from "./durable";
import { mark } from "../runtime/start-timeline";

/**
 * Opening the embedded store on DATA_DIR without the Cosmos SDK: the lock, the server, the database and
 * its containers made directly in the server's memory (what the SDK's createIfNotExists sent it over
 * HTTP, with the same bodies), then the snapshot and the journal. The store process (store-main.ts)
 * serves only this: it never loads @azure/cosmos (with its Key Vault keys, ~0.4 s of CPU per start) nor
 * asks itself over HTTP for ten create requests; the bot's side (store.ts) puts an SDK client in front.
 */

export interface EmbeddedOptions {
  readonly owner: "bot" | "cli";
  /** Journal bytes that trigger a snapshot at the least (default 8 MiB). */
  readonly compactBytes?: number;
  /** false: no journal and no snapshots (only `npm run bench:store`, to measure what they cost). */
  readonly journal?: boolean;
  /** How often documents past their TTL are deleted (ms, default 60 s). */
  readonly sweepMs?: number;
  /** Journal bytes folded into a snapshot once writes have stopped for a while (default 1 MiB; 0: never): durable.ts. */
  readonly foldIdleBytes?: number;
  readonly warn?: (msg: string) => void;
}

export interface OpenEmbedded {
  readonly endpoint: string;
  flush(): Promise<void>;
  durability(): DurableStats | undefined;
  close(): Promise<void>;
}

interface MemoryAccount {
  databases: { create(body: Record<string, unknown>): unknown };
  database(id: string): { read(): unknown; collection(id: string): { read(): unknown }; collections: { create(body: Record<string, unknown>): unknown } };
}

/** The database and the containers of src/storage/model.ts, as the SDK's createIfNotExists made them. */
function createContainers(account: unknown, database: string): void {
  const a = account as MemoryAccount;
  if (!a.database(database).read()) a.databases.create({ id: database });
  const db = a.database(database);
  for (const def of CONTAINERS) {
    if (db.collection(def.id).read()) continue;
    db.collections.create(containerBody(def));
  }
}

/** Snapshots from before the journal: outbox documents were partitioned by id and lack `queue`. */
function upgradeLegacy(container: string, doc: Record<string, unknown>): Record<string, unknown> {
  return container === "outbox" && doc.queue === undefined ? { ...doc, queue: OUTBOX_PARTITION } : doc;
}

export async function openEmbeddedStore(config: Config, options: EmbeddedOptions): Promise<OpenEmbedded> {
  const dataDir = path.resolve(config.dataDir);
  const release = acquireLock(dataDir, options.owner);
  let server: EmbeddedServer | undefined;
  try {
    server = await startEmbeddedServer();
    mark("server started");
    createContainers(server.account, config.cosmos.database);
    const srv = server;
    if (options.journal === false) {
      return { endpoint: srv.endpoint, flush: async () => undefined, durability: () => undefined, close: async () => (await srv.close(), release()) };
    }
    const durable = DurableState.open({
      dataDir,
      account: server.account,
      database: config.cosmos.database,
      containers: CONTAINERS,
      compactBytes: options.compactBytes,
      sweepMs: options.sweepMs,
      foldIdleBytes: options.foldIdleBytes,
      warn: options.warn,
      // Expiry follows the app's clock (SAMVERKAN_NOW included), as every other time-driven feature does.
      now: config.fixedNow ? () => config.fixedNow!.getTime() : undefined,
      upgradeLegacy,
    });
    mark("snapshot and journal loaded");
    server.beforeAnswer = durable.beforeAnswer;
    publishEndpoint(dataDir, server.endpoint);
    return {
      endpoint: srv.endpoint,
      flush: () => durable.compact(true),
      durability: () => durable.getStats(),
      close: async () => {
        try {
          await durable.close();
        } finally {
          await srv.close();
          release();
        }
      },
    };
  } catch (e) {
    await server?.close();
    release();
    throw e;
  }
}

import * as path from "node:path";
import { CosmosClient, type Container, type Database } from "@azure/cosmos";
import type { Config } from "../config/config";
import { CONTAINERS, containerBody, type ContainerName } from "./model";
import { liveOwner, StoreLockedError } from "./embedded";
import type { DurableStats } from "./durable";
import { openEmbeddedStore } from "./embedded-open";

export type StoreMode = "embedded" | "attached" | "key" | "entra";

export interface Store {
  readonly mode: StoreMode;
  readonly endpoint: string;
  readonly database: Database;
  container(name: ContainerName): Container;
  /** Writes the embedded snapshot now, folding the journal into it (no-op in other modes). */
  flush(): Promise<void>;
  /** The embedded store's journal and snapshot figures (undefined in other modes). */
  durability(): DurableStats | undefined;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Who opens the store: the bot owns DATA_DIR while it runs; the CLI attaches to a running bot. */
  readonly owner: "bot" | "cli";
  /** Embedded: journal bytes that trigger a snapshot at the least (default 8 MiB). */
  readonly compactBytes?: number;
  /**
   * Embedded: false runs the store without its journal and snapshots, as it was before (nothing is kept
   * on disk). Only `npm run bench:store` uses it, to measure what the journal costs.
   */
  readonly journal?: boolean;
  /** Embedded: how often documents past their TTL are deleted (ms, default 60 s). */
  readonly sweepMs?: number;
  /** Embedded: journal bytes folded into a snapshot once writes have stopped for a while (default 1 MiB; 0: never). */
  readonly foldIdleBytes?: number;
  readonly warn?: (msg: string) => void;
}
const DUMMY_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

/** No custom agent: the SDK only allows plain HTTP with its own (keep-alive) agent. */
export function localClient(endpoint: string): CosmosClient {
  return new CosmosClient({
    endpoint,
    key: DUMMY_KEY,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
}

async function ensureContainers(db: Database): Promise<void> {
  for (const def of CONTAINERS) {
    await db.containers.createIfNotExists(containerBody(def));
  }
}

/** Under Entra auth the data plane cannot create containers: check and explain instead. */
async function checkContainers(db: Database): Promise<void> {
  const missing: string[] = [];
  for (const def of CONTAINERS) {
    try {
      await db.container(def.id).read();
    } catch (e) {
      if ((e as { code?: number }).code === 404) missing.push(def.id);
      else throw e;
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `Cosmos database "${db.id}" lacks the containers ${missing.join(", ")}. ` +
        "Under managed identity the app cannot create them: deploy infra/main.bicep (it creates them from infra/cosmos-containers.json).",
    );
  }
}

export function storeFor(
  mode: StoreMode,
  endpoint: string,
  db: Database,
  extra: { flush?: () => Promise<void>; close?: () => Promise<void>; durability?: () => DurableStats | undefined; client: CosmosClient },
): Store {
  const cache = new Map<ContainerName, Container>();
  return {
    mode,
    endpoint,
    database: db,
    container(name) {
      let c = cache.get(name);
      if (!c) {
        c = db.container(name);
        cache.set(name, c);
      }
      return c;
    },
    flush: extra.flush ?? (async () => undefined),
    durability: () => extra.durability?.(),
    async close() {
      await extra.close?.();
      extra.client.dispose();
    },
  };
}

async function openEmbedded(config: Config, options: OpenStoreOptions): Promise<Store> {
  const opened = await openEmbeddedStore(config, options);
  const client = localClient(opened.endpoint);
  return storeFor("embedded", opened.endpoint, client.database(config.cosmos.database), {
    client,
    flush: () => opened.flush(),
    durability: () => opened.durability(),
    close: () => opened.close(),
  });
}

/** How long a command waits for another command that holds DATA_DIR for its own run to end. */
const CLI_WAIT_MS = 60_000;

/**
 * The embedded store for this process: a command attaches to a running bot's server; another command holds DATA_DIR
 * only for its own run, and its server closes with it (attached to it, two `samverkan route` at once ended in "connect
 * ECONNREFUSED"), so a command waits for it to end and then opens the store itself — a clear refusal after a minute.
 */
async function openLocal(config: Config, options: OpenStoreOptions): Promise<Store> {
  const dir = path.resolve(config.dataDir);
  const started = Date.now();
  for (;;) {
    const owner = liveOwner(dir);
    const waiting = options.owner === "cli" && Date.now() - started < CLI_WAIT_MS;
    if (owner && options.owner === "cli" && owner.owner === "bot") {
      if (!owner.endpoint) throw new StoreLockedError(owner);
      const client = localClient(owner.endpoint);
      return storeFor("attached", owner.endpoint, client.database(config.cosmos.database), { client });
    }
    if (owner && owner.pid !== process.pid && options.owner === "cli") {
      if (!waiting) throw new StoreLockedError(owner);
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    try {
      return await openEmbedded(config, options);
    } catch (e) {
      // another command took the lock between the look and the open: wait for it as above
      if (!(e instanceof StoreLockedError) || !waiting) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function openStore(config: Config, options: OpenStoreOptions): Promise<Store> {
  const { endpoint, key, clientId, database: dbName } = config.cosmos;
  if (!endpoint) return openLocal(config, options);
  if (key) {
    const client = new CosmosClient({ endpoint, key, connectionPolicy: { enableEndpointDiscovery: false } });
    const { database } = await client.databases.createIfNotExists({ id: dbName });
    await ensureContainers(database);
    return storeFor("key", endpoint, database, { client });
  }
  // Loaded only here: @azure/identity (with MSAL) is a good part of every start's module loading otherwise.
  const { DefaultAzureCredential } = require("@azure/identity") as typeof import("@azure/identity");
  const client = new CosmosClient({
    endpoint,
    aadCredentials: new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId } : {}),
  });
  const database = client.database(dbName);
  await checkContainers(database);
  return storeFor("entra", endpoint, database, { client });
}

import * as path from "node:path";
import { CosmosClient, type Container, type Database } from "@azure/cosmos";
import { DefaultAzureCredential } from "@azure/identity";
import type { Config } from "../config/config";
import { CONTAINERS, type ContainerName } from "./model";
import {
  acquireLock,
  liveOwner,
  publishEndpoint,
  readSnapshot,
  startEmbeddedServer,
  StoreLockedError,
  writeSnapshot,
  type EmbeddedServer,
} from "./embedded";

export type StoreMode = "embedded" | "attached" | "key" | "entra";

export interface Store {
  readonly mode: StoreMode;
  readonly endpoint: string;
  readonly database: Database;
  container(name: ContainerName): Container;
  /** Writes the embedded snapshot now (no-op in other modes). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Who opens the store: the bot owns DATA_DIR while it runs; the CLI attaches to a running bot. */
  readonly owner: "bot" | "cli";
  /** How often a changed embedded store is written to disk (the loss window after a crash). */
  readonly snapshotIntervalMs?: number;
  readonly warn?: (msg: string) => void;
}

export const DEFAULT_SNAPSHOT_INTERVAL_MS = 5_000;
const DUMMY_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

/** No custom agent: the SDK only allows plain HTTP with its own (keep-alive) agent. */
function localClient(endpoint: string): CosmosClient {
  return new CosmosClient({
    endpoint,
    key: DUMMY_KEY,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
}

async function ensureContainers(db: Database): Promise<void> {
  for (const def of CONTAINERS) {
    await db.containers.createIfNotExists({
      id: def.id,
      partitionKey: { paths: [def.partitionKey] },
      indexingPolicy: {
        indexingMode: def.indexingPolicy.indexingMode,
        automatic: def.indexingPolicy.automatic,
        includedPaths: [...def.indexingPolicy.includedPaths],
        excludedPaths: [...def.indexingPolicy.excludedPaths],
      },
    });
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

const SYSTEM_FIELDS = ["_rid", "_self", "_etag", "_ts", "_attachments"];

async function dumpAll(db: Database): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const def of CONTAINERS) {
    const { resources } = await db.container(def.id).items.query<Record<string, unknown>>("SELECT * FROM c").fetchAll();
    out[def.id] = resources.map((d) => {
      const copy = { ...d };
      for (const f of SYSTEM_FIELDS) delete copy[f];
      return copy;
    });
  }
  return out;
}

async function restore(db: Database, containers: Record<string, Record<string, unknown>[]>): Promise<void> {
  for (const def of CONTAINERS) {
    const docs = containers[def.id] ?? [];
    const c = db.container(def.id);
    // Bounded parallelism keeps a large snapshot's restore quick without flooding the local server.
    for (let i = 0; i < docs.length; i += 32) {
      await Promise.all(docs.slice(i, i + 32).map((d) => c.items.upsert(d)));
    }
  }
}

function storeFor(
  mode: StoreMode,
  endpoint: string,
  db: Database,
  extra: { flush?: () => Promise<void>; close?: () => Promise<void>; client: CosmosClient },
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
    async close() {
      await extra.close?.();
      extra.client.dispose();
    },
  };
}

async function openEmbedded(config: Config, options: OpenStoreOptions): Promise<Store> {
  const dataDir = path.resolve(config.dataDir);
  const release = acquireLock(dataDir, options.owner);
  let server: EmbeddedServer | undefined;
  try {
    server = await startEmbeddedServer();
    const client = localClient(server.endpoint);
    const { database } = await client.databases.createIfNotExists({ id: config.cosmos.database });
    await ensureContainers(database);
    const snapshot = readSnapshot(dataDir);
    if (snapshot) await restore(database, snapshot.containers);
    server.takeDirty();
    publishEndpoint(dataDir, server.endpoint);

    const srv = server;
    let saving: Promise<void> = Promise.resolve();
    const save = (force: boolean) => {
      saving = saving.then(async () => {
        if (!srv.takeDirty() && !force) return;
        writeSnapshot(dataDir, await dumpAll(database));
      });
      return saving;
    };
    const timer = setInterval(() => {
      save(false).catch((e) => options.warn?.(`snapshot failed: ${(e as Error).message}`));
    }, options.snapshotIntervalMs ?? DEFAULT_SNAPSHOT_INTERVAL_MS);
    timer.unref();

    return storeFor("embedded", server.endpoint, database, {
      client,
      flush: () => save(true),
      close: async () => {
        clearInterval(timer);
        try {
          await save(false);
        } finally {
          await srv.close();
          release();
        }
      },
    });
  } catch (e) {
    await server?.close();
    release();
    throw e;
  }
}

export async function openStore(config: Config, options: OpenStoreOptions): Promise<Store> {
  const { endpoint, key, clientId, database: dbName } = config.cosmos;
  if (!endpoint) {
    const owner = liveOwner(path.resolve(config.dataDir));
    if (owner && options.owner === "cli") {
      if (!owner.endpoint) throw new StoreLockedError(owner);
      const client = localClient(owner.endpoint);
      return storeFor("attached", owner.endpoint, client.database(dbName), { client });
    }
    return openEmbedded(config, options);
  }
  if (key) {
    const client = new CosmosClient({ endpoint, key, connectionPolicy: { enableEndpointDiscovery: false } });
    const { database } = await client.databases.createIfNotExists({ id: dbName });
    await ensureContainers(database);
    return storeFor("key", endpoint, database, { client });
  }
  const client = new CosmosClient({
    endpoint,
    aadCredentials: new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId } : {}),
  });
  const database = client.database(dbName);
  await checkContainers(database);
  return storeFor("entra", endpoint, database, { client });
}

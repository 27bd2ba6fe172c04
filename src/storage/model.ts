/**
 * The Cosmos data model, defined once. Bicep reads the generated copy in infra/cosmos-containers.json.
 * Nothing relies on change feed, transactional batch, OFFSET/LIMIT, DISTINCT or GROUP BY: the local
 * emulator lacks them.
 *
 * Data that ends: every container has `defaultTtl: -1`, so a document with a `ttl` field (seconds after
 * its last write) expires — Cosmos deletes it in Azure, the embedded store's sweeper does the same locally
 * (src/storage/durable.ts). Documents without `ttl` are kept. Expiry is housekeeping, never logic: a
 * feature must not rely on an expired document being gone at a precise instant.
 */
export interface ContainerDefinition {
  readonly id: ContainerName;
  readonly partitionKey: string;
  readonly purpose: string;
  /** -1: documents expire only when they carry a `ttl` (seconds); undefined: TTL off. */
  readonly defaultTtl?: number;
  readonly indexingPolicy: {
    readonly indexingMode: "consistent";
    readonly automatic: true;
    readonly includedPaths: readonly { path: string }[];
    readonly excludedPaths: readonly { path: string }[];
  };
}

export type ContainerName = "catalog" | "work" | "conversations" | "outbox" | "leases";

const defaultIndexing = (excluded: string[] = []) => ({
  indexingMode: "consistent" as const,
  automatic: true as const,
  includedPaths: [{ path: "/*" }],
  excludedPaths: [{ path: '/"_etag"/?' }, ...excluded.map((path) => ({ path }))],
});

/** Retention of transient documents, in seconds (the `ttl` field features set). */
export const RETENTION = {
  /** Outbox posts and updates once sent or failed: kept for card updates and "not reached" lookups. */
  deliveredPost: 90 * 24 * 3600,
  /** Routing questions and their feedback ("Fel grupp?"). */
  question: 365 * 24 * 3600,
} as const;

/** Every outbox document lives in this one logical partition: the worker's "what is due" query stays in it. */
export const OUTBOX_PARTITION = "outbox";

export const CONTAINERS: readonly ContainerDefinition[] = [
  {
    id: "catalog",
    defaultTtl: -1,
    partitionKey: "/organizationId",
    purpose: "groups, group kinds, mandate versions, catalog version; small, read at start and cached",
    indexingPolicy: defaultIndexing(["/source/text/?", "/duties/*/text/?"]),
  },
  {
    id: "work",
    defaultTtl: -1,
    partitionKey: "/groupId",
    purpose: "roles, meetings, agenda items, minutes, approvals, decisions, audit entries (type field)",
    indexingPolicy: defaultIndexing(["/description/?", "/content/*"]),
  },
  {
    id: "conversations",
    defaultTtl: -1,
    partitionKey: "/tenantId",
    purpose: "conversation references, channel bindings, user settings, digest subscriptions, feedback",
    indexingPolicy: defaultIndexing(["/reference/*"]),
  },
  {
    id: "outbox",
    defaultTtl: -1,
    partitionKey: "/queue",
    purpose: "proactive posts and card updates with deterministic ids and pending/sending/sent states; one logical partition (queue = 'outbox'), sent items expire",
    indexingPolicy: defaultIndexing(["/payload/*"]),
  },
  {
    id: "leases",
    defaultTtl: -1,
    partitionKey: "/id",
    purpose: "scheduler leases (one document per job, guarded by ETag)",
    indexingPolicy: defaultIndexing(),
  },
];

export function containerDefinition(name: ContainerName): ContainerDefinition {
  const def = CONTAINERS.find((c) => c.id === name);
  if (!def) throw new Error(`unknown container ${name}`);
  return def;
}

/** The body that creates a container (the SDK's createIfNotExists in Azure, the embedded server's memory locally). */
export const containerBody = (def: ContainerDefinition) => ({
  id: def.id,
  partitionKey: { paths: [def.partitionKey] },
  ...(def.defaultTtl === undefined ? {} : { defaultTtl: def.defaultTtl }),
  indexingPolicy: {
    indexingMode: def.indexingPolicy.indexingMode,
    automatic: def.indexingPolicy.automatic,
    includedPaths: [...def.indexingPolicy.includedPaths],
    excludedPaths: [...def.indexingPolicy.excludedPaths],
  },
});

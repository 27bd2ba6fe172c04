/**
 * The Cosmos data model, defined once. Bicep reads the generated copy in infra/cosmos-containers.json.
 * Nothing relies on TTL, change feed, transactional batch, OFFSET/LIMIT, DISTINCT or GROUP BY:
 * the local emulator lacks them.
 */
export interface ContainerDefinition {
  readonly id: ContainerName;
  readonly partitionKey: string;
  readonly purpose: string;
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

export const CONTAINERS: readonly ContainerDefinition[] = [
  {
    id: "catalog",
    partitionKey: "/organizationId",
    purpose: "groups, group kinds, mandate versions, catalog version; small, read at start and cached",
    indexingPolicy: defaultIndexing(["/source/text/?", "/duties/*/text/?"]),
  },
  {
    id: "work",
    partitionKey: "/groupId",
    purpose: "roles, meetings, agenda items, minutes, approvals, decisions, audit entries (type field)",
    indexingPolicy: defaultIndexing(["/description/?", "/content/*"]),
  },
  {
    id: "conversations",
    partitionKey: "/tenantId",
    purpose: "conversation references, channel bindings, user settings, digest subscriptions, feedback",
    indexingPolicy: defaultIndexing(["/reference/*"]),
  },
  {
    id: "outbox",
    partitionKey: "/id",
    purpose: "proactive posts and card updates with deterministic ids and pending/sending/sent states",
    indexingPolicy: defaultIndexing(["/payload/*"]),
  },
  {
    id: "leases",
    partitionKey: "/id",
    purpose: "scheduler leases, guarded by ETag",
    indexingPolicy: defaultIndexing(),
  },
];

export function containerDefinition(name: ContainerName): ContainerDefinition {
  const def = CONTAINERS.find((c) => c.id === name);
  if (!def) throw new Error(`unknown container ${name}`);
  return def;
}

/**
 * Writes infra/cosmos-containers.json from CONTAINERS (src/storage/model.ts), so Bicep creates exactly the
 * containers the code uses: `npm run infra:containers`. tests/infra checks the committed file is current.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CONTAINERS } from "./model";

export const CONTAINERS_JSON_PATH = path.join("infra", "cosmos-containers.json");

/** The shape main.bicep reads with loadJsonContent('cosmos-containers.json'). */
export function containersDocument(): {
  readonly $comment: string;
  readonly containers: readonly {
    readonly id: string;
    readonly partitionKey: string;
    readonly defaultTtl: number;
    readonly indexingPolicy: unknown;
  }[];
} {
  return {
    $comment: "Generated from src/storage/model.ts by `npm run infra:containers`. Do not edit by hand.",
    containers: CONTAINERS.map((c) => ({
      id: c.id,
      partitionKey: c.partitionKey,
      // Cosmos: -1 turns TTL on without expiring anything by default; documents expire by their own `ttl`.
      defaultTtl: c.defaultTtl ?? -1,
      indexingPolicy: {
        indexingMode: c.indexingPolicy.indexingMode,
        automatic: c.indexingPolicy.automatic,
        includedPaths: c.indexingPolicy.includedPaths.map((p) => ({ path: p.path })),
        excludedPaths: c.indexingPolicy.excludedPaths.map((p) => ({ path: p.path })),
      },
    })),
  };
}

export function containersJson(): string {
  return `${JSON.stringify(containersDocument(), null, 2)}\n`;
}

/** Writes the file under `root` (the repository root) and returns its path. */
export function writeContainersJson(root: string): string {
  const file = path.join(root, CONTAINERS_JSON_PATH);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, containersJson());
  return file;
}

if (require.main === module) {
  const root = process.argv[2] ?? process.cwd();
  process.stdout.write(`wrote ${writeContainersJson(root)}\n`);
}

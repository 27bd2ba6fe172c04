import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { Services } from "../src/services";
import type { RouteModule } from "./app";
import { ensureSampleCatalog } from "../src/catalog/ingest";
import * as groups from "./routes/groups";

/** Feature route modules in match order (core commands come first, the fallback last). */
export const FEATURES: readonly RouteModule[] = [groups.register];

/**
 * Work that runs beside the HTTP server (sample catalog, delivery worker, scheduler); returns its stop.
 * Started once storage is ready, stopped before the store is closed.
 */
export async function startBackground(services: Services, adapter: TeamsAdapter): Promise<() => Promise<void>> {
  void adapter;
  const stops: (() => Promise<void>)[] = [];
  // The product's default knowledge: the sample mandates, when the catalog is empty.
  const sample = await ensureSampleCatalog(services);
  if (sample.ingested) services.logger.info({ entries: sample.entries, version: sample.version }, "sample mandates loaded");
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}

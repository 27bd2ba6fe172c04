import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { Services } from "../src/services";
import type { RouteModule } from "./app";

/** Feature route modules in match order (core commands come first, the fallback last). */
export const FEATURES: readonly RouteModule[] = [];

/**
 * Work that runs beside the HTTP server (sample catalog, delivery worker, scheduler); returns its stop.
 * Started once storage is ready, stopped before the store is closed.
 */
export async function startBackground(services: Services, adapter: TeamsAdapter): Promise<() => Promise<void>> {
  void adapter;
  const stops: (() => Promise<void>)[] = [];
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}

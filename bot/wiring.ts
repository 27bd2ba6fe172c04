import type { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import type { Services } from "../src/services";
import type { RouteModule } from "./app";
import { ensureSampleCatalog } from "../src/catalog/ingest";
import { createRouter } from "../src/routing/router";
import * as groups from "./routes/groups";
import * as mandates from "./routes/mandates";
import * as routing from "./routes/routing";
// The folder's index by name: a dist/ built before the split still holds a stale routes/agenda.js.
import * as agenda from "./routes/agenda/index";
import * as digest from "./routes/digest";
import * as minutes from "./routes/minutes";
import { TeamsSender } from "./teams-sender";
import { mark } from "../src/runtime/start-timeline";

/**
 * Feature route modules in match order (core commands come first, the fallback last). Routing takes any
 * question-shaped message, so it stays last: commands of other features must come before it.
 */
export const FEATURES: readonly RouteModule[] = [mandates.register, groups.register, agenda.register, digest.register, minutes.register, routing.register];

/**
 * Work that runs beside the HTTP server (sample catalog, delivery worker, scheduler); returns its stop.
 * Started once storage is ready, stopped before the store is closed.
 */
export async function startBackground(services: Services, adapter: TeamsAdapter): Promise<() => Promise<void>> {
  // Runs last: the language hints conversations deferred are written before the store closes.
  const stops: (() => Promise<void>)[] = [() => services.conversations.settle()];
  // The product's default knowledge: the sample mandates, when the catalog is empty. The catalog is read
  // first (the router needs it anyway): a stored one, as at every start but the first, needs no other check.
  // Routing reports expire by their `ttl` (Cosmos TTL; the embedded store's sweeper): no scan at start.
  // The catalog's version is checked beside the turns (every 2 s, as before), never inside one.
  if ((await services.currentCatalog.get()).entries.length === 0) {
    const sample = await ensureSampleCatalog(services);
    if (sample.ingested) services.logger.info({ entries: sample.entries, version: sample.version }, "sample mandates loaded");
    // the empty copy read above is kept for 2 s unless invalidated: this reads the catalog just written
    services.currentCatalog.invalidate();
    await services.currentCatalog.get();
  }
  mark("catalog read");
  // The router is built here, before the server takes turns (meanwhile it answers 503 "starting" with Retry-After),
  // not inside the first question's turn: the build is synchronous CPU work (tens of milliseconds for the five
  // mandates with the build cache), too short to be worth cutting into slices, and a turn should not carry it.
  // The same derive key as the routes': the turn finds it built.
  const t0 = Date.now();
  try {
    await services.currentCatalog.derive(createRouter);
    mark("router built");
    services.logger.info({ ms: Date.now() - t0 }, "router built");
  } catch (err) {
    // the first question meets the same error and answers it politely; the start goes on
    services.logger.error({ err: String(err) }, "router build failed");
  }
  stops.push(services.currentCatalog.startRefresh((err) => services.logger.warn({ err: String(err) }, "catalog check failed")));
  // Proactive delivery: the outbox worker and the scheduler (croner here, once per slot via the lease).
  const delivery = services.delivery;
  const worker = delivery.worker(new TeamsSender(adapter, services.config.bot?.id ?? ""));
  worker.start();
  delivery.scheduler.start();
  stops.push(async () => {
    await delivery.scheduler.stop();
    await worker.stop();
  });
  // The minutes' card fan-out finishes what clicks noted before the store closes (it runs first).
  stops.push(() => services.minutes.settled());
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}

import "./compile-cache"; // first: before any dependency is loaded
import "./lazy-modules"; // before teams-ai's Application is loaded (by ./server)
import { mark, timelineRole } from "../src/runtime/start-timeline";
import { ConfigError, loadConfig, type Config } from "../src/config/config";
import type { ChildProcess } from "node:child_process";
import { adoptStoreProcess, forkStore } from "../src/storage/store-process";
import type { StartOptions } from "./server";
import { startLoopDelayMonitor } from "./loop-delay";
import { startIdleGc } from "../src/runtime/idle-gc";

/**
 * The embedded store (no COSMOS_ENDPOINT) runs in its own process (src/storage/store-process.ts), forked
 * before the bot loads its own modules so that both start at once; Cosmos in Azure is remote anyway.
 */
function storeOption(config: Config): Pick<StartOptions, "openStore"> {
  if (config.cosmos.endpoint) return {};
  const forked = forkStore(config, (why) => {
    process.stderr.write(`${why}: stopping\n`);
    process.exit(1);
  });
  return { openStore: () => forked.store };
}

/** The bot's own modules (all but what main needs to fork the store); bench:soak times loading them alone. */
export const loadServer = () => import("./server");

async function main(earlyStore?: ChildProcess): Promise<void> {
  timelineRole("bot");
  mark("entry loaded");
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  // A closed stdout (the parent went away) must not turn the stop message into a crash.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
  startLoopDelayMonitor();
  if (earlyStore && config.cosmos.endpoint) earlyStore.kill();
  else if (earlyStore) adoptStoreProcess(earlyStore);
  const store = storeOption(config);
  mark("store process forked");
  // Loaded after the fork: the store process loads and opens DATA_DIR meanwhile.
  const { startServer } = await loadServer();
  mark("modules loaded");
  const server = await startServer(config, store);
  mark("ready");
  // After a burst of turns the heap's pages are given back once the bot idles (src/runtime/idle-gc.ts).
  startIdleGc({ activity: server.turnsBegun });
  process.stdout.write(`Samverkan listens on ${server.url}/api/messages\n`);
  /** A stop that hangs (a turn that never ends) must not keep the process from being replaced. */
  const STOP_DEADLINE_MS = 30_000;
  const shutdown = (signal: string) => {
    process.stdout.write(`${signal}: stopping…\n`);
    setTimeout(() => {
      process.stderr.write(`not stopped after ${STOP_DEADLINE_MS / 1000} s: exiting\n`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    server.stop().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`stop failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

/** `earlyStore`: the store process the bundle's entry forked before loading this (scripts/bundle.js). */
export function start(earlyStore?: ChildProcess): void {
  main(earlyStore).catch((err) => {
    process.stderr.write(`Samverkan could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}

// Run directly (dist/bot/main.js); the bundle's entry (dist/bundle/main.js, scripts/bundle.js) calls start().
if (require.main === module) start();

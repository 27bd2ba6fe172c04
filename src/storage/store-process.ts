import { fork, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import type { Config } from "../config/config";
import type { Store } from "./store";

/**
 * The embedded store in its own process, for `npm start` (bot/main.ts): @vercel/cosmosdb-server, its
 * journal and its snapshots no longer share the bot's event loop (a snapshot of a big store or a burst of
 * writes used to hold up /healthz and turns), and the two processes start side by side on two cores. The
 * bot talks to it over HTTP on 127.0.0.1, as it talks to Cosmos in Azure. Tests keep the store in process.
 *
 * The child (store-main.ts) owns DATA_DIR (the lock, with its pid and endpoint, so the CLI attaches to
 * it as before) and answers a write only once it is in the journal on disk, so kill -9 of either process
 * loses nothing acknowledged. It ends when the bot closes it, and at once when the bot goes away
 * (its IPC channel closes, kill -9 included); the bot ends when the store process dies under it.
 */

let prepared: ChildProcess | undefined;

/**
 * The store process's young generation, in MB per semi-space (V8's `--max-semi-space-size`). The bot runs
 * with 32 (`npm start`: fewer scavenges of its turns' garbage); a forked child inherits the parent's node
 * flags, and in the store process that let the young generation grow to 64 MB under load for a handful of
 * live requests (bench:soak's store process 115 → 200 MB). Its own small one keeps it at a few MB: see
 * docs/architecture.md "Start-up" for the figures. scripts/bundle.js's early fork applies the same rule.
 */
export const STORE_SEMI_SPACE_MB = 4;

/** The node flags for the store process: the bot's (a loader, --cpu-prof, …) with the store's own young generation. */
export function storeExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const a = parent[i]!;
    if (a === "--max-semi-space-size") i++; // its value is the next argument
    else if (!a.startsWith("--max-semi-space-size=")) out.push(a);
  }
  return [...out, `--max-semi-space-size=${STORE_SEMI_SPACE_MB}`];
}

/**
 * Forks the store process ahead: it loads its modules and waits; the next forkStore opens DATA_DIR
 * with it. The crash tests' standby bots (tests/durability/standby.js) prepare one beside the bot's own
 * modules, so that a restart there costs opening DATA_DIR, as it does for the bot.
 */
export function prepareStoreProcess(): ChildProcess {
  prepared ??= fork(path.join(__dirname, `store-main${path.extname(__filename)}`), [], { stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env, execArgv: storeExecArgv() });
  return prepared;
}

type FromChild = { type: "ready"; endpoint: string } | { type: "failed"; message: string } | { type: "flushed"; id: number; error?: string };

export interface ForkedStore {
  /** The store once the child has opened DATA_DIR (rejects if it could not). */
  readonly store: Promise<Store>;
  readonly pid: number | undefined;
}

/** A store process forked ahead by the bundle's entry (scripts/bundle.js): the next forkStore opens DATA_DIR with it. */
export function adoptStoreProcess(child: ChildProcess): void {
  prepared ??= child;
}

/**
 * Forks the store process now (before the bot loads its own modules, so both load at once). `onLost` is
 * called if the child exits while the bot still uses it.
 */
export function forkStore(config: Config, onLost: (why: string) => void): ForkedStore {
  const child = prepared ?? prepareStoreProcess();
  prepared = undefined;
  child.send({ type: "open" });
  let closing = false;
  let settled = false;
  const pending = new Map<number, (error?: string) => void>();
  let nextId = 0;
  const store = new Promise<Store>((resolve, reject) => {
    child.on("message", (m: FromChild) => {
      if (m.type === "ready") {
        settled = true;
        resolve(attachedStore(config, m.endpoint, child, pending, () => nextId++, () => (closing = true)));
      } else if (m.type === "failed") {
        settled = true;
        reject(new Error(m.message));
      } else if (m.type === "flushed") {
        pending.get(m.id)?.(m.error);
        pending.delete(m.id);
      }
    });
    child.once("exit", (code, signal) => {
      for (const done of pending.values()) done("the store process exited");
      pending.clear();
      const why = `the store process exited (${signal ?? code})`;
      if (!settled) reject(new Error(why));
      else if (!closing) onLost(why);
    });
  });
  return { store, pid: child.pid };
}

function attachedStore(config: Config, endpoint: string, child: ChildProcess, pending: Map<number, (error?: string) => void>, id: () => number, markClosing: () => void): Store {
  // Loaded only now: the SDK's modules load while the child opens DATA_DIR.
  const { localClient, storeFor } = require("./store") as typeof import("./store");
  const client = localClient(endpoint);
  const exited = new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", () => r())));
  const ask = (type: "flush") =>
    new Promise<void>((resolve, reject) => {
      const n = id();
      pending.set(n, (error) => (error ? reject(new Error(error)) : resolve()));
      child.send({ type, id: n });
    });
  return storeFor("embedded", endpoint, client.database(config.cosmos.database), {
    client,
    flush: () => ask("flush"),
    async close() {
      markClosing();
      if (child.connected) child.send({ type: "close" });
      await exited;
    },
  });
}

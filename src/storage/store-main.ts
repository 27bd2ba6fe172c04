import "../runtime/compile-cache"; // first: before any dependency is loaded
import { ConfigError, loadConfig } from "../config/config";
import { StoreLockedError } from "./embedded";
import { openEmbeddedStore, type OpenEmbedded } from "./embedded-open";
import { mark, timelineRole } from "../runtime/start-timeline";

timelineRole("store");
mark("modules loaded");

/*
 * The store process forked by store-process.ts: loads its modules, and on "open" opens the embedded store
 * on DATA_DIR (as the bot's owner) and serves it on 127.0.0.1 until the bot closes it or goes away. It
 * never loads the Cosmos SDK (embedded-open.ts): the bot's side talks to it through one.
 */

/** A store process of the bot before this one (killed with -9) ends at once; wait that long for its lock. */
const LOCK_WAIT_MS = 10_000;
const send = (m: unknown) => process.send?.(m);
let store: OpenEmbedded | undefined;
let closing = false;

// The bot went away (kill -9 included): end now. Everything acknowledged is in the journal on disk;
// the next start replays it, so no snapshot is written on the way out (it would only delay that start).
process.on("disconnect", () => {
  if (!closing) process.exit(0);
});
// Ctrl-C reaches the whole process group: the bot decides when the store closes (after its last turn).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => undefined);

async function open(): Promise<OpenEmbedded> {
  const config = loadConfig();
  const started = Date.now();
  for (;;) {
    try {
      return await openEmbeddedStore(config, { owner: "bot", warn: (m) => process.stderr.write(`store: ${m}\n`) });
    } catch (e) {
      if (!(e instanceof StoreLockedError) || e.owner.owner !== "bot" || Date.now() - started > LOCK_WAIT_MS) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

process.on("message", (m: { type: string; id?: number }) => {
  if (m.type === "open") {
    mark("open asked");
    open().then(
      (s) => {
        store = s;
        mark("open");
        send({ type: "ready", endpoint: s.endpoint });
      },
      (e: Error) => {
        const message = e instanceof ConfigError || e instanceof StoreLockedError ? e.message : `the store could not open: ${e.message}`;
        // Exit once the message is out (exiting at once could drop it).
        if (!process.send?.({ type: "failed", message }, () => process.exit(1))) process.exit(1);
      },
    );
  } else if (m.type === "flush" && store) {
    store.flush().then(
      () => send({ type: "flushed", id: m.id }),
      (e: Error) => send({ type: "flushed", id: m.id, error: e.message }),
    );
  } else if (m.type === "close") {
    closing = true;
    (store?.close() ?? Promise.resolve()).then(
      () => process.exit(0),
      (e: Error) => {
        process.stderr.write(`store: close failed: ${e.message}\n`);
        process.exit(1);
      },
    );
  }
});

"use strict";
/**
 * A child bot on standby (run with `-r ts-register.js`): it loads the bot's module graph — what takes a
 * start most of its time (botbuilder, teams-ai, the Cosmos SDK, the embedded server) — and touches
 * nothing else: no DATA_DIR, no port, no lock. The first line on stdin starts the bot proper
 * (bot/main.ts, exactly as `npm start` runs it): it opens DATA_DIR, replays the journal and listens.
 *
 * The crash tests prepare the next bot this way while the current one works, so a restart after
 * kill -9 costs what recovery costs (opening the store), not loading node_modules again on a busy machine.
 * Nothing is shared with the killed process: the new one reads only what the old one left on disk.
 */
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
require(path.join(root, "bot", "server.ts"));
require(path.join(root, "src", "config", "config.ts"));
// The store process bot/main.ts forks, loading its modules now too (it opens DATA_DIR only when started).
require(path.join(root, "src", "storage", "store-process.ts")).prepareStoreProcess();
process.stdout.write("standby ready\n");

let started = false;
process.stdin.on("data", () => {
  if (started) return;
  started = true;
  require(path.join(root, "bot", "main.ts")).start();
});
// The test went away before starting this bot: nothing to do.
process.stdin.on("end", () => {
  if (!started) process.exit(0);
});

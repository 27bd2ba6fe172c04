#!/usr/bin/env node
"use strict";
/*
 * `npm start`: builds dist/ when a source is newer than the last build (scripts/build-if-stale.js), then
 * runs the bot in this process: the bundle (dist/bundle/main.js), or tsc's output (dist/bot/main.js) when
 * the build could not bundle (scripts/dist-entry.js), with a line that says why. One process: the start
 * does not pay for a second node.
 */
const { ensureBuilt } = require("./build-if-stale");
const { entryOf, noBundleReason } = require("./dist-entry");

ensureBuilt({ force: false }).then(
  () => {
    const entry = entryOf("main.js", "bot/main.js");
    if (entry.bundled) {
      require(entry.file); // the bundle's entry starts the bot itself
      return;
    }
    process.stderr.write(`dist/bundle was not built (${noBundleReason() ?? "no bundle in dist/"}): starting tsc's output, dist/bot/main.js (\`npm run build\` once esbuild is installed)\n`);
    require(entry.file).start();
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);

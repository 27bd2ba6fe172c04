#!/usr/bin/env node
"use strict";
// The CLI is built by `npm run build` (run by `npm ci` through the prepare script): the bundle
// (dist/bundle/cli.js, scripts/bundle.js), or tsc's output where the build could not bundle (scripts/dist-entry.js).
const path = require("node:path");
const fs = require("node:fs");
const { dist, entryOf } = require("../scripts/dist-entry");
const { file: entry, bundled } = entryOf("cli.js", path.join("bot", "cli", "main.js"));
if (!fs.existsSync(entry)) {
  process.stderr.write("samverkan: the CLI is not built yet; run `npm run build` first.\n");
  process.exit(1);
}
// Before the dependencies load; optional, so a dist/ built before it existed still runs.
const compileCache = bundled ? path.join(dist, "bundle", "compile-cache.js") : path.join(dist, "bot", "compile-cache.js");
if (fs.existsSync(compileCache)) require(compileCache);
const { runCli } = require(entry);
// A reader that stops early (`samverkan route --json --stdin | head -1`) closes the pipe: the output is no longer
// wanted, which is no error of the command. Writing stops; the command ends as it would have.
let outClosed = false;
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") outClosed = true;
  else throw e;
});
const io = { out: (s) => outClosed || process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});

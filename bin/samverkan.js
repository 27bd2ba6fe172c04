#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm run build` (run by `npm ci` through the prepare script).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "dist", "bot", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("samverkan: the CLI is not built yet; run `npm run build` first.\n");
  process.exit(1);
}
// Before the dependencies load; optional, so a dist/ built before it existed still runs.
const compileCache = path.join(__dirname, "..", "dist", "bot", "compile-cache.js");
if (fs.existsSync(compileCache)) require(compileCache);
const { runCli } = require(entry);
const io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});

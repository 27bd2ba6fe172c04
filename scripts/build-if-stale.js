#!/usr/bin/env node
"use strict";
/*
 * `npm start` and `npm run playground` build first, but only when dist/ is older than a source: the
 * newest file under bot/, cards/, src/, bench/ (and the tsconfig and package files, and the bundle script)
 * against the stamp the last build left. The build is tsc (incremental: dist/.tsbuildinfo; the benches and
 * tests' child processes run its output), then the bundle `npm start` runs (scripts/bundle.js: dist/bundle/).
 * `npm run build` (also run by `npm ci`) passes --force: it always builds, and leaves the stamp, so the
 * first `npm start` starts at once.
 */
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const stamp = path.join(root, "dist", ".build-stamp");
const SOURCES = ["bot", "cards", "src", "bench"];
const FILES = ["tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json", "scripts/bundle.js", "scripts/bundle-ascii.js"];
const OUTPUTS = ["dist/bot/main.js", "dist/bundle/main.js"];

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(p));
    else if (/\.(ts|json|mjs)$/.test(entry.name)) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

const sourceTime = Math.max(
  ...SOURCES.map((d) => path.join(root, d)).filter((d) => fs.existsSync(d)).map(newest),
  ...FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs),
);
const builtTime = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const force = process.argv.includes("--force");
if (!force && builtTime > sourceTime && OUTPUTS.every((f) => fs.existsSync(path.join(root, f)))) {
  process.stderr.write("dist/ is current: build skipped (npm run build forces one)\n");
  process.exit(0);
}
if (!force) process.stderr.write("building dist/ (sources changed since the last build)…\n");
// tsc's incremental state does not notice deleted outputs: without the entry point, build from scratch.
if (!fs.existsSync(path.join(root, "dist", "bot", "main.js"))) fs.rmSync(path.join(root, "dist", ".tsbuildinfo"), { force: true });
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--incremental", "--tsBuildInfoFile", "dist/.tsbuildinfo"], { cwd: root, stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);
// the stamp only once both are written: a failed bundle is built again by the next start
fs.rmSync(stamp, { force: true });
require("./bundle").bundle().then(
  () => fs.writeFileSync(stamp, `${new Date().toISOString()}\n`),
  (e) => {
    process.stderr.write(`bundle: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);

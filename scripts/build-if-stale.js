#!/usr/bin/env node
"use strict";
/*
 * `npm start` (scripts/start.js) and `npm run playground` build first, but only when dist/ is older than a
 * source: the newest file under bot/, cards/, src/, bench/ (and the tsconfig and package files, and the
 * build scripts) against the stamp the last build left. The build is tsc (incremental: dist/.tsbuildinfo;
 * the benches and tests' child processes run its output), then the bundle `npm start` runs
 * (scripts/bundle.js: dist/bundle/). A bundle that cannot be built (esbuild missing or failing) does not
 * fail the build: the stamp says so (scripts/dist-entry.js) and `npm start` and the CLI run tsc's output.
 * `npm run build` (also run by `npm ci`) passes --force: it always builds, and leaves the stamp, so the
 * first `npm start` starts at once.
 */
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { root, stampFile, NO_BUNDLE, noBundleReason } = require("./dist-entry");

const SOURCES = ["bot", "cards", "src", "bench"];
const FILES = ["tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json", "scripts/bundle.js", "scripts/bundle-ascii.js", "scripts/build-if-stale.js", "scripts/dist-entry.js"];

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(p));
    else if (/\.(ts|json|mjs)$/.test(entry.name)) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Whether the last build is newer than every source and left its outputs (the bundle unless the stamp says it could not be built). */
function current() {
  const sourceTime = Math.max(
    ...SOURCES.map((d) => path.join(root, d)).filter((d) => fs.existsSync(d)).map(newest),
    ...FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs),
  );
  const builtTime = fs.existsSync(stampFile) ? fs.statSync(stampFile).mtimeMs : 0;
  const outputs = ["dist/bot/main.js", ...(noBundleReason() === undefined ? ["dist/bundle/main.js"] : [])];
  return builtTime > sourceTime && outputs.every((f) => fs.existsSync(path.join(root, f)));
}

function stopEsbuild() {
  try {
    const loaded = require.cache[require.resolve("esbuild", { paths: [root] })];
    loaded?.exports.stop?.();
  } catch {
    // not installed, or never loaded
  }
}

/** tsc, then the bundle; resolves once the stamp is written. tsc failing rejects; the bundle failing is said and stamped. */
async function ensureBuilt({ force }) {
  if (!force && current()) {
    process.stderr.write("dist/ is current: build skipped (npm run build forces one)\n");
    return;
  }
  if (!force) process.stderr.write("building dist/ (sources changed since the last build)…\n");
  // tsc's incremental state does not notice deleted outputs: without the entry point, build from scratch.
  if (!fs.existsSync(path.join(root, "dist", "bot", "main.js"))) fs.rmSync(path.join(root, "dist", ".tsbuildinfo"), { force: true });
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--incremental", "--tsBuildInfoFile", "dist/.tsbuildinfo"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`tsc failed (${r.status ?? r.signal})`);
  // the stamp only once both are written: a build stopped half-way is built again by the next start
  fs.rmSync(stampFile, { force: true });
  let missing;
  try {
    await require("./bundle").bundle();
  } catch (e) {
    missing = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    process.stderr.write(`bundle: ${missing}\nnpm start and the CLI run tsc's output (dist/) instead: slower to start, the same bot.\n`);
  } finally {
    // esbuild's service process would stay beside the bot that scripts/start.js runs in this process
    stopEsbuild();
  }
  fs.writeFileSync(stampFile, `${new Date().toISOString()}\n${missing === undefined ? "" : `${NO_BUNDLE} ${missing}\n`}`);
}

module.exports = { ensureBuilt };

if (require.main === module) {
  ensureBuilt({ force: process.argv.includes("--force") }).catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}

"use strict";
/*
 * Which build of dist/ a start runs: the bundles (dist/bundle/, scripts/bundle.js) or, where the last build
 * could not bundle (esbuild missing: an install that held back its install script or left out optional
 * dependencies, an unsupported platform), tsc's output (dist/bot/main.js, dist/bot/cli/main.js), which
 * every build writes first. scripts/build-if-stale.js says so in the build stamp (dist/.build-stamp: the
 * time, then NO_BUNDLE and the reason), so that an older bundle left in dist/bundle is not run in place of
 * the sources it no longer matches. Used by `npm start` (scripts/start.js) and bin/samverkan.js.
 */
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const stampFile = path.join(dist, ".build-stamp");
const NO_BUNDLE = "no bundle:";

/** Why the last build left no bundle (the stamp's reason), or undefined when it did or no stamp says otherwise. */
function noBundleReason() {
  let text;
  try {
    text = fs.readFileSync(stampFile, "utf8");
  } catch {
    return undefined;
  }
  const line = text.split("\n").find((l) => l.startsWith(NO_BUNDLE));
  return line === undefined ? undefined : line.slice(NO_BUNDLE.length).trim();
}

/** The file to run for `bundled` (a file of dist/bundle) and `tsc` (a file of dist/), and whether it is the bundle. */
function entryOf(bundled, tsc) {
  const bundle = path.join(dist, "bundle", bundled);
  if (noBundleReason() === undefined && fs.existsSync(bundle)) return { file: bundle, bundled: true };
  return { file: path.join(dist, tsc), bundled: false };
}

module.exports = { root, dist, stampFile, NO_BUNDLE, noBundleReason, entryOf };

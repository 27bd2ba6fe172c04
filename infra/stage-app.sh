#!/usr/bin/env bash
# Stages the deployable app in .deploy/ (and .deploy.zip with --zip): the compiled dist/, bin/, samples/,
# package.json, package-lock.json and production-only node_modules. App Service runs it with
# `node dist/bundle/main.js` (SCM_DO_BUILD_DURING_DEPLOYMENT=false: nothing is built on the server).
# Used by m365agents.yml (deploy) and docs/deploy.md (az webapp deploy).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/.deploy"

if [ ! -d node_modules/typescript ]; then
  echo "stage-app: run \`npm install\` first (the build needs the dev dependencies)" >&2
  exit 1
fi
npm run build --silent

rm -rf "$out" "$root/.deploy.zip"
mkdir -p "$out"
cp -R dist bin samples node_modules package.json package-lock.json "$out/"
rm -rf "$out/dist/tests" "$out/dist/bench" "$out"/dist/.bundle-test-*
# the bundles' source maps stay: stack traces in the logs name the TypeScript sources (src/runtime/source-maps.ts)
find "$out/dist" -name '*.map' -not -path "$out/dist/bundle/*" -delete
(
  cd "$out"
  # The root "prepare" script builds with tsc, a dev dependency: drop it in the staged copy only.
  npm pkg delete scripts.prepare
  # Start from the installed tree and drop dev and optional packages (jest, typescript, the playground...).
  npm prune --omit=dev --omit=optional --no-audit --no-fund
)
test -f "$out/dist/bundle/main.js" || { echo "stage-app: dist/bundle/main.js missing" >&2; exit 1; }

if [ "${1:-}" = "--zip" ]; then
  (cd "$out" && zip -qr "$root/.deploy.zip" .)
  echo "staged $out and $root/.deploy.zip"
else
  echo "staged $out"
fi

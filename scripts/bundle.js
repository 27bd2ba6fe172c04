"use strict";
/*
 * The build `npm start` runs: the bot, its store process and the CLI, each bundled by esbuild from the
 * TypeScript sources into one file in dist/bundle/ (run by scripts/build-if-stale.js after tsc, whose
 * dist/ the benches and tests' child processes keep using). Loading ~2,400 modules one by one (finding,
 * reading and wrapping each file) was most of a start's CPU; one file, with the compile cache
 * (src/runtime/compile-cache.ts), costs a fraction of that.
 *
 * What stays outside the bundle, required from node_modules at run time:
 * - what is read by path at run time: the document worker's pdfjs-dist and mammoth (require.resolve),
 *   dictionary-sv's word list (require.resolve), the samples (src/paths.ts); the worker file itself
 *   (src/catalog/readers/document-worker.mjs) is copied beside the bundle, where worker-host.ts looks;
 * - what is only ever required lazily: the Azure credentials (@azure/identity, MSAL, Key Vault; used in
 *   Azure only, inside functions), and the requires bot/lazy-modules.ts defers: each becomes a stand-in
 *   (deferredRequire) that requires the real module the first time it is used, as that hook does for
 *   tsc's output (a bundle has no require of its own for a hook to see).
 * Entry files (main.js, store-main.js) are two lines: they load compile-cache.js first, so that on Node 20
 * the big bundle itself goes through the compile cache. Source maps (.js.map, without the sources'
 * text) are written beside each bundle; src/runtime/source-maps.ts maps stack traces with them.
 */
const fs = require("node:fs");
const path = require("node:path");
const { asciiOnly } = require("./bundle-ascii");

const root = path.resolve(__dirname, "..");

/** Output name → source. compile-cache.js is loaded first by every entry (see LOADERS). */
const BUNDLES = {
  "compile-cache": "src/runtime/compile-cache.ts",
  bot: "bot/main.ts",
  store: "src/storage/store-main.ts",
  cli: "bot/cli/main.ts",
};
/**
 * The files started by node (npm start, the store process forked from bot.js, bin/samverkan.js). The bot's
 * forks its embedded store process first of all (as src/storage/store-process.ts's prepareStoreProcess does;
 * not when COSMOS_ENDPOINT names a remote Cosmos): the store loads its bundle and opens DATA_DIR while the bot
 * reads and compiles its own, ~6 MB, instead of after it. bot.js's start() adopts it (or ends it when the
 * configuration turns out not to use it).
 */
/** The store process's node flags: the bot's with the store's own young generation (src/storage/store-process.ts storeExecArgv). */
const STORE_EXEC_ARGV = `[...process.execArgv.filter((a, i, all) => !a.startsWith("--max-semi-space-size") && all[i - 1] !== "--max-semi-space-size"), "--max-semi-space-size=4"]`;
const EARLY_STORE = `process.env.COSMOS_ENDPOINT?.trim() ? undefined : require("node:child_process").fork(require("node:path").join(__dirname, "store-main.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env, execArgv: ${STORE_EXEC_ARGV} })`;
const LOADERS = {
  "main.js": `const store = ${EARLY_STORE};\nrequire("./compile-cache.js");\nrequire("./bot.js").start(store);\n`,
  "store-main.js": `require("./compile-cache.js");\nrequire("./store.js");\n`,
};
const EXTERNAL = ["pdfjs-dist", "mammoth", "@azure/identity", "@azure/msal-node", "@azure/keyvault-keys"];
/**
 * More left out of one bundle: the bot forks its embedded store (store.js) and never serves it itself, so
 * the store's server (with its SQL compiler: Babel, Turf; a quarter of the bundle) is only required, lazily
 * (src/storage/embedded.ts), where it is used: store.js, and the CLI when no bot runs.
 */
const EXTERNAL_OF = { bot: ["@vercel/cosmosdb-server"] };
/** Written last, beside the bundles: what identifies this build (src/runtime/code-stamp.ts reads it). */
const BUILD_ID = "build-id";
/** Files copied beside the bundles: read by path at run time (relative to __dirname). */
const BESIDE = ["src/catalog/readers/document-worker.mjs"];

/** bot/lazy-modules.ts's list, read from the source (no tsc output needed; its hook is not installed here). */
function deferredRequests(esbuild) {
  const { code } = esbuild.transformSync(fs.readFileSync(path.join(root, "bot", "lazy-modules.ts"), "utf8"), { loader: "ts", format: "cjs", platform: "node" });
  const mod = { exports: {} };
  const before = process.env.SAMVERKAN_LOAD_ALL;
  process.env.SAMVERKAN_LOAD_ALL = "1";
  try {
    new Function("require", "module", "exports", code)(require, mod, mod.exports);
  } finally {
    if (before === undefined) delete process.env.SAMVERKAN_LOAD_ALL;
    else process.env.SAMVERKAN_LOAD_ALL = before;
  }
  return mod.exports.DEFERRED_REQUESTS;
}

/** The package path Node resolves at run time for `request` made by node_modules/<from>. */
function runtimeRequest(from, request) {
  return request.startsWith(".") ? path.posix.join(path.posix.dirname(from), request) : request;
}

/** Each deferred require (importer, request) → a stand-in module over a run-time require of the real one. */
function deferPlugin(deferred) {
  const LAZY = path.join(root, "bot", "lazy-modules.ts");
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const filter = new RegExp(`^(${[...new Set(deferred.map((d) => escape(d.request)))].join("|")})$`);
  return {
    name: "samverkan-deferred",
    setup(build) {
      build.onResolve({ filter }, (a) => {
        const importer = a.importer.split(path.sep).join("/");
        const d = deferred.find((x) => x.request === a.path && importer.endsWith(`node_modules/${x.from}`));
        return d && { path: runtimeRequest(d.from, d.request), namespace: "samverkan-deferred" };
      });
      build.onLoad({ filter: /.*/, namespace: "samverkan-deferred" }, (a) => ({
        contents: `const { deferredRequire } = require(${JSON.stringify(LAZY)});\nmodule.exports = deferredRequire(() => require(${JSON.stringify(a.path)}));\n`,
        resolveDir: root,
        loader: "js",
      }));
      // the stand-in's own require of the real module is Node's, at run time
      build.onResolve({ filter: /.*/, namespace: "samverkan-deferred" }, (a) => (a.path === LAZY ? undefined : { path: a.path, external: true }));
    },
  };
}

/** Every entry's import of the compile cache is the compile-cache.js bundle, loaded once by the entry file. */
const compileCachePlugin = {
  name: "samverkan-compile-cache",
  setup(build) {
    build.onResolve({ filter: /compile-cache$/ }, (a) => (a.kind === "entry-point" ? undefined : { path: "./compile-cache.js", external: true }));
  },
};

/**
 * The sources' imports of packages resolve as tsc's CommonJS output resolves them at run time: through
 * require(), so a dual package is bundled in its CommonJS build, as Node loads it unbundled (its ES module
 * build would differ: esbuild's ESM interop reads every export of a module at once, which would defeat
 * the deferred stand-ins). A package with no CommonJS build keeps its import.
 */
const requireConditionPlugin = {
  name: "samverkan-require-condition",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (a) => {
      if (a.pluginData?.asRequire || a.kind !== "import-statement" || a.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const r = await build.resolve(a.path, { kind: "require-call", resolveDir: a.resolveDir, importer: a.importer, pluginData: { asRequire: true } });
      return r.errors.length > 0 ? undefined : r;
    });
  },
};

/**
 * Moves a finished build into `outdir`, never leaving a bot that runs from it (its store process, its document
 * worker, its source maps, read by path while it runs) or a CLI started meanwhile without its files: file by
 * file, each renamed over its old copy (a rename replaces a file at once), the build id last; then files the
 * new build no longer has are removed. Without an `outdir` yet, the whole folder is renamed into place.
 */
function moveInto(next, outdir) {
  if (!fs.existsSync(outdir)) {
    fs.renameSync(next, outdir);
    return;
  }
  const files = fs.readdirSync(next).sort((a, b) => Number(a === BUILD_ID) - Number(b === BUILD_ID));
  for (const f of files) fs.renameSync(path.join(next, f), path.join(outdir, f));
  for (const f of fs.readdirSync(outdir)) if (!files.includes(f)) fs.rmSync(path.join(outdir, f), { recursive: true, force: true });
  fs.rmSync(next, { recursive: true, force: true });
}

/** Build folders of builds that were stopped half-way (their process is gone), and this process's own. */
function removeAbandoned(outdir) {
  const prefix = `${path.basename(outdir)}.next-`;
  const dir = path.dirname(outdir);
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) {
    if (!f.startsWith(prefix)) continue;
    const pid = Number(f.slice(prefix.length));
    let alive = pid !== process.pid;
    try {
      if (alive) process.kill(pid, 0);
    } catch (e) {
      alive = e.code === "EPERM"; // another user's process
    }
    if (!alive) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  }
}

/**
 * Builds dist/bundle (or `outdir`; `options`: more of esbuild's, e.g. metafile); resolves to esbuild's results
 * once every file is written. The build is written to a folder beside `outdir` (same depth: the source maps'
 * relative paths hold) and moved in once complete (moveInto); a failed build leaves `outdir` as it was.
 */
async function bundle(outdir = path.join(root, "dist", "bundle"), options = {}) {
  const esbuild = require("esbuild");
  const next = `${outdir}.next-${process.pid}`;
  removeAbandoned(outdir);
  try {
    const results = await bundleInto(esbuild, next, options);
    moveInto(next, outdir);
    return results;
  } finally {
    fs.rmSync(next, { recursive: true, force: true });
  }
}

async function bundleInto(esbuild, outdir, options) {
  const deferred = deferredRequests(esbuild);
  const build = (names) =>
    esbuild.build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(names.map((name) => [name, path.join(root, BUNDLES[name])])),
      outdir,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      // whitespace and syntax only (less to read and parse at each start); names stay as written
      minifyWhitespace: true,
      minifySyntax: true,
      sourcemap: "linked",
      sourcesContent: false,
      external: [...EXTERNAL, ...(EXTERNAL_OF[names[0]] ?? [])],
      plugins: [compileCachePlugin, requireConditionPlugin, deferPlugin(deferred)],
      logLevel: "error",
      ...options,
    });
  const groups = [["bot"], Object.keys(BUNDLES).filter((n) => !EXTERNAL_OF[n])];
  const results = await Promise.all(groups.map(build));
  for (const name of Object.keys(BUNDLES)) asciiOnly(path.join(outdir, `${name}.js`));
  for (const [name, text] of Object.entries(LOADERS)) fs.writeFileSync(path.join(outdir, name), `"use strict";\n${text}`);
  for (const f of BESIDE) fs.copyFileSync(path.join(root, f), path.join(outdir, path.basename(f)));
  // One id for this build's bundles (src/runtime/code-stamp.ts): the bot and the CLI share the router's caches.
  fs.writeFileSync(path.join(outdir, BUILD_ID), `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2)}\n`);
  return results;
}

module.exports = { bundle };

if (require.main === module) {
  bundle(process.argv[2] && path.resolve(process.argv[2])).catch((e) => {
    process.stderr.write(`bundle: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}

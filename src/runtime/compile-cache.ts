import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as nodeModule from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import * as vm from "node:vm";
import { installResolveCache } from "./resolve-cache";
// Imported first by every entry point, as this file is: a bundle's stack traces name the sources from the start.
import "./source-maps";
import { replaceFile, tempFileOf } from "./replace-file";

/**
 * Most of a start is compiling the dependencies' JavaScript (botbuilder, teams-ai, the Cosmos SDK: ~1,700
 * modules). Node 22.1+ (Azure) keeps V8's compiled code on disk between starts (module.enableCompileCache).
 * Node 20 has no such switch, so there this file does the same by hand, as the v8-compile-cache package
 * does: each CommonJS module is compiled through vm.Script with the code V8 produced for it last time
 * (keyed by path, size and mtime: a changed file is compiled afresh), and the code of this start — with the
 * functions run so far — is written back once the process has run a while. Imported first by the entry
 * points (bot/main.ts, the CLI, the store process). NODE_DISABLE_COMPILE_CACHE=1 turns both off; any failure only costs the speed-up.
 */
/**
 * When the code compiled so far is written back: not before SAVE_AFTER_MS after start, then at the first
 * moment the event loop has been idle for a check interval (writing it costs 0.1–0.5 s of CPU and blocks
 * the loop meanwhile: never in the middle of traffic if the traffic pauses), at the latest SAVE_BY_MS
 * after start; again at a clean exit if not yet written.
 */
const SAVE_AFTER_MS = 15_000;
const SAVE_BY_MS = 120_000;
const IDLE_CHECK_MS = 500;
/** The event loop's busy share over a check interval below which the process counts as idle. */
const IDLE_UTILIZATION = 0.05;
/** The saves waiting for the idle moment: one watch of the event loop for all of them (the compile and the resolve cache). */
const idleSaves: (() => void)[] = [];
const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
/** This checkout's cache files (one per checkout: clones side by side on one machine keep apart). */
const cacheDir = path.join(os.tmpdir(), `samverkan-compile-cache-${process.getuid?.() ?? 0}`);
const checkout = createHash("sha1").update(__dirname).digest("hex").slice(0, 12);
try {
  if (enable) enable();
  // import() inside a cached module needs the main context's loader (Node 20.12+).
  else if (!process.env.NODE_DISABLE_COMPILE_CACHE && vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER) installNode20Cache();
} catch {
  // A cache directory that cannot be written only costs the speed-up.
}
try {
  // Finding the modules' files (both Node versions: Node 22's compile cache does not keep that).
  if (!process.env.NODE_DISABLE_COMPILE_CACHE) {
    const resolved = installResolveCache(checkoutRoot(), path.join(cacheDir, `resolve-${checkout}.json`));
    saveWhenIdle(() => resolved.save());
    process.once("exit", () => resolved.save());
  }
} catch {
  // only the speed-up is lost
}

/** The folder with package.json above this file (dist/src/runtime when built, src/runtime under ts-node). */
function checkoutRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) || path.dirname(dir) === dir) return dir;
  }
}

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  require(id: string): unknown;
  exports: unknown;
}
type ModuleStatics = typeof nodeModule & {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _cache: unknown;
  _extensions: unknown;
  _nodeModulePaths(from: string): string[];
};

function installNode20Cache(): void {
  // The Module class itself (its prototype and internals), not a namespace copy of its statics.
  const Module = require("node:module") as ModuleStatics;
  // One file per checkout: the whole file is read at every start, so it holds only this copy's modules
  // (clones side by side on one machine used to share one file of all their modules, 40 MB and more).
  const file = path.join(cacheDir, `${process.version}-${process.arch}-${checkout}.bin`);
  const old = loadCache(file);
  const reused = new Map<string, Buffer>();
  const fresh = new Map<string, vm.Script>();
  const proto = (Module as unknown as { prototype: ModuleInternals }).prototype;
  const original = proto._compile;
  proto._compile = function (this: ModuleInternals, content: string, filename: string) {
    if (!filename.endsWith(".js") && !filename.endsWith(".cjs")) return original.call(this, content, filename);
    let key: string;
    try {
      const st = fs.statSync(filename);
      key = `${filename}\0${st.size}\0${st.mtimeMs}`;
    } catch {
      return original.call(this, content, filename);
    }
    const cachedData = old.get(key);
    let script: vm.Script;
    try {
      script = new vm.Script(Module.wrap(content), {
        filename,
        cachedData,
        importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER as never,
      });
    } catch {
      // Not a CommonJS script (an ES module required from CommonJS, which Node's own path handles) or a
      // syntax error (which Node's own path reports as usual).
      return original.call(this, content, filename);
    }
    if (!cachedData || script.cachedDataRejected) fresh.set(key, script);
    else reused.set(key, cachedData); // still valid: written back as it is
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireFor(Module, this), this, filename, path.dirname(filename));
  };
  let saved = false;
  const done = () => {
    old.clear();
    reused.clear();
    fresh.clear();
  };
  // Nothing new compiled: the file on disk is what this start used (entries of files gone stay; harmless).
  const save = (gradually: boolean) => {
    if (saved) return;
    saved = true;
    if (fresh.size === 0) return done();
    // At a clean exit at once; after the start in small steps even at an idle moment: producing and
    // writing 20 MB of code in one go held the event loop (and /healthz, and turns) for 0.4 s and more.
    if (!gradually) return void (tryWrite(() => writeCache(file, reused, fresh)), done());
    let writing = true;
    writeCacheGradually(file, reused, fresh)
      .then(done, done)
      .finally(() => (writing = false));
    // an exit before the file was replaced leaves no half-written copy behind
    process.once("exit", () => writing && fs.rmSync(tempFileOf(file), { force: true }));
  };
  saveWhenIdle(() => save(true));
  process.once("exit", () => save(false));
}

function tryWrite(write: () => void): void {
  try {
    write();
  } catch {
    // only the speed-up is lost
  }
}

/** Runs `save` once the loop has been idle for IDLE_CHECK_MS (see SAVE_AFTER_MS); timers never keep the process alive. */
function saveWhenIdle(save: () => void): void {
  idleSaves.push(save);
  if (idleSaves.length === 1) watchForIdle(() => idleSaves.splice(0).forEach((run) => run()));
}

function watchForIdle(save: () => void): void {
  const started = Date.now();
  let last = performance.eventLoopUtilization();
  const check = () => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    if (busy < IDLE_UTILIZATION || Date.now() - started >= SAVE_BY_MS) save();
    else setTimeout(check, IDLE_CHECK_MS).unref();
  };
  setTimeout(() => {
    last = performance.eventLoopUtilization();
    setTimeout(check, IDLE_CHECK_MS).unref();
  }, SAVE_AFTER_MS - IDLE_CHECK_MS).unref();
}

function requireFor(Module: ModuleStatics, mod: ModuleInternals): NodeJS.Require {
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => Module._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => (Module as unknown as { _resolveLookupPaths(r: string, m: unknown): string[] | null })._resolveLookupPaths(request, mod);
  req.resolve = resolve;
  req.main = require.main;
  req.extensions = Module._extensions as NodeJS.Require["extensions"];
  req.cache = Module._cache as NodeJS.Require["cache"];
  return req;
}

/** One file, replaced by rename: [4-byte index length][index JSON: [key, length][]][code, in index order]. */
function loadCache(file: string): Map<string, Buffer> {
  try {
    return parseCache(fs.readFileSync(file));
  } catch {
    return new Map(); // no cache yet
  }
}

function parseCache(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  try {
    const n = buf.readUInt32LE(0);
    const index = JSON.parse(buf.subarray(4, 4 + n).toString("utf8")) as [string, number][];
    let offset = 4 + n;
    for (const [key, length] of index) {
      if (offset + length > buf.length) break;
      out.set(key, buf.subarray(offset, offset + length));
      offset += length;
    }
  } catch {
    // a torn file: compiled afresh
  }
  return out;
}

function sameFile(key: string, st: { size: number; mtimeMs: number } | undefined): boolean {
  const [, size, mtimeMs] = key.split("\0");
  return st !== undefined && String(st.size) === size && String(st.mtimeMs) === mtimeMs;
}

const stillValid = (key: string) => sameFile(key, fs.statSync(key.split("\0")[0]!, { throwIfNoEntry: false }));

/** The file's parts: its head ([4-byte index length][index JSON]) and the code, in index order. */
function encode(entries: Iterable<[string, Buffer]>): Buffer[] {
  const parts: Buffer[] = [];
  const index: [string, number][] = [];
  for (const [k, v] of entries) (parts.push(v), index.push([k, v.length]));
  const head = Buffer.from(JSON.stringify(index));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length, 0);
  return [Buffer.concat([size, head]), ...parts];
}

function writeCache(file: string, reused: Map<string, Buffer>, fresh: Map<string, vm.Script>): void {
  // Entries written meanwhile by other processes (the store process, the CLI) are kept while their file is unchanged.
  for (const [k, v] of loadCache(file)) if (!reused.has(k) && !fresh.has(k) && stillValid(k)) reused.set(k, v);
  for (const [k, script] of fresh) reused.set(k, script.createCachedData());
  replaceFile(file, encode(reused));
}

/** What writeCache does, a few milliseconds at a time between the process's other work. */
async function writeCacheGradually(file: string, reused: Map<string, Buffer>, fresh: Map<string, vm.Script>): Promise<void> {
  const turn = () => new Promise<void>((r) => setImmediate(r));
  let n = 0;
  for (const [k, script] of fresh) {
    reused.set(k, script.createCachedData());
    if (++n % 20 === 0) await turn();
  }
  const onDisk = parseCache(await fs.promises.readFile(file).catch(() => Buffer.alloc(0)));
  await turn();
  const others = [...onDisk].filter(([k]) => !reused.has(k));
  for (let i = 0; i < others.length; i += 200) {
    const batch = others.slice(i, i + 200);
    const stats = await Promise.all(batch.map(([k]) => fs.promises.stat(k.split("\0")[0]!).catch(() => undefined)));
    batch.forEach(([k, v], j) => sameFile(k, stats[j]) && reused.set(k, v));
  }
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = tempFileOf(file);
  // written part by part (not one 20 MB buffer: copying that held the loop too)
  const parts = encode(reused);
  const out = await fs.promises.open(tmp, "w");
  try {
    for (let i = 0; i < parts.length; i += 256) {
      const batch = parts.slice(i, i + 256);
      const { bytesWritten } = await out.writev(batch);
      // a short write (a full disk) would shift every later entry: no file rather than a wrong one
      if (bytesWritten !== batch.reduce((sum, b) => sum + b.length, 0)) throw new Error("short write");
    }
  } finally {
    await out.close();
  }
  await fs.promises.rename(tmp, file);
}

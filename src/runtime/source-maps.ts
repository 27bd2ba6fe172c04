import * as fs from "node:fs";
import * as path from "node:path";
import { LineMap } from "./line-map";

/**
 * Stack traces of the bundled build (dist/bundle/*.js, scripts/bundle.js) name the TypeScript sources, as
 * they do under tsc's output and in tests. Node's own --enable-source-maps reads and parses every bundle's
 * map (MBs) at load, and is skipped for code the Node 20 compile cache compiles (compile-cache.ts);
 * so this maps frames itself, and loads a bundle's map only the first time a stack trace through that
 * bundle is formatted (an error whose `stack` is read: a log line, a crash), never at start.
 * Frames of other files are left as V8 writes them. Installed by compile-cache.ts (imported first by every
 * entry point); does nothing outside a bundle (no `<file>.js.map` beside this code) or when Node maps
 * stack traces itself (--enable-source-maps).
 */
interface Mapped {
  map: LineMap;
  dir: string;
}

/** The folder of the bundle this code is in: only its files are mapped. */
const bundleDir = __dirname;
const maps = new Map<string, Mapped | null>();

function mapOf(file: string): Mapped | null {
  let m = maps.get(file);
  if (m !== undefined) return m;
  m = null;
  try {
    const payload = JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as { mappings: string; sources: string[] };
    m = { map: new LineMap(payload.mappings, payload.sources), dir: path.dirname(file) };
  } catch {
    // no map (or an unreadable one): the frame stays as it is
  }
  maps.set(file, m);
  return m;
}

/** "at f (/…/dist/bundle/bot.js:123:45)" → "at f (/…/bot/app.ts:67:8)". */
export function mapFrame(frame: NodeJS.CallSite): string {
  const text = frame.toString();
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (!file || !line || !column || path.dirname(file) !== bundleDir || !file.endsWith(".js")) return text;
  const m = mapOf(file);
  const entry = m?.map.find(line - 1, column - 1);
  if (!m || !entry?.source) return text;
  const source = path.resolve(m.dir, entry.source);
  return text.replace(`${file}:${line}:${column}`, `${source}:${entry.line + 1}:${entry.column + 1}`);
}

function headline(error: unknown): string {
  try {
    // Node's own headline (a ZodError's toString is its whole issue list, not "ZodError: …")
    return error instanceof Error ? Error.prototype.toString.call(error) : String(error);
  } catch {
    return "<error>";
  }
}

export function installSourceMappedStacks(): void {
  const hasMaps = fs.readdirSync(bundleDir).some((f) => f.endsWith(".js.map"));
  if (!hasMaps || process.sourceMapsEnabled) return;
  Error.prepareStackTrace = (error, frames) => headline(error) + frames.map((f) => `\n    at ${mapFrame(f)}`).join("");
}

try {
  installSourceMappedStacks();
} catch {
  // only the mapping is lost
}

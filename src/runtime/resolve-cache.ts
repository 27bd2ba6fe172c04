import * as fs from "node:fs";
import * as nodeModule from "node:module";
import * as path from "node:path";
import { replaceFile } from "./replace-file";

/**
 * A quarter of loading the bot's ~2,400 modules is finding their files (Module._resolveFilename: probing
 * extensions and node_modules folders, reading package.json "exports", realpath), and that answer is the
 * same at every start. So the answers of the last start are kept in one file per checkout and used again:
 * ~10% less CPU to load the bot's modules (measured with process.cpuUsage()).
 * An answer is used again only while
 * - the build and the installed packages are the ones it was found with (the file is keyed by dist/'s build
 *   stamp and node_modules/.package-lock.json, which `npm run build` and every npm install rewrite), and
 * - the file it names still exists;
 * anything else (a new request, a miss, options, a built-in) goes to Node's own resolution.
 * Installed by compile-cache.ts, itself imported first by the entry points; NODE_DISABLE_COMPILE_CACHE=1 turns both off.
 */
interface ResolveStatics {
  _resolveFilename(request: string, parent: { filename?: string | null; path?: string } | undefined, isMain: boolean, options?: unknown): string;
}

interface CacheFile {
  key: string;
  answers: Record<string, string>;
}

/** What makes the answers of an earlier start valid: the build and the installed packages. */
function fingerprint(root: string): string {
  return ["dist/.build-stamp", "node_modules/.package-lock.json", "package-lock.json"]
    .map((f) => {
      try {
        const st = fs.statSync(path.join(root, f));
        return `${st.size}:${st.mtimeMs}`;
      } catch {
        return "-";
      }
    })
    .join("|");
}

function read(file: string, key: string): Record<string, string> {
  try {
    const c = JSON.parse(fs.readFileSync(file, "utf8")) as CacheFile;
    return c.key === key && c.answers && typeof c.answers === "object" ? c.answers : {};
  } catch {
    return {};
  }
}

/** `root`: the checkout (its dist/ and node_modules/); `file`: where the answers are kept. */
export function installResolveCache(root: string, file: string): { save(): void; counts(): { reused: number; found: number } } {
  const Module = require("node:module") as ResolveStatics;
  const builtins = new Set(nodeModule.builtinModules);
  const key = fingerprint(root);
  const old = read(file, key);
  const used: Record<string, string> = {};
  let found = 0;
  let reused = 0;
  const original = Module._resolveFilename;
  Module._resolveFilename = function (this: unknown, request, parent, isMain, options) {
    const dir = parent?.filename ? path.dirname(parent.filename) : undefined;
    if (options !== undefined || dir === undefined || request.startsWith("node:") || builtins.has(request)) {
      return original.call(this, request, parent, isMain, options);
    }
    const k = `${dir}\0${request}`;
    const known = old[k];
    if (known !== undefined && fs.existsSync(known)) {
      reused++;
      return (used[k] = known);
    }
    const answer = original.call(this, request, parent, isMain, options);
    found++;
    return (used[k] = answer);
  };
  return {
    counts: () => ({ reused, found }),
    save() {
      if (found === 0) return; // every answer came from the file: it is current
      try {
        // answers of other processes of this checkout (the store process, the CLI) are kept
        const answers = { ...read(file, key), ...used };
        replaceFile(file, JSON.stringify({ key, answers } satisfies CacheFile));
      } catch {
        // only the speed-up is lost
      }
      found = 0;
    },
  };
}

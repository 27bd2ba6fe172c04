import * as nodeModule from "node:module";

/**
 * Most of a start is compiling the dependencies' JavaScript (botbuilder, teams-ai, the Cosmos SDK and
 * the embedded store: ~1,000 modules). Node 22.1+ (Azure) keeps V8's compiled code on disk between
 * starts, so a restart after a crash skips most of it; imported first by the entry points. Node 20 has
 * no such cache (a no-op there). NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
try {
  enable?.();
} catch {
  // A cache directory that cannot be written only costs the speed-up.
}

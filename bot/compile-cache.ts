// The compile cache (src/runtime/compile-cache.ts), imported first by the bot's entry points.
import "../src/runtime/compile-cache";

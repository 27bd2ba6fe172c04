import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The node flags `npm start` runs the bot with (package.json's start script, `node <flags> scripts/start.js`):
 * the benches start Samverkan with the same flags, so what they time is what `npm start` (and App Service's start
 * command, which tests/infra holds to the same flags) runs.
 */
export function npmStartNodeFlags(root: string): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: { start?: string } };
  const m = /^node((?:\s+--\S+)*)\s+\S+\.js$/.exec(pkg.scripts?.start ?? "");
  if (!m) throw new Error("package.json's start script is not `node [flags] <file>.js`");
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}

import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The node flags `npm start` runs the bundle with (package.json's start script, `node <flags> dist/bundle/main.js`):
 * the benches start Samverkan with the same flags, so what they time is what `npm start` (and App Service's start
 * command, which tests/infra holds to the same flags) runs.
 */
export function npmStartNodeFlags(root: string): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: { start?: string } };
  const m = /(?:^|&&\s*)node((?:\s+--\S+)*)\s+dist\/bundle\/main\.js\b/.exec(pkg.scripts?.start ?? "");
  if (!m) throw new Error("package.json's start script does not run `node [flags] dist/bundle/main.js`");
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}

import * as fs from "node:fs";
import * as path from "node:path";

/** The project root, whether running from TypeScript sources (tests) or from dist/ (built). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "samples"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no project root above ${from}`);
    dir = parent;
  }
}

export const samplesDir = () => path.join(projectRoot(), "samples");

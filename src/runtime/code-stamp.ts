import * as fs from "node:fs";
import * as path from "node:path";

/**
 * What identifies the code in `file` (a module's own __filename) for a cache key. Not its text: in the
 * bundles `npm start` and the CLI run (scripts/bundle.js) __filename is a whole bundle (MBs, read and hashed
 * at every start for nothing). In a bundle folder it is the build's id (the `build-id` file scripts/bundle.js
 * writes beside the bundles): the bot's bot.js and the CLI's cli.js are different files of one build, and
 * must share the router's caches in DATA_DIR rather than overwrite each other's at every start. Elsewhere
 * (tsc's output, ts-jest) the file's path, size and time: every build, like every edit, writes it anew.
 */
export function codeStamp(file: string): string {
  try {
    return `build\0${fs.readFileSync(path.join(path.dirname(file), "build-id"), "utf8").trim()}`;
  } catch {
    const st = fs.statSync(file);
    return `${file}\0${st.size}\0${st.mtimeMs}`;
  }
}

/**
 * What identifies the code in `dirs` (every file there) for a cache key: for a value computed by code spread over many
 * modules (the router's index: src/routing and src/catalog). In a bundle folder (the first of `dirs`, where the
 * bundle's modules all are) the build's id, as codeStamp's; elsewhere each file's name, size and time.
 */
export function folderStamp(dirs: readonly string[]): string {
  try {
    return `build\0${fs.readFileSync(path.join(dirs[0]!, "build-id"), "utf8").trim()}`;
  } catch {
    // not a bundle: the files themselves
  }
  return dirs
    .flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []).sort().map((name) => {
      const st = fs.statSync(path.join(dir, name));
      return `${dir}/${name}\0${st.size}\0${st.mtimeMs}`;
    }))
    .join("\n");
}

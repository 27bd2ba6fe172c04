import * as fs from "node:fs";

/**
 * What identifies the code in `file` (a module's own __filename) for a cache key: its path, size and time.
 * Not its text: in the bundle `npm start` runs (scripts/bundle.js) __filename is the whole bundle (MBs,
 * read and hashed at every start for nothing); every build, like every edit, writes the file anew.
 */
export function codeStamp(file: string): string {
  const st = fs.statSync(file);
  return `${file}\0${st.size}\0${st.mtimeMs}`;
}

import * as fs from "node:fs";
import * as path from "node:path";

/** This process's temporary copy of `file` while it is being replaced (see replaceFile). */
export const tempFileOf = (file: string): string => `${file}.${process.pid}.tmp`;

/**
 * Writes `file` as a temporary file and a rename, so that a reader (another process of the checkout, the
 * next start) sees the old file or the new one, never half of one: two processes may write at once. The
 * parts are written one after another, never copied into one buffer (a compile cache is 8 MB and more).
 * A failure throws and leaves no temporary file behind. Node's built-ins only: the compile cache, loaded
 * before anything else, uses it.
 */
export function replaceFile(file: string, parts: string | Buffer | readonly Buffer[]): void {
  const tmp = tempFileOf(file);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(tmp, "w");
    try {
      for (const part of typeof parts === "string" ? [Buffer.from(parts)] : Buffer.isBuffer(parts) ? [parts] : parts) {
        for (let off = 0; off < part.length; ) off += fs.writeSync(fd, part, off, part.length - off);
      }
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the folder is not writable: there is no temporary file to remove
    }
    throw e;
  }
}

/**
 * replaceFile without holding the event loop: the parts are written asynchronously, a few at a time (the router's
 * persisted index is tens of MB, written by a bot that is answering). The folder must exist (the caller's data
 * folder: a write that finds it gone fails, rather than making it again after its owner removed it).
 */
export async function replaceFileAsync(file: string, parts: readonly Buffer[]): Promise<void> {
  const tmp = tempFileOf(file);
  try {
    const out = await fs.promises.open(tmp, "w");
    try {
      for (const part of parts) {
        for (let off = 0; off < part.length; ) off += (await out.write(part, off, part.length - off)).bytesWritten;
      }
    } finally {
      await out.close();
    }
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

/**
 * The bot as a child process (bot/main.ts, run from the TypeScript sources through ts-register.js), so a
 * test can kill -9 it at any instant and start it again on the same DATA_DIR, as an operator would.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const REGISTER = path.join(__dirname, "ts-register.js");

export interface ChildBot {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything the child wrote to stderr (for failure messages). */
  readonly stderr: () => string;
  readonly stdout: () => string;
  /** kill -9: no handler runs, nothing is flushed. */
  kill9(): Promise<void>;
  /** SIGTERM, resolving with the exit code. */
  terminate(): Promise<number | null>;
}

// Transpiling the sources on a loaded machine (two cores shared by many) takes up to a minute: allow three.
export async function startChildBot(env: Record<string, string>, timeoutMs = 180_000): Promise<ChildBot> {
  const child = spawn(process.execPath, ["-r", REGISTER, path.join(ROOT, "bot", "main.ts")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TMPDIR: process.env.TMPDIR ?? "", PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not start within ${timeoutMs} ms:\n${err}`)), timeoutMs);
    const look = () => {
      const m = /listens on (http:\/\/[^\s]+)\/api\/messages/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before it listened:\n${err}`));
    });
  });
  return {
    url,
    process: child,
    stderr: () => err,
    stdout: () => out,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async terminate() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

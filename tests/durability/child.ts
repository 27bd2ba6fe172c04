import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

/**
 * The bot as a child process (bot/main.ts, run from the TypeScript sources through ts-register.js), so a
 * test can kill -9 it at any instant and start it again on the same DATA_DIR, as an operator would.
 *
 * A restart is prepared ahead (`prepareChildBot`): a standby process (standby.js) loads the bot's modules
 * while the current bot still runs, and is told to start once that one is dead. Loading node_modules is
 * most of a start on a busy machine (10–20 s at a load of 10 on 2 cores); what the crash tests are about —
 * opening DATA_DIR after a kill, replaying the journal — happens after the kill, in a process that
 * never shared memory with the killed one.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const REGISTER = path.join(__dirname, "ts-register.js");
const STANDBY = path.join(__dirname, "standby.js");

export interface ChildBot {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything the child wrote to stderr (for failure messages). */
  readonly stderr: () => string;
  readonly stdout: () => string;
  /** ms from the start signal until it listened (opening DATA_DIR included). */
  readonly startMs: number;
  /** kill -9: no handler runs, nothing is flushed. */
  kill9(): Promise<void>;
  /** SIGTERM, resolving with the exit code. */
  terminate(): Promise<number | null>;
}

export interface PreparedBot {
  /** Starts the bot (opens DATA_DIR, listens); resolves once it listens. Call once. */
  start(timeoutMs?: number): Promise<ChildBot>;
  /** Ends a standby that will not be started. */
  discard(): void;
}

/** Spawns a standby bot with `env` (it loads its modules now, and waits for `start`). */
export function prepareChildBot(env: Record<string, string>): PreparedBot {
  const child = spawn(process.execPath, ["-r", REGISTER, STANDBY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TMPDIR: process.env.TMPDIR ?? "", PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  child.stdin!.on("error", () => undefined); // a standby that died already: start() reports it
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    async start(timeoutMs = 120_000) {
      const t0 = Date.now();
      child.stdin!.write("start\n");
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
        look();
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
        startMs: Date.now() - t0,
        async kill9() {
          child.kill("SIGKILL");
          await exited;
        },
        async terminate() {
          child.kill("SIGTERM");
          return exited;
        },
      };
    },
    discard() {
      child.kill("SIGKILL");
    },
  };
}

/** Spawns a bot and starts it at once. */
export const startChildBot = (env: Record<string, string>, timeoutMs = 120_000): Promise<ChildBot> => prepareChildBot(env).start(timeoutMs);

/**
 * kill -9 of `bot`, then `next` started on the same DATA_DIR; a new standby is prepared for the restart
 * after this one. Returns the running bot and that standby.
 */
export async function killAndRestart(bot: ChildBot, next: PreparedBot, env: Record<string, string>): Promise<{ bot: ChildBot; next: PreparedBot }> {
  await bot.kill9();
  const started = await next.start();
  return { bot: started, next: prepareChildBot(env) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

import { Writable } from "node:stream";
import pino from "pino";
import { loadConfig } from "../../src/config/config";
import { startServer, type RunningServer, type StartOptions } from "../../bot/server";
import { tempDir } from "./harness";

export interface LoggedBot extends RunningServer {
  readonly dataDir: string;
  /** Every log line the bot wrote (parsed JSON), in order. */
  readonly lines: Record<string, any>[];
  /** Log lines at error level or above since index `from`. */
  errorsSince(from: number): Record<string, any>[];
}

/** A bot whose log is kept (level info) so tests can check what was logged, and what was not. */
export async function startLoggedBot(env: Record<string, string> = {}, options: StartOptions = {}): Promise<LoggedBot> {
  const dataDir = env.DATA_DIR ?? tempDir();
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const config = loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info", ...env });
  const server = await startServer(config, { logger: pino({ level: "info" }, sink), ...options });
  return Object.assign(server, { dataDir, lines, errorsSince: (from: number) => lines.slice(from).filter((l) => l.level >= 50) });
}

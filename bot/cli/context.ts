import pino from "pino";
import { ConfigError, loadConfig, type Config } from "../../src/config/config";
import { fixedClock, systemClock } from "../../src/domain/clock";
import { openStore } from "../../src/storage/store";
import type { Services } from "../../src/services";
import { compose } from "../../src/compose";
import { cardRenderers } from "../../cards/renderers";
import { ensureSampleCatalog } from "../../src/catalog/ingest";
import { findConcreteGroup } from "../../src/catalog/lookup";
import { spellOutAbbreviations } from "../../src/routing/spell-out";
import { errorText, type ErrorCode, type ErrorScope } from "../../src/i18n/errors";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  readonly io: CliIO;
  readonly env: NodeJS.ProcessEnv;
  config(): Config;
  /**
   * Opens the store for one command: attached to the running bot's embedded server when it runs,
   * otherwise the snapshot under the exclusive lock (written back on close). An empty catalog gets the
   * sample mandates first, as `npm start` does, so every command answers right after `npm ci`;
   * `ingest` says `{ samples: false }` (the files it is given become the catalog).
   */
  withServices<T>(fn: (services: Services) => Promise<T>, options?: { readonly samples?: boolean }): Promise<T>;
  /** Prints data: JSON when asked, else the human text. */
  print(json: boolean, data: unknown, human: () => string): void;
}

/** An expected failure of a command: its message goes to stderr and the exit code is non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * A use case's refusal as a CLI failure: "CODE: text" with the bot's own (English) text from the one
 * error table (src/i18n/errors.ts), then the details only an operator needs (a current revision, names).
 */
export function refusalError<S extends ErrorScope>(scope: S, r: { readonly code: ErrorCode<S> }, details: readonly (string | undefined)[] = []): CliError {
  // the chat's markdown as plain text: bold dropped, an italic placeholder (_group_) written as <group>
  const text = errorText("en", scope, r).replace(/\*\*/g, "").replace(/(^|\s)_([^_\s][^_]*)_/g, "$1<$2>");
  return new CliError([`${r.code}: ${text}`, ...details.filter((d): d is string => !!d)].join("; "), 1);
}

export function createCliContext(io: CliIO, env: NodeJS.ProcessEnv = process.env): CliContext {
  let config: Config | undefined;
  const ctx: CliContext = {
    io,
    env,
    config() {
      if (!config) {
        try {
          config = loadConfig(env);
        } catch (e) {
          if (e instanceof ConfigError) throw new CliError(e.message, 2);
          throw e;
        }
      }
      return config;
    },
    async withServices(fn, options = {}) {
      const cfg = ctx.config();
      const logger = pino({ level: "silent" });
      const store = await openStore(cfg, { owner: "cli" });
      try {
        const clock = cfg.fixedNow ? fixedClock(cfg.fixedNow) : systemClock;
        const services = compose({ config: cfg, clock, store, logger }, cardRenderers);
        // Quietly, as resolveGroup did before: stderr is for failures, and scripts read stdout.
        // One count query when the catalog is there (every command pays it, so not a full load).
        if (options.samples !== false && (await services.catalog.isEmpty())) await ensureSampleCatalog(services);
        return await fn(services);
      } finally {
        await store.close();
      }
    },
    print(json, data, human) {
      io.out(json ? JSON.stringify(data, null, 2) : human());
    },
  };
  return ctx;
}

/** The catalog group a command names (forgiving: id, name, part of a name). */
export async function resolveGroup(s: Services, words: string): Promise<{ id: string; name: string }> {
  const catalog = await s.catalog.load();
  if (!catalog) throw new CliError("The catalog is empty: run `samverkan ingest samples/mandates/*.txt` first.", 1);
  const r = findConcreteGroup(catalog, words, spellOutAbbreviations);
  if (!r.ok) {
    if (r.code === "AMBIGUOUS") throw new CliError(`"${words}" matches several groups:\n${r.candidates.map((c) => `  ${c.name} [${c.id}]`).join("\n")}`, 1);
    throw new CliError(`no group matches "${words}"; see \`samverkan groups\``, 1);
  }
  return { id: r.entry.id, name: r.entry.name };
}

import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import pino, { type Logger } from "pino";
import type { Config } from "../src/config/config";
import { fixedClock, systemClock, type Clock } from "../src/domain/clock";
import { openStore, type Store } from "../src/storage/store";
import type { Services } from "../src/services";
import { compose } from "../src/compose";
import { buildCacheIn } from "../src/routing/build-cache";
import { prepareRouting } from "../src/routing/prepare";
import { cardRenderers } from "../cards/renderers";
import { createBot, type RouteModule } from "./app";
import { FEATURES, startBackground } from "./wiring";
import { BOT_FRAMEWORK_ISSUER, BotTokenCheck } from "./auth";
import { httpFront, TurnGate } from "./http-front";
import { keepConnectorClients } from "./connector-clients";
import { withActivityJsonBodies } from "./activity-json";
import { TurnAdapter } from "./turn-adapter";
import { mark } from "../src/runtime/start-timeline";

/** How long a stop waits for turns already being handled (ms). */
const TURN_GRACE_MS = 20_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly services: () => Services | undefined;
  /** Turns begun since start (what the bot has been doing: src/runtime/idle-gc.ts watches it). */
  readonly turnsBegun: () => number;
  /** Graceful stop: no new requests, in-flight turns finish, background work stops, store flushed. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly features?: readonly RouteModule[];
  /**
   * How long a stop keeps answering 503 while idle keep-alive connections close on their own (ms; default:
   * the keep-alive timeout and a second). Closing them sooner races a client that is reusing one.
   */
  readonly drainMs?: number;
  readonly auth?: AuthOptions;
  /** Opens the store (default: openStore in this process; bot/main.ts passes the store process's). */
  readonly openStore?: () => Promise<Store>;
}

export interface AuthOptions {
  /** The OpenID metadata of the Bot Framework channel (tests point it at a local one). */
  readonly openIdMetadataUrl?: string;
}

/** Seconds a client is told to wait before retrying while the bot stops (Retry-After). */
const RETRY_AFTER_SECONDS = 5;

export function createAdapter(config: Config, auth: AuthOptions = {}): TurnAdapter {
  const bot = config.bot;
  const adapter = new TurnAdapter(
    bot
      ? {
          MicrosoftAppId: bot.id,
          MicrosoftAppPassword: bot.password ?? "",
          MicrosoftAppType: bot.type,
          MicrosoftAppTenantId: bot.tenantId ?? "",
          // botframework's factory reads all of these once any is set: the public cloud's values, the
          // metadata from the override.
          ...(auth.openIdMetadataUrl
            ? {
                ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
                ToChannelFromBotOAuthScope: "https://api.botframework.com",
                ToBotFromChannelTokenIssuer: BOT_FRAMEWORK_ISSUER,
                OAuthUrl: "https://api.botframework.com",
                CallerId: "urn:botframework:azure",
                ValidateAuthority: true,
                ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
                ToBotFromEmulatorOpenIdMetadataUrl: auth.openIdMetadataUrl,
              }
            : {}),
        }
      : {},
  );
  keepConnectorClients(adapter, withActivityJsonBodies);
  return adapter;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { app: "samverkan" } });
  const clock = options.clock ?? (config.fixedNow ? fixedClock(config.fixedNow) : systemClock);
  if (!config.bot && config.adminIds.length === 0) {
    logger.warn("ADMIN_IDS is empty: in local mode every user is an administrator");
  }
  const adapter = createAdapter(config, options.auth);
  const tokens = config.bot ? new BotTokenCheck({ botId: config.bot.id, ...(options.auth?.openIdMetadataUrl ? { openIdMetadataUrl: options.auth.openIdMetadataUrl } : {}) }) : undefined;
  // The server listens at once (answering 503 "starting") and takes turns once the services are ready.
  const gate = new TurnGate();
  const { server, sockets } = await listen(httpFront({ gate, adapter, tokens, logger, retryAfterSeconds: RETRY_AFTER_SECONDS }), config);
  mark("listening");
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;

  let store: Store | undefined;
  let stopBackground: (() => Promise<void>) | undefined;
  try {
    const opening = options.openStore?.() ?? openStore(config, { owner: "bot", warn: (m) => logger.warn(m) });
    prepareRoutingWhileStoreOpens(config, logger);
    mark("routing lexicon loaded");
    store = await opening;
    mark("store open");
    const ready = compose({ config, clock, store, logger }, cardRenderers);
    mark("composed");
    stopBackground = await startBackground(ready, adapter);
    gate.open(ready, createBot(adapter, ready, options.features ?? FEATURES));
    mark("turns open");
    logger.info({ url, store: store.mode }, "Samverkan is ready");
  } catch (err) {
    await new Promise<void>((r) => server.close(() => r()));
    await store?.close();
    throw err;
  }

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    services: () => gate.services,
    turnsBegun: () => gate.begun,
    stop() {
      stopped ??= stopAll({ gate, server, sockets, logger, drainMs: options.drainMs, background: () => stopBackground?.() ?? Promise.resolve(), store: () => store?.close() });
      return stopped;
    },
  };
}

/** The router's catalog-free parts, loaded while the store (its own process when embedded) opens; a failure is logged. */
function prepareRoutingWhileStoreOpens(config: Config, logger: Logger): void {
  const t0 = Date.now();
  try {
    prepareRouting(buildCacheIn(config.dataDir, (m) => logger.warn(m)));
    logger.info({ ms: Date.now() - t0 }, "routing lexicon and dictionary loaded");
  } catch (err) {
    // the router build meets the same error later and the routing turn answers it politely: the start goes on
    logger.error({ err: String(err) }, "routing lexicon could not be loaded");
  }
}

async function listen(http: ReturnType<typeof httpFront>, config: Config): Promise<{ server: Server; sockets: Set<Socket> }> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = createServer(http).listen(config.port, config.host, () => resolve(s));
    s.once("error", reject);
  });
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  return { server, sockets };
}

/**
 * The graceful stop: new turns get 503 at once; turns already accepted finish (bounded) while the worker
 * and the scheduler stop beside them; idle keep-alive connections close on their own timeout; then the
 * store is flushed and closed.
 */
async function stopAll(o: {
  gate: TurnGate;
  server: Server;
  sockets: Set<Socket>;
  logger: Logger;
  drainMs: number | undefined;
  background: () => Promise<void>;
  store: () => Promise<void> | undefined;
}): Promise<void> {
  const { gate, server, sockets, logger } = o;
  const started = Date.now();
  const turnsDone = gate.close();
  const background = o.background().catch((err) => logger.error({ err }, "stopping background work failed"));
  await Promise.race([turnsDone, sleep(TURN_GRACE_MS)]);
  // Keep listening (answering 503) until idle keep-alive connections have closed on their timeout.
  const drainUntil = started + (o.drainMs ?? server.keepAliveTimeout + 1_000);
  while (sockets.size > 0 && Date.now() < drainUntil) await sleep(50);
  const closed = new Promise<void>((r) => server.close(() => r()));
  server.closeIdleConnections?.();
  await background;
  await o.store();
  server.closeAllConnections?.();
  await closed;
  logger.info({ ms: Date.now() - started }, "Samverkan stopped");
}

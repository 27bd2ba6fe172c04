import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Socket } from "node:net";
import express, { type NextFunction, type Request, type Response } from "express";
import pino, { type Logger } from "pino";
import { TeamsAdapter } from "@microsoft/teams-ai";
import type { Config } from "../src/config/config";
import { fixedClock, systemClock, type Clock } from "../src/domain/clock";
import { openStore, type Store } from "../src/storage/store";
import type { Services } from "../src/services";
import { compose } from "../src/compose";
import { cardRenderers } from "../cards/renderers";
import { createBot, type RouteModule } from "./app";
import { FEATURES, startBackground } from "./wiring";
import { BOT_FRAMEWORK_ISSUER, BotTokenCheck } from "./auth";
import { checkEnvelope } from "./envelope";

/** How long a stop waits for turns already being handled (ms). */
const TURN_GRACE_MS = 20_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly services: () => Services | undefined;
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
}

export interface AuthOptions {
  /** The OpenID metadata of the Bot Framework channel (tests point it at a local one). */
  readonly openIdMetadataUrl?: string;
}

/** Seconds a client is told to wait before retrying while the bot stops (Retry-After). */
const RETRY_AFTER_SECONDS = 5;

export function createAdapter(config: Config, auth: AuthOptions = {}): TeamsAdapter {
  const bot = config.bot;
  return new TeamsAdapter(
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
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { app: "samverkan" } });
  const clock = options.clock ?? (config.fixedNow ? fixedClock(config.fixedNow) : systemClock);
  if (!config.bot && config.adminIds.length === 0) {
    logger.warn("ADMIN_IDS is empty: in local mode every user is an administrator");
  }

  let services: Services | undefined;
  let store: Store | undefined;
  let stopBackground: (() => Promise<void>) | undefined;
  let inFlight = 0;
  let stopping = false;
  let idle: (() => void) | undefined;
  const adapter = createAdapter(config, options.auth);
  const tokens = config.bot ? new BotTokenCheck({ botId: config.bot.id, ...(options.auth?.openIdMetadataUrl ? { openIdMetadataUrl: options.auth.openIdMetadataUrl } : {}) }) : undefined;

  const http = express();
  http.disable("x-powered-by");
  // While stopping, every answer closes its connection, and new turns are refused with 503 and
  // Retry-After: a client learns to come back instead of finding its connection reset.
  http.use((req, res, next) => {
    if (!stopping) return next();
    res.setHeader("connection", "close");
    if (req.path === "/api/messages") {
      res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
      res.status(503).json({ error: "stopping" });
      return;
    }
    next();
  });
  http.get("/healthz", (_req, res) => {
    res.status(services && !stopping ? 200 : 503).json({ status: stopping ? "stopping" : services ? "ok" : "starting" });
  });

  let bot: ReturnType<typeof createBot> | undefined;
  http.post("/api/messages", express.json({ limit: "256kb" }), async (req: Request, res: Response) => {
    if (!bot || !services || stopping) {
      res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
      res.status(503).json({ error: stopping ? "stopping" : "not ready" });
      return;
    }
    const envelope = checkEnvelope(req.body);
    if (!envelope.ok) {
      res.status(400).json({ error: "not a Bot Framework activity", issues: envelope.issues });
      return;
    }
    if (tokens) {
      const verdict = await tokens.check(req.headers.authorization, envelope.activity);
      if (!verdict.ok) {
        // One line, no stack: forged and stale tokens are expected traffic, not failures of ours.
        logger.warn({ reason: verdict.reason, activityId: envelope.activity.id }, "request refused: authentication failed");
        res.status(verdict.unavailable ? 503 : 401).json({ error: verdict.unavailable ? "authentication unavailable" : "unauthorized" });
        return;
      }
    }
    inFlight++;
    try {
      const app = bot;
      await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
    } catch (err) {
      logger.error({ err, activityId: (req.body as { id?: string })?.id }, "request failed");
      if (!res.headersSent) res.status(500).json({ error: "internal error" });
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  });
  http.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, "request failed");
    if (!res.headersSent) res.status(status).json({ error: status === 400 ? "malformed JSON" : err.message });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = http.listen(config.port, config.host, () => resolve(s));
    s.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;

  try {
    store = await openStore(config, {
      owner: "bot",
      warn: (m) => logger.warn(m),
    });
    const ready = compose({ config, clock, store, logger }, cardRenderers);
    stopBackground = await startBackground(ready, adapter);
    bot = createBot(adapter, ready, options.features ?? FEATURES);
    services = ready;
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
    services: () => services,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        const started = Date.now();
        // Turns already accepted finish (bounded), while the worker and the scheduler stop beside them.
        const turnsDone = inFlight > 0 ? new Promise<void>((r) => (idle = r)) : Promise.resolve();
        const background = (stopBackground?.() ?? Promise.resolve()).catch((err) => logger.error({ err }, "stopping background work failed"));
        await Promise.race([turnsDone, sleep(TURN_GRACE_MS)]);
        // Keep listening (answering 503) until idle keep-alive connections have closed on their timeout.
        const drainUntil = started + (options.drainMs ?? server.keepAliveTimeout + 1_000);
        while (sockets.size > 0 && Date.now() < drainUntil) await sleep(50);
        const closed = new Promise<void>((r) => server.close(() => r()));
        server.closeIdleConnections?.();
        await background;
        await store?.close();
        server.closeAllConnections?.();
        await closed;
        logger.info({ ms: Date.now() - started }, "Samverkan stopped");
      })();
      return stopped;
    },
  };
}

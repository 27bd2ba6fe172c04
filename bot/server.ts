import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express, { type NextFunction, type Request, type Response } from "express";
import pino, { type Logger } from "pino";
import { z } from "zod";
import { TeamsAdapter } from "@microsoft/teams-ai";
import type { Config } from "../src/config/config";
import { fixedClock, systemClock, type Clock } from "../src/domain/clock";
import { openStore, type Store } from "../src/storage/store";
import type { Services } from "../src/services";
import { compose } from "../src/compose";
import { cardRenderers } from "../cards/renderers";
import { createBot, type RouteModule } from "./app";
import { FEATURES, startBackground } from "./wiring";

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
  /** Embedded snapshot interval (tests shorten it). */
  readonly snapshotIntervalMs?: number;
}

/** The least an activity must carry before the adapter sees it; anything else is a 400, not a crash. */
const ActivityEnvelopeSchema = z
  .object({
    type: z.string().min(1),
    serviceUrl: z.string().min(1),
    channelId: z.string().min(1),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: z.object({ id: z.string() }).passthrough(),
    recipient: z.object({ id: z.string() }).passthrough().optional(),
    text: z.string().optional(),
  })
  .passthrough();

export function createAdapter(config: Config): TeamsAdapter {
  const bot = config.bot;
  return new TeamsAdapter(
    bot
      ? {
          MicrosoftAppId: bot.id,
          MicrosoftAppPassword: bot.password ?? "",
          MicrosoftAppType: bot.type,
          MicrosoftAppTenantId: bot.tenantId ?? "",
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
  const adapter = createAdapter(config);

  const http = express();
  http.disable("x-powered-by");
  http.get("/healthz", (_req, res) => {
    res.status(services && !stopping ? 200 : 503).json({ status: services && !stopping ? "ok" : "starting" });
  });

  let bot: ReturnType<typeof createBot> | undefined;
  http.post("/api/messages", express.json({ limit: "256kb" }), async (req: Request, res: Response) => {
    if (!bot || !services || stopping) {
      res.status(503).json({ error: "not ready" });
      return;
    }
    const parsed = ActivityEnvelopeSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: "not a Bot Framework activity", issues: parsed.error.issues.map((i) => i.path.join(".")) });
      return;
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
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;

  try {
    store = await openStore(config, {
      owner: "bot",
      snapshotIntervalMs: options.snapshotIntervalMs,
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
        const closed = new Promise<void>((r) => server.close(() => r()));
        if (inFlight > 0) await new Promise<void>((r) => (idle = r));
        server.closeIdleConnections?.();
        await stopBackground?.();
        await store?.close();
        server.closeAllConnections?.();
        await closed;
        logger.info("Samverkan stopped");
      })();
      return stopped;
    },
  };
}

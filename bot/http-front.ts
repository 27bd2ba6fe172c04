import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import type { Services } from "../src/services";
import type { BotApp } from "./app";
import type { BotTokenCheck } from "./auth";
import { checkEnvelope } from "./envelope";
import { loopDelay } from "./loop-delay";

/**
 * Whether turns are taken, and how many are running: closed until the services are ready, closed again
 * when the bot stops (its `close` resolves once the turns already accepted are done).
 */
export class TurnGate {
  services: Services | undefined;
  bot: BotApp | undefined;
  stopping = false;
  private inFlight = 0;
  private idle: (() => void) | undefined;

  open(services: Services, bot: BotApp): void {
    this.bot = bot;
    this.services = services;
  }

  /** Stops taking turns; resolves when the running ones have finished. */
  close(): Promise<void> {
    this.stopping = true;
    return this.inFlight > 0 ? new Promise<void>((r) => (this.idle = r)) : Promise.resolve();
  }

  async run<T>(turn: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await turn();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.();
    }
  }
}

/**
 * The HTTP front: /healthz, and /api/messages (envelope, then the token when BOT_ID is set, then one turn).
 * Nothing a client can send gets a 5xx of ours: a bad envelope is 400, a refused token 401, not ready or
 * stopping 503 with Retry-After.
 */
export function httpFront(o: {
  gate: TurnGate;
  adapter: TeamsAdapter;
  tokens: BotTokenCheck | undefined;
  logger: Logger;
  retryAfterSeconds: number;
}): express.Express {
  const { gate, adapter, tokens, logger } = o;
  const http = express();
  http.disable("x-powered-by");
  // While stopping, every answer closes its connection, and new turns are refused with 503 and
  // Retry-After: a client learns to come back instead of finding its connection reset.
  http.use((req, res, next) => {
    if (!gate.stopping) return next();
    res.setHeader("connection", "close");
    if (req.path === "/api/messages") {
      res.setHeader("retry-after", String(o.retryAfterSeconds));
      res.status(503).json({ error: "stopping" });
      return;
    }
    next();
  });
  http.get("/healthz", (_req, res) => {
    // the event loop's recent delay, when bot/main.ts started the monitor
    const eventLoop = loopDelay();
    res.status(gate.services && !gate.stopping ? 200 : 503).json({ status: gate.stopping ? "stopping" : gate.services ? "ok" : "starting", ...(eventLoop ? { eventLoop } : {}) });
  });
  http.post("/api/messages", express.json({ limit: "256kb" }), async (req: Request, res: Response) => {
    const bot = gate.bot;
    if (!bot || !gate.services || gate.stopping) {
      res.setHeader("retry-after", String(o.retryAfterSeconds));
      res.status(503).json({ error: gate.stopping ? "stopping" : "not ready" });
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
    await gate.run(async () => {
      try {
        await adapter.process(req, res, (context) => bot.run(context).then(() => undefined));
      } catch (err) {
        logger.error({ err, activityId: (req.body as { id?: string })?.id }, "request failed");
        if (!res.headersSent) res.status(500).json({ error: "internal error" });
      }
    });
  });
  http.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, "request failed");
    if (!res.headersSent) res.status(status).json({ error: status === 400 ? "malformed JSON" : err.message });
  });
  return http;
}

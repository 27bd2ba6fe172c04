import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Activity, InvokeResponse, TurnContext } from "botbuilder";
import { validateAndFixActivity } from "botbuilder/lib/activityValidator";
import { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter"; // not the index: see bot/app.ts
import type { Services } from "../src/services";
import type { BotApp } from "./app";
import type { BotTokenCheck } from "./auth";
import { checkEnvelope } from "./envelope";
import { plainJsonRequest, readJsonBody } from "./json-body";
import { loopDelay } from "./loop-delay";

/** The largest request body taken (a Teams activity is a few kB; a card's inputs a few more). */
const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The adapter, taking an activity the HTTP front has already read and checked: CloudAdapter's `process`
 * would check the request again (a zod parse of the response object, of the handler, and of the body
 * twice, per turn) before doing exactly this: fix the timestamps, run the turn, answer with its invoke response.
 */
export class TurnAdapter extends TeamsAdapter {
  turn(authHeader: string, activity: Record<string, unknown>, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, validateAndFixActivity(activity as unknown as Activity), logic);
  }
}

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

/** A JSON answer (as express's `res.status(n).json(body)`, which the express path uses too). */
function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(json)) });
  res.end(json);
}

interface FrontOptions {
  gate: TurnGate;
  adapter: TurnAdapter;
  tokens: BotTokenCheck | undefined;
  logger: Logger;
  retryAfterSeconds: number;
}

/**
 * The HTTP front: /healthz, and /api/messages (envelope, then the token when BOT_ID is set, then one turn).
 * Nothing a client can send gets a 5xx of ours: a bad envelope is 400, a refused token 401, not ready or
 * stopping 503 with Retry-After. A turn's usual request (see bot/json-body.ts) is read without express;
 * every other request, and every request while stopping, goes through express as it always did.
 */
export function httpFront(o: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const app = expressFront(o);
  const activity = activityHandler(o);
  return (req, res) => {
    if (req.method !== "POST" || req.url !== "/api/messages" || o.gate.stopping || !plainJsonRequest(req, BODY_LIMIT_BYTES)) {
      app(req, res);
      return;
    }
    void readJsonBody(req).then((read) => {
      if (read.ok) return activity(read.body, req.headers, res);
      // the express path's answer to a body express.json refuses (a client that went away gets nothing)
      if (read.reason === "malformed") sendJson(res, 400, { error: "malformed JSON" });
      else res.destroy();
    });
  };
}

/** One request body, parsed: the checks in order, then the turn (the same for both paths). */
function activityHandler(o: FrontOptions): (body: unknown, headers: IncomingHttpHeaders, res: ServerResponse) => Promise<void> {
  const { gate, adapter, tokens, logger } = o;
  return async (body, headers, res) => {
    const bot = gate.bot;
    if (!bot || !gate.services || gate.stopping) {
      sendJson(res, 503, { error: gate.stopping ? "stopping" : "not ready" }, { "retry-after": String(o.retryAfterSeconds) });
      return;
    }
    const envelope = checkEnvelope(body);
    if (!envelope.ok) {
      sendJson(res, 400, { error: "not a Bot Framework activity", issues: envelope.issues });
      return;
    }
    if (tokens) {
      const verdict = await tokens.check(headers.authorization, envelope.activity);
      if (!verdict.ok) {
        // One line, no stack: forged and stale tokens are expected traffic, not failures of ours.
        logger.warn({ reason: verdict.reason, activityId: envelope.activity.id }, "request refused: authentication failed");
        sendJson(res, verdict.unavailable ? 503 : 401, { error: verdict.unavailable ? "authentication unavailable" : "unauthorized" });
        return;
      }
    }
    await gate.run(async () => {
      let answer: InvokeResponse | undefined;
      try {
        answer = await adapter.turn(headers.authorization ?? "", body as Record<string, unknown>, (context) => bot.run(context).then(() => undefined));
      } catch (err) {
        // the adapter's own check of the token (after ours) refuses with a status code; anything else is ours
        const status = (err as { statusCode?: unknown })?.statusCode;
        if (typeof status === "number" && status >= 400 && status < 500) {
          logger.warn({ activityId: envelope.activity.id, status }, "request refused by the adapter");
          if (!res.headersSent) sendJson(res, 401, { error: "unauthorized" });
          return;
        }
        logger.error({ err, activityId: envelope.activity.id }, "request failed");
        if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
        return;
      }
      // as CloudAdapter answers: the invoke response's status and body, else 200 and no body
      if (res.headersSent) return;
      res.setHeader("user-agent", adapter.userAgent);
      if (answer?.body !== undefined && answer.body !== null) sendJson(res, answer.status ?? 200, answer.body);
      else {
        res.statusCode = answer?.status ?? 200;
        res.end();
      }
    });
  };
}

/** Everything else, and a turn's request the fast path leaves to it: express as before. */
function expressFront(o: FrontOptions): express.Express {
  const { gate, logger } = o;
  const activity = activityHandler(o);
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
  http.post("/api/messages", express.json({ limit: BODY_LIMIT_BYTES }), (req: Request, res: Response) => activity(req.body, req.headers, res));
  http.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, "request failed");
    if (!res.headersSent) res.status(status).json({ error: status === 400 ? "malformed JSON" : err.message });
  });
  return http;
}

import express, { type NextFunction, type Request, type Response } from "express";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Activity } from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import type { Services } from "../src/services";
import type { BotApp } from "./app";
import type { BotTokenCheck } from "./auth";
import { checkEnvelope } from "./envelope";
import { loopDelay } from "./loop-delay";
import type { TurnAdapter } from "./turn-adapter";

/**
 * Whether turns are taken, and how many are running: closed until the services are ready, closed again
 * when the bot stops (its `close` resolves once the turns already accepted are done).
 */
export class TurnGate {
  services: Services | undefined;
  bot: BotApp | undefined;
  stopping = false;
  /** Turns begun since start (bot/main.ts's idle collection watches it: src/runtime/idle-gc.ts). */
  begun = 0;
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private readonly pacer = new TurnPacer();

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
    this.begun++;
    try {
      await this.pacer.next();
      return await turn();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.();
    }
  }
}

/**
 * Lets one turn begin per turn of the event loop. A turn's first stretch (the adapter, the handler, routing and
 * the card up to its first I/O) is synchronous; turns whose requests arrived together used to begin in the same
 * callback batch, so the loop held them all before it polled again, and /healthz (or any other request) waited
 * behind all of them. Here each waiting turn begins in its own check phase (setImmediate), so the loop polls
 * between two of them: the same work in the same order, never more than one turn's first stretch before a poll.
 * When nothing waits, a turn begins in the same loop turn it arrived in.
 */
export class TurnPacer {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves when this turn may begin (in arrival order). */
  next(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.release);
      }
    });
  }

  private readonly release = (): void => {
    const begin = this.waiting.shift();
    // the next one in the next loop turn: an immediate queued while immediates run waits for the next poll
    if (this.waiting.length > 0) setImmediate(this.release);
    else this.scheduled = false;
    begin?.();
  };
}

/** The largest activity taken (express.json's limit on the general path too). */
const MAX_BODY_BYTES = 256 * 1024;

interface FrontOptions {
  gate: TurnGate;
  adapter: TurnAdapter;
  tokens: BotTokenCheck | undefined;
  logger: Logger;
  retryAfterSeconds: number;
}

/** A JSON answer (what express's `res.status(s).json(v)` writes, without its ETag). */
function answer(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined || body === null) {
    res.end();
    return;
  }
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.setHeader("content-type", typeof body === "string" ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(text));
  res.end(text);
}

/**
 * One request to /api/messages with its body read: envelope, then the token when BOT_ID is set, then one
 * turn. Nothing a client can send gets a 5xx of ours: a bad envelope is 400, a refused token 401, not
 * ready or stopping 503 with Retry-After.
 */
async function takeTurn(o: FrontOptions, body: unknown, authorization: string | undefined, res: ServerResponse): Promise<void> {
  const { gate, adapter, tokens, logger } = o;
  const bot = gate.bot;
  if (!bot || !gate.services || gate.stopping) {
    res.setHeader("retry-after", String(o.retryAfterSeconds));
    answer(res, 503, { error: gate.stopping ? "stopping" : "not ready" });
    return;
  }
  const envelope = checkEnvelope(body);
  if (!envelope.ok) {
    answer(res, 400, { error: "not a Bot Framework activity", issues: envelope.issues });
    return;
  }
  if (tokens) {
    const verdict = await tokens.check(authorization, envelope.activity);
    if (!verdict.ok) {
      // One line, no stack: forged and stale tokens are expected traffic, not failures of ours.
      logger.warn({ reason: verdict.reason, activityId: envelope.activity.id }, "request refused: authentication failed");
      answer(res, verdict.unavailable ? 503 : 401, { error: verdict.unavailable ? "authentication unavailable" : "unauthorized" });
      return;
    }
  }
  await gate.run(async () => {
    // The checked activity goes to the adapter's turn directly (bot/turn-adapter.ts); the answer is what
    // botbuilder's `process` would write: the invoke response's status and body, else 200 and no body.
    res.setHeader("user-agent", adapter.userAgent);
    try {
      const invoke = await adapter.processChecked(authorization ?? "", body as Activity, (context) => bot.run(context).then(() => undefined));
      answer(res, invoke?.status ?? 200, invoke?.body);
    } catch (err) {
      // botbuilder's second token check refusing what bot/auth.ts passed: a 401 as there, never a stack
      if (err instanceof AuthenticationError) {
        logger.warn({ reason: err.message, activityId: envelope.activity.id }, "request refused: authentication failed");
        if (!res.headersSent) answer(res, 401, { error: "unauthorized" });
        return;
      }
      logger.error({ err, activityId: envelope.activity.id }, "request failed");
      if (!res.headersSent) answer(res, 500, { error: "internal error" });
    }
  });
}

/**
 * The request an activity normally is (Teams, the Bot Framework Emulator, the tests): POST /api/messages,
 * `application/json` in UTF-8, not compressed, with a Content-Length within the limit, while turns are
 * taken. Its body is read and parsed here, as express.json would (empty body aside: not taken here);
 * anything else takes express's path (router, express.json, the 503s of a stop) as before.
 */
function plainActivityRequest(req: IncomingMessage, gate: TurnGate): boolean {
  if (req.method !== "POST" || req.url !== "/api/messages" || gate.stopping || !gate.bot) return false;
  const h = req.headers;
  if (h["content-encoding"] !== undefined && h["content-encoding"].toLowerCase() !== "identity") return false;
  if (h["transfer-encoding"] !== undefined) return false;
  const length = h["content-length"];
  if (length === undefined || !/^[1-9][0-9]{0,6}$/.test(length) || Number(length) > MAX_BODY_BYTES) return false;
  return /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i.test(h["content-type"] ?? "");
}

/** Reads a plain activity request's body (see `plainActivityRequest`) and takes its turn; malformed JSON is a 400 as on express's path. */
function readPlainActivity(o: FrontOptions, req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("error", () => req.destroy());
  req.on("end", () => {
    let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark, dropped as express.json's decoder does
    let body: unknown;
    try {
      // express.json's strict mode: an object or an array, nothing else
      if (!/^[\s]*[{[]/.test(text)) throw new SyntaxError("not an object");
      body = JSON.parse(text);
    } catch {
      answer(res, 400, { error: "malformed JSON" });
      return;
    }
    takeTurn(o, body, req.headers.authorization, res).catch((err) => {
      o.logger.error({ err }, "request failed");
      if (!res.headersSent) answer(res, 500, { error: "internal error" });
    });
  });
}

/**
 * The HTTP front: /healthz, and /api/messages (see `takeTurn`). An activity request as Teams sends it is
 * read here (`plainActivityRequest`: its body read and parsed, then the turn), not through express's router
 * and body parser (about a tenth of a turn's CPU for what the request needs); every other request, and
 * every answer while the bot stops, is express's as before.
 */
export function httpFront(o: FrontOptions): RequestListener {
  const { gate, logger } = o;
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
  http.post("/api/messages", express.json({ limit: MAX_BODY_BYTES }), (req: Request, res: Response) => takeTurn(o, req.body, req.headers.authorization, res));
  http.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, "request failed");
    if (!res.headersSent) res.status(status).json({ error: status === 400 ? "malformed JSON" : err.message });
  });
  return (req, res) => {
    if (req.method === "GET" && req.url === "/healthz" && !gate.stopping) health(gate, res);
    else if (plainActivityRequest(req, gate)) readPlainActivity(o, req, res);
    else http(req, res);
  };
}

/**
 * GET /healthz while the bot runs, answered here: the body and status express's route gives (which still answers
 * it while stopping, with its connection close, and HEAD or a query string), without its router, ETag hash and
 * charset handling: an App Service probe or a monitor polls it all the time, and in bench:soak's load the express
 * path cost about three times a bare node answer's CPU per request.
 */
function health(gate: TurnGate, res: ServerResponse): void {
  const eventLoop = loopDelay();
  answer(res, gate.services ? 200 : 503, { status: gate.services ? "ok" : "starting", ...(eventLoop ? { eventLoop } : {}) });
}

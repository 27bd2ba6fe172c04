import type { IncomingMessage } from "node:http";

/**
 * A turn's request body read without express: express's router and `express.json()` (content-type and
 * charset parsing, raw-body, iconv) cost about as much CPU per request as the rest of an echo bot's turn
 * (0.2–0.4 ms on this machine, measured against a plain handler). Only requests whose answer is surely
 * express.json's own are read here: POST, JSON in UTF-8, not compressed, with a declared length within
 * the limit. Anything else (chunked, gzip, another charset, too long, an odd path) goes to express as
 * before, so every refusal keeps its status and text.
 */
export function plainJsonRequest(req: IncomingMessage, limit: number): boolean {
  const type = req.headers["content-type"];
  if (typeof type !== "string" || !PLAIN_JSON.test(type)) return false;
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding.toLowerCase() !== "identity") return false;
  if (req.headers["transfer-encoding"] !== undefined) return false;
  const length = req.headers["content-length"];
  return length !== undefined && /^\d{1,9}$/.test(length) && Number(length) <= limit;
}

/** `application/json`, with no parameter or only `charset=utf-8` (express.json takes every `utf-*`; the rest is left to it). */
const PLAIN_JSON = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

export type JsonBody = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly reason: "malformed" | "aborted" };

/**
 * The body as express.json({ strict: true }) gives it: {} for an empty body, a leading BOM dropped,
 * only an object or an array (anything else is malformed, as its strict mode says).
 */
export function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
    });
    req.once("error", () => resolve({ ok: false, reason: "aborted" }));
    req.once("aborted", () => resolve({ ok: false, reason: "aborted" }));
    req.once("end", () => resolve(parseJson(chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks, size).toString("utf8"))));
  });
}

export function parseJson(raw: string): JsonBody {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length === 0) return { ok: true, body: {} };
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== "{" && first !== "[") return { ok: false, reason: "malformed" };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: "malformed" };
  }
}

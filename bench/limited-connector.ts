import * as http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A Bot Connector for benchmarks that enforces Teams' limits with sliding windows (7 posts/s and 60 per
 * 30 s per conversation, 30/s per app), answering 429 + Retry-After: 1, plus random 429s at a given rate.
 * Counts accepted posts by conversation and by text.
 */
export interface LimitedConnector {
  readonly url: string;
  /** Off: every post is accepted (warm-up, baselines). */
  enforce: boolean;
  readonly byConversation: Map<string, number>;
  readonly byText: Map<string, number>;
  readonly throttled: { limit: number; random: number };
  close(): Promise<void>;
}

export async function startLimitedConnector(random429: number): Promise<LimitedConnector> {
  const perConv = new Map<string, number[]>();
  const global: number[] = [];
  const byConversation = new Map<string, number>();
  const byText = new Map<string, number>();
  const throttled = { limit: 0, random: 0 };
  const count = (log: number[], now: number, ms: number) => log.filter((t) => t > now - ms).length;
  let seq = 0;
  const state = { enforce: true };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const m = /^\/v3\/conversations\/([^/;]+)[^/]*\/activities/.exec(decodeURIComponent(req.url ?? ""));
      if (!m || req.method !== "POST") {
        res.writeHead(404).end("{}");
        return;
      }
      const conv = m[1]!;
      const now = Date.now();
      const log = perConv.get(conv) ?? [];
      perConv.set(conv, log);
      if (state.enforce) {
        const limited = count(log, now, 1000) >= 7 || count(log, now, 30_000) >= 60 || count(global, now, 1000) >= 30;
        if (limited || Math.random() < random429) {
          if (limited) throttled.limit++;
          else throttled.random++;
          res.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
          res.end(JSON.stringify({ error: { code: "TooManyRequests" } }));
          return;
        }
        log.push(now);
        global.push(now);
        if (global.length > 200) global.splice(0, global.length - 100);
        if (log.length > 200) log.splice(0, log.length - 100);
      }
      const text = (JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { text?: string }).text ?? "";
      byText.set(text, (byText.get(text) ?? 0) + 1);
      byConversation.set(conv, (byConversation.get(conv) ?? 0) + 1);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `act-${++seq}` }));
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get enforce() {
      return state.enforce;
    },
    set enforce(v: boolean) {
      state.enforce = v;
    },
    byConversation,
    byText,
    throttled,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

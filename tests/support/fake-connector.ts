import * as http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small Bot Connector on 127.0.0.1 that records what the bot sends. It can be told to fail: the next
 * N calls (optionally only for one conversation) answer with a status (429 with Retry-After, 403, 500…).
 */

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly conversationId?: string;
  readonly activityId?: string;
  readonly body: any;
  readonly at: number;
  /** The status this call was answered with. */
  readonly status: number;
}

export interface FailureRule {
  status: number;
  times: number;
  retryAfterSeconds?: number;
  conversationId?: string;
  method?: string;
}

export interface FakeConnector {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Activities posted (POST …/activities), successful ones only. */
  sent(): RecordedCall[];
  failNext(rule: FailureRule): void;
  /** Resolves once `count` successful activity posts have been recorded. */
  waitForSent(count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Resolves with the first successful post that matches (already recorded or still to come). */
  waitFor(match: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  members: Map<string, { id: string; name: string; aadObjectId?: string }[]>;
  /**
   * Serves a file at GET /files/<name>, the way Teams hands a bot a file's downloadUrl; answers the URL.
   * Options: answer slowly, declare another length, or redirect elsewhere.
   */
  serveFile(name: string, bytes: Uint8Array, options?: ServedFileOptions): string;
  /** The GET requests made for served files (to check a file was, or was not, fetched). */
  downloads(name?: string): RecordedCall[];
  reset(): void;
  close(): Promise<void>;
}

export interface ServedFileOptions {
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** A Content-Length header other than the real one. */
  readonly declaredLength?: number;
  /** Answer 302 to this URL instead of the file. */
  readonly redirectTo?: string;
}

export interface FakeConnectorOptions {
  /**
   * How long an idle connection is kept (ms; default 1 s, which Node's clients take as "do not reuse").
   * The benches keep them as a real connector does.
   */
  readonly keepAliveMs?: number;
}

export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const calls: RecordedCall[] = [];
  const files = new Map<string, { bytes: Uint8Array; options: ServedFileOptions }>();
  const rules: FailureRule[] = [];
  const members = new Map<string, { id: string; name: string; aadObjectId?: string }[]>();
  let seq = 0;
  const waiters: (() => void)[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const path = decodeURIComponent((req.url ?? "").split("?")[0]!);
      const served = path.startsWith("/files/") ? files.get(path.slice("/files/".length)) : undefined;
      if (served && req.method === "GET") {
        calls.push({ method: "GET", path, body: undefined, at: Date.now(), status: served.options.redirectTo ? 302 : 200 });
        const send = () => {
          if (served.options.redirectTo) {
            res.writeHead(302, { location: served.options.redirectTo });
            res.end();
            return;
          }
          res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(served.options.declaredLength ?? served.bytes.byteLength) });
          res.end(Buffer.from(served.bytes));
        };
        if (served.options.delayMs) setTimeout(send, served.options.delayMs);
        else send();
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)(?:\/(activities|members|pagedmembers)(?:\/([^/]+))?)?/.exec(path);
      const conversationId = m?.[1];
      const method = req.method ?? "GET";
      const rule = rules.find(
        (r) => r.times > 0 && (!r.conversationId || r.conversationId === conversationId) && (!r.method || r.method === method),
      );
      const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        calls.push({ method, path, conversationId, activityId: m?.[3], body, at: Date.now(), status });
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(payload));
        for (const w of waiters.splice(0)) w();
      };
      if (rule) {
        rule.times--;
        const headers: Record<string, string> = rule.retryAfterSeconds !== undefined ? { "retry-after": String(rule.retryAfterSeconds) } : {};
        answer(rule.status, { error: { code: `Status${rule.status}`, message: "injected failure" } }, headers);
        return;
      }
      if (method === "POST" && path === "/v3/conversations") {
        answer(201, { id: `conv-${++seq}`, activityId: `act-${seq}` });
      } else if (m && m[2] === "activities" && method === "POST") {
        answer(200, { id: `act-${++seq}` });
      } else if (m && m[2] === "activities" && method === "PUT") {
        answer(200, { id: m[3] });
      } else if (m && m[2] === "activities" && method === "DELETE") {
        answer(200, {});
      } else if (m && (m[2] === "members" || m[2] === "pagedmembers") && method === "GET") {
        const list = members.get(conversationId ?? "") ?? [];
        if (m[3]) {
          const one = list.find((x) => x.id === m[3] || x.aadObjectId === m[3]);
          if (one) answer(200, one);
          else answer(404, { error: { code: "MemberNotFound" } });
        } else answer(200, m[2] === "pagedmembers" ? { members: list } : list);
      } else {
        answer(404, { error: { code: "NotFound", message: path } });
      }
    });
  });
  server.keepAliveTimeout = options.keepAliveMs ?? 1000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  // Replies go to …/activities/:replyToId, new posts to …/activities.
  const isSent = (c: RecordedCall) => c.method === "POST" && /\/activities(\/[^/]+)?$/.test(c.path) && c.status < 300;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    members,
    sent: () => calls.filter(isSent),
    failNext: (rule) => rules.push({ ...rule }),
    async waitForSent(count, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.filter(isSent).length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} sent activities, got ${calls.filter(isSent).length}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
      return calls.filter(isSent);
    },
    async waitFor(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = calls.filter(isSent).find(match);
        if (hit) return hit;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no sent activity matched within ${timeoutMs} ms (${calls.filter(isSent).length} sent)`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
    },
    serveFile(name, bytes, options = {}) {
      files.set(name, { bytes, options });
      return `http://127.0.0.1:${port}/files/${encodeURIComponent(name)}`;
    },
    downloads: (name) => calls.filter((c) => c.method === "GET" && c.path.startsWith("/files/") && (name === undefined || c.path === `/files/${name}`)),
    reset() {
      calls.length = 0;
      rules.length = 0;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

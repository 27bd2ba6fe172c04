/*
 * Counts the Cosmos requests this process makes to one endpoint (the embedded store), by wrapping
 * node:http's request: point reads, creates, replaces, queries and the query plans the SDK fetches
 * beside every query. Query texts are kept so that a caller can tell work apart (e.g. the delivery
 * worker's poll). For benchmarks only.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require("node:http") as typeof import("node:http");

export type OpKind = "read" | "create" | "replace" | "delete" | "query" | "plan" | "other";

export interface Op {
  readonly kind: OpKind;
  /** The container (work, outbox, …). */
  readonly container: string;
  /** The SQL text of a query or query plan. */
  query: string;
  readonly at: number;
}

export interface CosmosCounter {
  readonly ops: Op[];
  /** Ops recorded since `from` (an index into `ops`). */
  since(from: number, exclude?: (op: Op) => boolean): Record<OpKind, number> & { total: number };
  stop(): void;
}

const header = (h: Record<string, unknown> | undefined, name: string) => {
  for (const [k, v] of Object.entries(h ?? {})) if (k.toLowerCase() === name) return String(v);
  return undefined;
};

export function countCosmos(endpoint: string): CosmosCounter {
  const port = Number(new URL(endpoint).port);
  const ops: Op[] = [];
  const original = http.request;
  (http as { request: unknown }).request = function (this: unknown, ...args: unknown[]) {
    const req = (original as (...a: unknown[]) => import("node:http").ClientRequest).apply(this, args);
    const first = args[0];
    const opts = (typeof first === "object" && !(first instanceof URL) ? first : args[1]) as { port?: number | string; method?: string; path?: string; headers?: Record<string, unknown> } | undefined;
    const url = first instanceof URL ? first : typeof first === "string" ? new URL(first) : undefined;
    if (Number(url?.port ?? opts?.port) !== port) return req;
    const method = opts?.method ?? "GET";
    const path = url?.pathname ?? opts?.path ?? "";
    const plan = header(opts?.headers, "x-ms-cosmos-is-query-plan-request") === "True";
    const isQuery = header(opts?.headers, "x-ms-documentdb-isquery") === "true";
    const container = /\/colls\/([^/]+)/.exec(path)?.[1] ?? "";
    const isDoc = /\/docs(\/|$)/.test(path);
    const kind: OpKind = !isDoc
      ? "other"
      : plan
        ? "plan"
        : isQuery
          ? "query"
          : method === "GET"
            ? "read"
            : method === "POST"
              ? "create"
              : method === "PUT"
                ? "replace"
                : method === "DELETE"
                  ? "delete"
                  : "other";
    const op: Op = { kind, container, query: "", at: Date.now() };
    ops.push(op);
    if (kind === "query" || kind === "plan") {
      const write = req.write.bind(req);
      req.write = ((chunk: unknown, ...rest: unknown[]) => {
        if (typeof chunk === "string" || Buffer.isBuffer(chunk)) op.query += chunk.toString();
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof req.write;
      const end = req.end.bind(req);
      req.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (typeof chunk === "string" || Buffer.isBuffer(chunk)) op.query += chunk.toString();
        return (end as (...a: unknown[]) => unknown)(chunk, ...rest);
      }) as typeof req.end;
    }
    return req;
  };
  return {
    ops,
    since(from, exclude) {
      const out = { read: 0, create: 0, replace: 0, delete: 0, query: 0, plan: 0, other: 0, total: 0 };
      for (const op of ops.slice(from)) {
        if (op.kind === "other" || exclude?.(op)) continue;
        out[op.kind]++;
        out.total++;
      }
      return out;
    },
    stop() {
      (http as { request: unknown }).request = original;
    },
  };
}

/*
 * A routing question's turn, as Teams would see it: the client (this process, with the fake Bot
 * Connector the bots reply to) sends routing questions over HTTP to the real Samverkan server running
 * in its own process (embedded store, as `npm start`), and the same activities to a bare botbuilder echo
 * bot in its own process: the baseline, measured in the same run. Sequential and 8 concurrent.
 * Goal (issue 19): Samverkan p50 ≤ 1.5 × the echo bot's p50.
 * Then the Cosmos requests of one routing question: the bot in its own process talks to the embedded
 * store through a counting proxy (as it would to an account), per turn by kind, and the idle rate.
 * It prints figures; it fails nothing.
 *   npm run bench:turn-latency [-- --turns 500] [--rounds 5] [--warm 60] [--only latency|ops] [--modes 1,8] [--profile <dir>] [--bundle <dir>] [--compare <dir>]
 * `--bundle <dir>`: Samverkan from another build's dist/bundle (a copy of the one before a change), for a
 * before/after in one sitting. `--compare <dir>`: a second Samverkan from that bundle, measured in the same
 * interleaved blocks as the first and the echo bot (a loaded machine falls on all three alike): its rows
 * and its CPU per turn beside the first's. `--modes 1`: only sequential (`8`: only 8 concurrent), e.g. for
 * a profile of one mode.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { startFakeConnector, type FakeConnector } from "../tests/support/fake-connector";
import { activity } from "../tests/support/harness";
import { npmStartNodeFlags } from "./start-flags";

const ROOT = path.resolve(__dirname, "..", "..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

// ---- the bots, each in its own process ------------------------------------------------------------

/** The baseline: a bare botbuilder echo bot (only the echo runs through `--child`; Samverkan is `npm start`'s entry). */
async function childMain(role: string): Promise<void> {
  if (role === "echo") {
    const express = (await import("express")).default;
    const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = await import("botbuilder");
    const { keepConnectorClients } = await import("../bot/connector-clients");
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    // the same kept connector clients as Samverkan's adapter (bot/server.ts): one client and its keep-alive
    // connections per service URL, not a new client and connection per reply, so neither pays for a connection
    keepConnectorClients(adapter);
    const app = express();
    app.disable("x-powered-by");
    app.post("/api/messages", express.json({ limit: "256kb" }), (req, res) => {
      void adapter.process(req, res, async (context) => {
        if (context.activity.type === "message") await context.sendActivity(`echo: ${context.activity.text}`);
      });
    });
    const server = app.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`));
    process.on("SIGTERM", () => server.close(() => process.exit(0)));
    return;
  }
}

interface Child {
  readonly url: string;
  /** The bot process's CPU time so far (ms, user + system; Linux /proc), undefined elsewhere. */
  cpuMs(): number | undefined;
  /** Its main thread's alone (the event loop every turn waits for; the rest is V8's compiler and GC threads, libuv's pool). */
  mainCpuMs(): number | undefined;
  /** The CPU time of the processes it started (Samverkan's embedded store process), undefined if none. */
  childrenCpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** CPU time of a process from /proc (clock ticks of 10 ms): less sensitive to a loaded machine than latency. `thread`: one thread's. */
function cpuMsOf(pid: number | undefined, thread?: number): number | undefined {
  try {
    const stat = fs.readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The processes a process started (Linux /proc). */
function childPids(pid: number | undefined): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * Samverkan runs as `npm start` runs it: `dist/bundle/main.js` (the embedded store in its own process,
 * forked by the bot, unless COSMOS_ENDPOINT is set); the echo bot through this file's `--child echo`.
 */
async function startChild(role: "samverkan" | "echo", env: Record<string, string> = {}, bundleDir?: string, name: string = role): Promise<Child> {
  // `--profile <dir>`: each process writes a CPU profile into <dir>/<role>/ when it stops (node --cpu-prof;
  // Samverkan's store process inherits the flag, so its profile lies beside the bot's, named by pid).
  const profileDir = process.argv.includes("--profile") ? path.resolve(process.argv[process.argv.indexOf("--profile") + 1] ?? "profiles", name) : undefined;
  // both bots with `npm start`'s node flags (the young generation's size: the echo bot's runtime is Samverkan's)
  const nodeArgs = [...npmStartNodeFlags(ROOT), ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [])];
  const bundle = bundleDir ?? (process.argv.includes("--bundle") ? path.resolve(process.argv[process.argv.indexOf("--bundle") + 1]!) : path.join(ROOT, "dist", "bundle"));
  const entry = role === "samverkan" ? [path.join(bundle, "main.js")] : [__filename, "--child", role];
  // Samverkan logs as `npm start` does (LOG_LEVEL's default, info): a turn that logged would pay for it here too.
  const childEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", ...(role === "echo" ? { LOG_LEVEL: "silent" } : {}), ...env };
  const proc: ChildProcess = spawn(process.execPath, [...nodeArgs, ...entry], { env: childEnv, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = "";
    const found = (url: string) => {
      // the address is all this reads: later log lines are drained, not kept (a pipe left full would block the bot)
      proc.stdout!.off("data", onData);
      proc.stdout!.resume();
      resolve(url);
    };
    const onData = (d: Buffer) => {
      buf += d.toString();
      // the echo bot prints its address as JSON; Samverkan prints JSON log lines and "listens on <url>"
      const echo = role === "echo" ? buf.split("\n").find((l) => l.startsWith("{")) : undefined;
      const listens = /listens on (http:\/\/\S+)\/api\/messages/.exec(buf)?.[1];
      if (echo) found((JSON.parse(echo) as { url: string }).url);
      else if (listens) found(listens);
    };
    proc.stdout!.on("data", onData);
    proc.once("exit", (code) => reject(new Error(`${role} exited with ${code}`)));
  });
  if (profileDir) console.log(`${name}: pid ${proc.pid}, profiles in ${profileDir}`);
  const children = childPids(proc.pid);
  const childrenCpuMs = () => (children.length ? children.reduce((sum, pid) => sum + (cpuMsOf(pid) ?? 0), 0) : undefined);
  // the main thread's id is the process's
  return { url, cpuMs: () => cpuMsOf(proc.pid), mainCpuMs: () => cpuMsOf(proc.pid, proc.pid), childrenCpuMs, stop: () => new Promise((r) => (proc.once("exit", () => r()), proc.kill("SIGTERM"))) };
}

// ---- the client -----------------------------------------------------------------------------------

function questions(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(path.join(ROOT, "tests", "fixtures")).filter((n) => n.startsWith("routing-questions") && n.endsWith(".jsonl"))) {
    for (const line of fs.readFileSync(path.join(ROOT, "tests", "fixtures", f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const q = (JSON.parse(line) as { question?: string }).question;
      if (q && q.trim().endsWith("?")) out.push(q.trim());
    }
  }
  return out;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** One block of turns: each turn's time (ms), the block's wall time (s) and the CPU the bot (and its store process) used. */
interface Block {
  readonly times: number[];
  readonly seconds: number;
  readonly cpuMs?: number;
  readonly mainCpuMs?: number;
  readonly storeCpuMs?: number;
}

async function measure(url: string, body: () => unknown, turns: number, concurrency: number, child?: Child): Promise<Block> {
  const cpu0 = child?.cpuMs();
  const main0 = child?.mainCpuMs();
  const store0 = child?.childrenCpuMs();
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < turns) {
      next++;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body()) });
      await res.arrayBuffer();
      if (res.status >= 300) throw new Error(`status ${res.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu1 = child?.cpuMs();
  const main1 = child?.mainCpuMs();
  const store1 = child?.childrenCpuMs();
  return {
    times,
    seconds,
    ...(cpu0 !== undefined && cpu1 !== undefined ? { cpuMs: cpu1 - cpu0 } : {}),
    ...(main0 !== undefined && main1 !== undefined ? { mainCpuMs: main1 - main0 } : {}),
    ...(store0 !== undefined && store1 !== undefined ? { storeCpuMs: store1 - store0 } : {}),
  };
}

interface Summary {
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  /** CPU per turn (ms) of the bot process, and of its store process (Samverkan's embedded store). */
  readonly cpu?: number;
  /** Of it, the main thread's. */
  readonly mainCpu?: number;
  readonly storeCpu?: number;
}

/** The blocks of one bot in one mode, pooled. */
function summarize(blocks: readonly Block[]): Summary {
  const times = blocks.flatMap((b) => b.times).sort((x, y) => x - y);
  const seconds = blocks.reduce((s, b) => s + b.seconds, 0);
  const sum = (f: (b: Block) => number | undefined) => (blocks.every((b) => f(b) !== undefined) ? blocks.reduce((s, b) => s + f(b)!, 0) / times.length : undefined);
  const cpu = sum((b) => b.cpuMs);
  const mainCpu = sum((b) => b.mainCpuMs);
  const storeCpu = sum((b) => b.storeCpuMs);
  return { p50: pct(times, 50), p99: pct(times, 99), rps: times.length / seconds, ...(cpu !== undefined ? { cpu } : {}), ...(mainCpu !== undefined ? { mainCpu } : {}), ...(storeCpu !== undefined ? { storeCpu } : {}) };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function questionBodies(connector: FakeConnector, qs: string[]) {
  let i = 0;
  return () => {
    const n = i++;
    return activity(connector, { text: qs[n % qs.length], userId: `29:bench-${n % 20}`, locale: "sv-SE" });
  };
}

// ---- Cosmos requests per turn (a counting proxy in front of the embedded store) --------------------

const KINDS = ["point read", "write", "query (one partition)", "cross-partition query", "query plan", "other"] as const;
type Kind = (typeof KINDS)[number];

function classify(req: http.IncomingMessage): Kind {
  const url = (req.url ?? "").split("?")[0]!;
  const h = req.headers;
  if (!/\/docs(\/[^/]+)?\/?$/.test(url)) return "other";
  if (req.method === "GET") return /\/docs\/[^/]+\/?$/.test(url) ? "point read" : "cross-partition query";
  const isQuery = String(h["content-type"] ?? "").startsWith("application/query+json") || String(h["x-ms-documentdb-isquery"] ?? "").toLowerCase() === "true";
  if (req.method === "POST" && isQuery) {
    if (String(h["x-ms-cosmos-is-query-plan-request"] ?? "").toLowerCase() === "true") return "query plan";
    return h["x-ms-documentdb-partitionkey"] ? "query (one partition)" : "cross-partition query";
  }
  return "write";
}

async function startCountingProxy(target: string) {
  const seen: { kind: Kind; container: string }[] = [];
  const agent = new http.Agent({ keepAlive: true });
  const t = new URL(target);
  const server = http.createServer((req, res) => {
    seen.push({ kind: classify(req), container: /\/colls\/([^/]+)/.exec(req.url ?? "")?.[1] ?? "" });
    const up = http.request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on("error", () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

async function countOps(connector: FakeConnector, qs: string[]): Promise<void> {
  const { loadConfig } = await import("../src/config/config");
  const { openStore } = await import("../src/storage/store");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-ops-"));
  const store = await openStore(loadConfig({ DATA_DIR: dataDir }), { owner: "bot" });
  const proxy = await startCountingProxy(store.endpoint);
  const bot = await startChild("samverkan", { COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: KEY, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-ops-bot-")) });
  let n = 0;
  const ask = (text: (i: number) => string) => () => {
    const i = n++;
    return activity(connector, { text: text(i), userId: `29:bench-${i % 20}`, locale: "sv-SE" });
  };
  const scenarios: [string, () => unknown][] = [
    ["routing question", ask((i) => qs[i % qs.length]!)],
    ["hjälp (core only)", ask(() => "hjälp")],
  ];
  try {
    for (const [, body] of scenarios) for (let i = 0; i < 40; i++) await measure(bot.url, body, 1, 1); // caches as in use
    const idleFrom = proxy.seen.length;
    await new Promise((r) => setTimeout(r, 4_000));
    const idle = proxy.seen.slice(idleFrom);
    const turns = 40;
    console.log(`\nCosmos requests per chat turn (bot in its own process, through a counting proxy; mean of ${turns} turns by 20 people, warm caches)`);
    console.log(`${"".padEnd(20)}${KINDS.filter((k) => k !== "other").map((k) => k.replace("query (one partition)", "query").replace("cross-partition query", "x-part query").padStart(13)).join("")}   worst turn (point ops)`);
    for (const [name, body] of scenarios) {
      const per: Record<Kind, number> = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
      const byContainer = new Map<string, number>();
      let max = 0;
      for (let i = 0; i < turns; i++) {
        const from = proxy.seen.length;
        await measure(bot.url, body, 1, 1);
        const ops = proxy.seen.slice(from).filter((o) => o.kind !== "other");
        max = Math.max(max, ops.filter((o) => o.kind === "point read" || o.kind === "write").length);
        for (const o of ops) {
          per[o.kind]++;
          byContainer.set(`${o.container} ${o.kind}`, (byContainer.get(`${o.container} ${o.kind}`) ?? 0) + 1);
        }
      }
      console.log(`${name.padEnd(20)}${KINDS.filter((k) => k !== "other").map((k) => (per[k] / turns).toFixed(2).padStart(13)).join("")}   ${max}`);
      console.log(`${"".padEnd(20)}by container: ${[...byContainer].map(([k, c]) => `${k} ${(c / turns).toFixed(2)}`).join(", ") || "none"}`);
    }
    const idleKinds = KINDS.map((k) => [k, idle.filter((o) => o.kind === k).length / 4] as const).filter(([, c]) => c > 0);
    console.log(`the 4 s right after these turns, per second (the turns' deferred writes land here; a bot left idle writes nothing, tests/src/storage/idle.test.ts): ${idleKinds.map(([k, c]) => `${k} ${c.toFixed(2)}`).join(", ") || "nothing"} (${[...new Set(idle.map((o) => o.container))].join(", ")})`);
    console.log("(a turn's window also catches background work that happens to run then: the idle rate × the turn's duration)");
  } finally {
    await bot.stop();
    await proxy.close();
    await store.close();
  }
}

async function main(): Promise<void> {
  const turns = arg("turns", 500);
  const rounds = arg("rounds", 5);
  const qs = questions();
  // Idle connections kept 5 s (Node's default, as a real connector keeps them): a client may reuse them.
  const connector = await startFakeConnector({ keepAliveMs: 5_000 });
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
  if (only !== "ops") await latency(connector, qs, turns, rounds);
  if (only !== "latency") await countOps(connector, qs);
  await connector.close();
}

async function latency(connector: FakeConnector, qs: string[], turns: number, rounds: number): Promise<void> {
  const compareDir = process.argv.includes("--compare") ? path.resolve(process.argv[process.argv.indexOf("--compare") + 1]!) : undefined;
  const modesArg = process.argv.includes("--modes") ? process.argv[process.argv.indexOf("--modes") + 1]! : "1,8";
  const modes = modesArg.split(",").map(Number).filter((c) => c === 1 || c === 8);
  const started: Child[] = [];
  const start = (child: Promise<Child>) => child.then((c) => (started.push(c), c));
  let samverkan: Child, echo: Child, compared: Child | undefined;
  try {
    samverkan = await start(startChild("samverkan", { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-")) }));
    echo = await start(startChild("echo"));
    compared = compareDir ? await start(startChild("samverkan", { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-")) }, compareDir, "compared")) : undefined;
  } catch (e) {
    // a bot that did not start: the ones that did are stopped, not left running
    await Promise.all(started.map((c) => c.stop()));
    throw e;
  }
  // Each bot gets the same activities in the same order (its own copy of the sequence).
  const ourBody = questionBodies(connector, qs);
  const echoBody = questionBodies(connector, qs);
  const comparedBody = questionBodies(connector, qs);
  try {
    // Warm them up (JIT, connection pools, the router's index, every user's caches). `--warm <turns>` (default 60):
    // V8 keeps optimising both bots for thousands of turns, the echo bot's few functions sooner than the router's
    // many, so a long warm-up shows the steady state of a bot that has run a while (the ratio is not the same).
    const warm = arg("warm", 60);
    await measure(samverkan.url, ourBody, warm, 4);
    await measure(echo.url, echoBody, warm, 4);
    if (compared) await measure(compared.url, comparedBody, warm, 4);
    const rows: [string, Summary, Summary, number[], Summary | undefined][] = [];
    for (const concurrency of modes) {
      // Interleaved blocks, the order rotating (echo first, then Samverkan first, …): a change in the
      // machine's load during the run falls on every bot alike, not on whichever ran last.
      const ours: Block[] = [];
      const base: Block[] = [];
      const other: Block[] = [];
      for (let r = 0; r < rounds; r++) {
        const n = Math.ceil(turns / rounds);
        const runs = [
          () => measure(echo.url, echoBody, n, concurrency, echo).then((b) => base.push(b)),
          () => measure(samverkan.url, ourBody, n, concurrency, samverkan).then((b) => ours.push(b)),
          ...(compared ? [() => measure(compared.url, comparedBody, n, concurrency, compared).then((b) => other.push(b))] : []),
        ];
        const order = r % 2 === 0 ? runs : [...runs].reverse();
        const shift = compared ? Math.floor(r / 2) : 0;
        for (let k = 0; k < order.length; k++) await order[(k + shift) % order.length]!();
      }
      const perRound = ours.map((o, i) => summarize([o]).p50 / summarize([base[i]!]).p50);
      rows.push([concurrency === 1 ? "sequential" : "8 concurrent", summarize(ours), summarize(base), perRound, compared ? summarize(other) : undefined]);
    }
    console.log(`bench:turn-latency ${new Date().toISOString().slice(0, 10)} — routing questions over HTTP (${qs.length} distinct, ${turns} turns per mode and bot in ${rounds} interleaved blocks after ${warm} warm-up turns each), bots in their own processes (ms)`);
    console.log("  both: the same activities in the same order (POST /api/messages, no token: neither has a bot id, as `npm start` locally), one reply posted");
    console.log("        to the fake Bot Connector in this process before the HTTP answer; the connector keeps idle connections 5 s");
    console.log("  echo: botbuilder's CloudAdapter behind express (express.json, no token), replies `echo: <text>`; its connector clients kept as Samverkan's (bot/connector-clients.ts)");
    console.log("  samverkan: `npm start`'s dist/bundle/main.js and log level, the embedded store in its own process (journalled to disk): guards, conversation memo, routing, answer card");
    if (compareDir) console.log(`  compared: Samverkan from ${compareDir}, in the same interleaved blocks`);
    console.log("mode            samverkan p50 / p99     echo p50 / p99    ratio p50  ratio p99   samverkan rps  echo rps   p50 ratio per block (median)");
    for (const [mode, ours, base, perRound, other] of rows) {
      console.log(
        `${mode.padEnd(15)} ${ours.p50.toFixed(2).padStart(8)} / ${ours.p99.toFixed(2).padStart(7)}  ${base.p50.toFixed(2).padStart(7)} / ${base.p99.toFixed(2).padStart(6)}   ${(ours.p50 / base.p50).toFixed(2).padStart(6)}×   ${(ours.p99 / base.p99).toFixed(2).padStart(6)}×   ${ours.rps.toFixed(0).padStart(11)}  ${base.rps.toFixed(0).padStart(8)}   ${perRound.map((x) => x.toFixed(2)).join(" ")} (${median(perRound).toFixed(2)})`,
      );
      if (other) console.log(`${`  compared`.padEnd(15)} ${other.p50.toFixed(2).padStart(8)} / ${other.p99.toFixed(2).padStart(7)}  ${"".padStart(16)}   ${(other.p50 / base.p50).toFixed(2).padStart(6)}×   ${(other.p99 / base.p99).toFixed(2).padStart(6)}×   ${other.rps.toFixed(0).padStart(11)}`);
    }
    // CPU per turn of each bot's process: a figure that a loaded machine distorts less than the latencies. Of it, the main
    // thread's (the event loop, which a turn and /healthz wait for) and the other threads' (V8's optimising compiler and
    // GC helpers, which wait for no one but take a core of a small machine): a bot that the compiler keeps recompiling
    // shows there, not in a CPU profile of the main thread.
    const threads = (r: Summary) => (r.mainCpu === undefined ? "" : ` [main thread ${r.mainCpu.toFixed(2)}, other threads ${(r.cpu! - r.mainCpu).toFixed(2)}]`);
    const cpu = (r: Summary) => (r.cpu === undefined ? "–" : `${r.cpu.toFixed(2)}${threads(r)}${r.storeCpu !== undefined ? ` (+ store process ${r.storeCpu.toFixed(2)})` : ""}`);
    console.log(`bot process CPU per turn (ms): ${rows.map(([mode, o, b, , c]) => `${mode} samverkan ${cpu(o)} / echo ${cpu(b)}${c ? ` / compared ${cpu(c)}` : ""}`).join("; ")}`);
    const worst = Math.max(...rows.map(([, o, b]) => o.p50 / b.p50));
    console.log(`goal p50 ≤ 1.5× echo: ${worst <= 1.5 ? "met" : "NOT met"} (worst ${worst.toFixed(2)}×)`);
  } finally {
    await Promise.all(started.map((c) => c.stop()));
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  childMain(process.argv[childAt + 1] ?? "").catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/*
 * Message-turn latency over HTTP: the real Samverkan server (embedded store) against a bare botbuilder
 * echo bot on the same machine, in the same run, both replying to the same fake Bot Connector.
 * Target: Samverkan p50 ≤ 1.5 × the echo bot's p50.
 *   npm run bench:turn-latency [-- --turns 400]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import express from "express";
import pino from "pino";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import { loadConfig } from "../src/config/config";
import { startServer } from "../bot/server";
import { startFakeConnector } from "../tests/support/fake-connector";
import { activity } from "../tests/support/harness";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function startEchoBot(): Promise<{ url: string; stop: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const app = express();
  app.post("/api/messages", express.json(), (req, res) => {
    void adapter.process(req, res, async (context: TurnContext) => {
      if (context.activity.type === "message") await context.sendActivity(`echo: ${context.activity.text}`);
    });
  });
  const server = await new Promise<import("node:http").Server>((r) => {
    const s = app.listen(0, "127.0.0.1", () => r(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(url: string, bodies: () => unknown, turns: number, concurrency: number): Promise<{ p50: number; p99: number; rps: number }> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < turns) {
      next++;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bodies()) });
      await res.arrayBuffer();
      if (res.status >= 300) throw new Error(`status ${res.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p99: pct(times, 99), rps: turns / total };
}

async function main(): Promise<void> {
  const turns = arg("turns", 400);
  const connector = await startFakeConnector();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-"));
  const samverkan = await startServer(loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { logger: pino({ level: "silent" }) });
  const echo = await startEchoBot();
  let i = 0;
  const texts = ["hjälp", "help", "vem är jag", "xyzzy"];
  const body = () => activity(connector, { text: texts[i++ % texts.length], userId: `29:bench-${i % 20}` });

  // Warm both up so JIT and connection pools do not count against either.
  await measure(samverkan.url, body, 50, 4);
  await measure(echo.url, body, 50, 4);

  const rows: [string, Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>][] = [];
  for (const concurrency of [1, 8]) {
    const base = await measure(echo.url, body, turns, concurrency);
    const ours = await measure(samverkan.url, body, turns, concurrency);
    rows.push([concurrency === 1 ? "sequential" : "8-way concurrent", ours, base]);
  }
  console.log(`turn latency over HTTP, ${turns} turns each (ms)`);
  console.log("mode               samverkan p50/p99    echo p50/p99    ratio p50  ratio p99  samverkan rps  echo rps");
  for (const [mode, ours, base] of rows) {
    console.log(
      `${mode.padEnd(18)} ${ours.p50.toFixed(2).padStart(7)} / ${ours.p99.toFixed(2).padStart(7)}  ${base.p50.toFixed(2).padStart(6)} / ${base.p99.toFixed(2).padStart(6)}   ${(ours.p50 / base.p50).toFixed(2).padStart(6)}×   ${(ours.p99 / base.p99).toFixed(2).padStart(6)}×   ${ours.rps.toFixed(0).padStart(10)}  ${base.rps.toFixed(0).padStart(8)}`,
    );
  }
  const worst = Math.max(...rows.map(([, o, b]) => o.p50 / b.p50));
  console.log(`target p50 ≤ 1.5× echo: ${worst <= 1.5 ? "met" : "NOT met"} (worst ${worst.toFixed(2)}×)`);
  await samverkan.stop();
  await echo.stop();
  await connector.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

import { execFile, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, post, repliesTo, tempDir } from "../support/harness";
import { npmStartNodeFlags } from "../../bench/start-flags";
import { STORE_SEMI_SPACE_MB } from "../../src/storage/store-process";

/*
 * `npm start` runs the bundle (scripts/bundle.js), not the sources jest tests: so this builds one, from
 * these sources, beside dist/ (where the bundle finds the project: samples, node_modules) and runs it as
 * `npm start` does — its store process included — until it answers a chat turn; checks that nothing but
 * the bundle is loaded at start (the deferred modules stay deferred: none is loaded from node_modules),
 * and that a stack trace through the bundle names the TypeScript source.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "dist", `.bundle-test-${process.pid}`);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundle } = require(path.join(ROOT, "scripts", "bundle.js")) as { bundle: (outdir: string, options?: object) => Promise<unknown> };

const node = (script: string) =>
  new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ["-e", script], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))),
  );

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe("the bundled build (dist/bundle, what npm start runs)", () => {
  let bot: ChildProcess | undefined;
  let botUrl = "";
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await startFakeConnector();
    await bundle(OUT);
  }, 240_000);

  afterAll(async () => {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((r) => bot!.once("exit", r));
      bot.kill("SIGTERM");
      await exited;
    }
    await connector.close();
    fs.rmSync(OUT, { recursive: true, force: true });
    // esbuild's service process would keep this worker alive
    (require("esbuild") as { stop(): void }).stop();
  });

  it("starts as npm start does (with its store process) and answers a chat turn", async () => {
    const port = await freePort();
    const url = (botUrl = `http://127.0.0.1:${port}`);
    const dataDir = tempDir("samverkan-bundle-");
    const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" };
    // with npm start's node flags (package.json), which the store process must not take over as they are
    bot = spawn(process.execPath, [...npmStartNodeFlags(ROOT), path.join(OUT, "main.js")], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    const deadline = Date.now() + 120_000;
    for (;;) {
      expect(bot.exitCode).toBeNull();
      const a = activity(connector, { text: "hjälp", locale: "sv-SE" });
      const r = await post({ url }, a).catch(() => ({ status: 0 }));
      if (r.status === 200 && repliesTo(connector, String(a.id)).length > 0) break;
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((res) => setTimeout(res, 100));
    }
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    // The store process (the lock's owner) runs with its own young generation, not the bot's 32 MB one
    // (src/storage/store-process.ts STORE_SEMI_SPACE_MB; the bundle's early fork in scripts/bundle.js).
    const storePid = (JSON.parse(fs.readFileSync(path.join(dataDir, "store.lock"), "utf8")) as { pid: number }).pid;
    expect(storePid).not.toBe(bot.pid);
    const storeArgs = fs.readFileSync(`/proc/${storePid}/cmdline`, "utf8").split("\0");
    expect(storeArgs.filter((a) => a.startsWith("--max-semi-space-size"))).toEqual([`--max-semi-space-size=${STORE_SEMI_SPACE_MB}`]);
    expect(fs.readFileSync(`/proc/${bot.pid}/cmdline`, "utf8").split("\0")).toContain("--max-semi-space-size=32");
  }, 150_000);

  it("a rebuild under the running bot never leaves its folder without its files; a failed one leaves the old build", async () => {
    expect(bot?.exitCode).toBeNull(); // the bot of the first test, started from OUT
    const files = fs.readdirSync(OUT).sort();
    const buildId = () => fs.readFileSync(path.join(OUT, "build-id"), "utf8");
    const before = buildId();
    const missing = new Set<string>();
    const watch = () => {
      for (const f of files) if (!fs.existsSync(path.join(OUT, f))) missing.add(f);
    };
    // an invalid define makes esbuild fail: the build in place stays as it was
    const failing = bundle(OUT, { define: { "process.env.X": "(" }, logLevel: "silent" });
    watch(); // the build has begun: the old code removed the folder here, before building
    await expect(failing).rejects.toThrow();
    watch();
    expect(buildId()).toBe(before);
    const rebuilding = bundle(OUT);
    const timer = setInterval(watch, 5);
    watch();
    await rebuilding.finally(() => clearInterval(timer));
    watch();
    expect([...missing]).toEqual([]);
    expect(fs.readdirSync(OUT).sort()).toEqual(files);
    expect(buildId()).not.toBe(before);
    expect(fs.readdirSync(path.dirname(OUT)).filter((f) => f.startsWith(`${path.basename(OUT)}.`))).toEqual([]);
    // and the bot still answers a chat turn
    const a = activity(connector, { text: "hjälp", locale: "sv-SE" });
    const r = await post({ url: botUrl }, a);
    expect(r.status).toBe(200);
    expect(repliesTo(connector, String(a.id)).length).toBeGreaterThan(0);
  }, 240_000);

  it("loads nothing but the bundle at start: the deferred modules are not loaded until used", async () => {
    const out = await node(
      `require(${JSON.stringify(path.join(OUT, "compile-cache.js"))});
       require(${JSON.stringify(path.join(OUT, "bot.js"))}).loadServer().then(() => {
         console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes("node_modules") && !f.endsWith("package.json"))));
       });`,
    );
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual([]);
    // and they are not in it either: each is required from node_modules the first time it is used
    const code = fs.readFileSync(path.join(OUT, "bot.js"), "utf8");
    for (const name of ["botbuilder-dialogs", "@azure/msal-node", "@azure/identity", "@azure/keyvault-keys", "@microsoft/teams-ai/lib/authentication/Authentication.js"]) {
      expect(code).not.toContain(`node_modules/${name}/`.replace(/\.js\/$/, ""));
    }
    expect(code).toContain('require("botbuilder-dialogs")');
  }, 90_000);

  it("names the TypeScript source in a stack trace through the bundle", async () => {
    const out = await node(
      `require(${JSON.stringify(path.join(OUT, "compile-cache.js"))});
       const { buildProgram } = require(${JSON.stringify(path.join(OUT, "cli.js"))});
       try { buildProgram({}).parse(["node", "samverkan", "--version"]); } catch (e) { console.log(e.stack); }`,
    );
    expect(out).toContain("io.out is not a function");
    expect(out).toMatch(new RegExp(`at .*\\(${path.join(ROOT, "bot", "cli", "main.ts").replace(/[/.]/g, "\\$&")}:\\d+:\\d+\\)`));
    expect(out).not.toContain(`${OUT}${path.sep}cli.js`);
  }, 90_000);
});

import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../../src/config/config";
import { openEmbeddedStore } from "../../../src/storage/embedded-open";
import { CONTAINERS } from "../../../src/storage/model";
import { localClient } from "../../../src/storage/store";
import { STORE_SEMI_SPACE_MB } from "../../../src/storage/store-process";

/*
 * The store process opens the embedded store without the Cosmos SDK (src/storage/embedded-open.ts): the
 * database and containers are made in the server's memory. They must be what the SDK's createIfNotExists
 * made (partition key, TTL, indexing), and the store process must not load the SDK at all.
 */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const REGISTER = path.join(ROOT, "tests", "durability", "ts-register.js");

describe("embedded store opened without the SDK", () => {
  it("has the containers of the model, as the SDK sees them, and keeps a write across a reopen", async () => {
    const config = loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-embedded-open-")) });
    const opened = await openEmbeddedStore(config, { owner: "bot", sweepMs: 0 });
    const client = localClient(opened.endpoint);
    const db = client.database(config.cosmos.database);
    for (const def of CONTAINERS) {
      const { resource } = await db.container(def.id).read();
      expect(resource?.partitionKey?.paths).toEqual([def.partitionKey]);
      expect(resource?.defaultTtl).toBe(def.defaultTtl);
      expect(resource?.indexingPolicy?.excludedPaths?.map((p) => p.path)).toEqual(def.indexingPolicy.excludedPaths.map((p) => p.path));
    }
    await db.container("work").items.create({ id: "w1", groupId: "g1", type: "probe" });
    client.dispose();
    await opened.close();

    const again = await openEmbeddedStore(config, { owner: "bot", sweepMs: 0 });
    const client2 = localClient(again.endpoint);
    const { resource } = await client2.database(config.cosmos.database).container("work").item("w1", "g1").read();
    expect(resource).toMatchObject({ id: "w1", type: "probe" });
    client2.dispose();
    await again.close();
  });

  it("the store process's entry point does not load @azure/cosmos", async () => {
    const script = `require(${JSON.stringify(path.join(ROOT, "src", "storage", "store-main.ts"))});
console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes("/node_modules/@azure/cosmos/")).length));`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["-r", REGISTER, "-e", script], { cwd: ROOT, timeout: 110_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))),
    );
    expect(Number(out.trim().split("\n").pop())).toBe(0);
  });

  it("forks the store process with its own young generation, keeping the bot's other node flags", async () => {
    const script = `const c = require(${JSON.stringify(path.join(ROOT, "src", "storage", "store-process.ts"))}).prepareStoreProcess();
const args = require("node:fs").readFileSync("/proc/" + c.pid + "/cmdline", "utf8").split("\\0");
console.log(JSON.stringify(args)); c.kill(); process.exit(0);`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["--max-semi-space-size=32", "-r", REGISTER, "-e", script], { cwd: ROOT, timeout: 110_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))),
    );
    const args = JSON.parse(out.trim().split("\n").pop()!) as string[];
    expect(args.filter((a) => a.startsWith("--max-semi-space-size"))).toEqual([`--max-semi-space-size=${STORE_SEMI_SPACE_MB}`]);
    expect(args).toContain(REGISTER); // the loader the store's TypeScript entry needs
    expect(args.some((a) => a.endsWith(`store-main.ts`))).toBe(true);
  });
});

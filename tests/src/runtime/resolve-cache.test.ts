import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/*
 * src/runtime/resolve-cache.ts works on Node's own module loader, which jest replaces: so each start is a
 * child `node` (TypeScript through tests/durability/ts-register.js) that requires a small module tree in
 * a checkout of its own, as the bot's entry points do: the answers of one start are used by the next,
 * and never once the file they name is gone or the build or the installed packages changed.
 */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const REGISTER = path.join(ROOT, "tests", "durability", "ts-register.js");

const SCRIPT = `
const { installResolveCache } = require(${JSON.stringify(path.join(ROOT, "src", "runtime", "resolve-cache.ts"))});
const root = process.env.CHECKOUT;
const cache = installResolveCache(root, require("node:path").join(root, "resolve.json"));
const value = require(require("node:path").join(root, "lib", "a.js"));
const counts = cache.counts();
cache.save();
console.log(JSON.stringify({ value, ...counts }));
`;

const start = (checkout: string) =>
  new Promise<{ value: string; reused: number; found: number }>((resolve, reject) =>
    execFile(process.execPath, ["-r", REGISTER, "-e", SCRIPT], { cwd: ROOT, timeout: 60_000, env: { ...process.env, CHECKOUT: checkout } }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout.trim().split("\n").pop()!)),
    ),
  );

describe("the module resolution cache (src/runtime/resolve-cache.ts)", () => {
  let checkout: string;
  const write = (f: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(checkout, f)), { recursive: true });
    fs.writeFileSync(path.join(checkout, f), text);
  };
  beforeEach(() => {
    checkout = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-resolve-cache-"));
    write("package.json", "{}");
    write("dist/.build-stamp", "1\n");
    write("node_modules/.package-lock.json", "{}");
    write("node_modules/dep/package.json", JSON.stringify({ name: "dep", exports: { ".": "./main.js" } }));
    write("node_modules/dep/main.js", `module.exports = "dep";`);
    write("lib/a.js", `module.exports = require("./b") + "+" + require("dep");`);
    write("lib/b.js", `module.exports = "file";`);
  });
  afterEach(() => fs.rmSync(checkout, { recursive: true, force: true }));

  it("answers the next start from the file, and Node again once a file it names is gone", async () => {
    expect(await start(checkout)).toEqual({ value: "file+dep", reused: 0, found: 3 });
    expect(await start(checkout)).toEqual({ value: "file+dep", reused: 3, found: 0 });
    fs.rmSync(path.join(checkout, "lib", "b.js"));
    write("lib/b/index.js", `module.exports = "folder";`);
    expect(await start(checkout)).toEqual({ value: "folder+dep", reused: 2, found: 1 });
  }, 120_000);

  it("forgets every answer when the build or the installed packages change", async () => {
    await start(checkout);
    // an install that changes what "dep" resolves to (its package.json exports): the old answer names a file still there
    write("node_modules/dep/other.js", `module.exports = "other";`);
    write("node_modules/dep/package.json", JSON.stringify({ name: "dep", exports: { ".": "./other.js" } }));
    write("node_modules/.package-lock.json", `{ "changed": true }`);
    expect(await start(checkout)).toEqual({ value: "file+other", reused: 0, found: 3 });
    write("dist/.build-stamp", "2, a later build\n");
    expect(await start(checkout)).toEqual({ value: "file+other", reused: 0, found: 3 });
  }, 120_000);
});

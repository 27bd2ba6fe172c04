import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/*
 * `npm start` and `npx samverkan` where the build cannot bundle (esbuild not installed: an npm that held back
 * its install script or left out optional dependencies, an unsupported platform): they run tsc's output
 * instead of failing, and never an older bundle left in dist/bundle. A project of its own in a temp folder
 * with this project's start and build scripts and package.json's start command, a one-file bot for tsc to
 * build, and node_modules holding typescript but no esbuild; started as a user does (npm start).
 */
const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPTS = ["start.js", "build-if-stale.js", "dist-entry.js", "bundle.js", "bundle-ascii.js"];

function run(cwd: string, command: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const env = { ...process.env };
  delete env.NODE_PATH;
  for (const k of Object.keys(env)) if (k.startsWith("npm_")) delete env[k];
  return new Promise((resolve) =>
    execFile(command, args, { cwd, env, timeout: 100_000 }, (e, out, err) => resolve({ code: e ? Number((e as { code?: unknown }).code ?? 1) : 0, out, err })),
  );
}

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-start-fallback-"));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "start-fallback-probe", private: true, scripts: { start: pkg.scripts.start } }));
  fs.mkdirSync(path.join(dir, "scripts"));
  for (const f of SCRIPTS) if (fs.existsSync(path.join(ROOT, "scripts", f))) fs.copyFileSync(path.join(ROOT, "scripts", f), path.join(dir, "scripts", f));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(ROOT, "bin", "samverkan.js"), path.join(dir, "bin", "samverkan.js"));
  fs.mkdirSync(path.join(dir, "bot", "cli"), { recursive: true });
  const ambient = "declare const require: any; declare const module: any; declare const console: any;\n";
  fs.writeFileSync(path.join(dir, "bot", "main.ts"), `${ambient}export function start(): void { console.log("the bot from tsc's output"); }\nif (require.main === module) start();\n`);
  fs.writeFileSync(path.join(dir, "bot", "cli", "main.ts"), `${ambient}export async function runCli(args: string[], io: { out(s: string): void }): Promise<number> { io.out("the CLI from tsc's output"); return 0; }\n`);
  fs.writeFileSync(
    path.join(dir, "tsconfig.build.json"),
    JSON.stringify({ compilerOptions: { outDir: "dist", rootDir: ".", module: "commonjs", target: "es2022", strict: true, types: [] }, include: ["bot/**/*.ts"] }),
  );
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(path.join(ROOT, "node_modules", "typescript"), path.join(dir, "node_modules", "typescript"), "dir");
  return dir;
}

describe("npm start without esbuild", () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("builds tsc's output and starts it, saying why; the CLI runs tsc's output too", async () => {
    const r = await run(dir, "npm", ["start"]);
    expect(r.err).toContain("esbuild");
    expect(r.err).toContain("dist/bundle was not built");
    expect(r.out).toContain("the bot from tsc's output");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "dist", ".build-stamp"), "utf8")).toMatch(/^no bundle: /m);
    const cli = await run(dir, process.execPath, ["bin/samverkan.js", "--help"]);
    expect(cli.out).toContain("the CLI from tsc's output");
  }, 120_000);

  it("never runs an older bundle left in dist/bundle; runs the bundle once a build made it", async () => {
    fs.mkdirSync(path.join(dir, "dist", "bundle"), { recursive: true });
    fs.writeFileSync(path.join(dir, "dist", "bundle", "main.js"), `console.log("an older bundle");\n`);
    fs.writeFileSync(path.join(dir, "dist", "bundle", "cli.js"), `exports.runCli = async (a, io) => (io.out("an older CLI bundle"), 0);\n`);
    const stale = await run(dir, "npm", ["start"]);
    expect(stale.err).toContain("build skipped");
    expect(stale.out).toContain("the bot from tsc's output");
    expect(stale.out).not.toContain("an older bundle");
    expect((await run(dir, process.execPath, ["bin/samverkan.js"])).out).toContain("the CLI from tsc's output");
    // a build that bundled leaves a stamp without the "no bundle" line
    fs.writeFileSync(path.join(dir, "dist", ".build-stamp"), `${new Date().toISOString()}\n`);
    const bundled = await run(dir, "npm", ["start"]);
    expect(bundled.out).toContain("an older bundle");
    expect((await run(dir, process.execPath, ["bin/samverkan.js"])).out).toContain("an older CLI bundle");
  }, 120_000);
});

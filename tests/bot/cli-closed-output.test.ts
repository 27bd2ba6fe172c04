import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/*
 * `samverkan route --json --stdin | head -1`: the reader closes the pipe after the first line. The CLI stops writing
 * and ends with the command's own exit code, without a stack trace (an EPIPE error event used to crash the process).
 * bin/samverkan.js runs here in a project of its own in a temp folder, with a CLI that writes many lines.
 */
const ROOT = path.resolve(__dirname, "..", "..");

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-closed-output-"));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.copyFileSync(path.join(ROOT, "bin", "samverkan.js"), path.join(dir, "bin", "samverkan.js"));
  fs.copyFileSync(path.join(ROOT, "scripts", "dist-entry.js"), path.join(dir, "scripts", "dist-entry.js"));
  fs.mkdirSync(path.join(dir, "dist", "bot", "cli"), { recursive: true });
  fs.writeFileSync(path.join(dir, "dist", ".build-stamp"), "now\nno bundle: test\n");
  fs.writeFileSync(
    path.join(dir, "dist", "bot", "cli", "main.js"),
    `exports.runCli = async (args, io) => { for (let i = 0; i < 20000; i++) { io.out("line " + i + " " + "x".repeat(200)); if (i % 500 === 0) await new Promise((r) => setTimeout(r, 1)); } return 3; };\n`,
  );
  return dir;
}

describe("the CLI's output closed by its reader", () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stops writing and ends with the command's exit code, no stack trace", async () => {
    const child = spawn(process.execPath, ["bin/samverkan.js", "route", "--json", "--stdin"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).not.toMatch(/EPIPE|Unhandled|at /);
    expect(code).toBe(3);
  }, 60_000);
});

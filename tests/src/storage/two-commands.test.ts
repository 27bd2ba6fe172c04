import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { lockPath, readLock } from "../../../src/storage/embedded";

/*
 * Two `samverkan` commands at once on one DATA_DIR (no bot running): the second waits for the first, which holds the
 * store only for its own run, and then opens it itself — both answer. (It used to attach to the first command's
 * server and fail with "connect ECONNREFUSED" the moment the first ended.) Real processes: bot/cli/main.ts run from
 * the TypeScript sources, the second started once the first holds the lock.
 */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const REGISTER = path.join(ROOT, "tests", "durability", "ts-register.js");

jest.setTimeout(300_000);

function command(dataDir: string, args: string[], stdin?: string): { pid: number; done: Promise<{ code: number | null; out: string; err: string }> } {
  const script = `require(${JSON.stringify(path.join(ROOT, "bot", "cli", "main.ts"))}).runCli(${JSON.stringify(args)}, { out: (s) => process.stdout.write(s + "\\n"), err: (s) => process.stderr.write(s + "\\n") }).then((c) => process.exit(c))`;
  const child = spawn(process.execPath, ["-r", REGISTER, "-e", script], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  child.stdin.end(stdin ?? "");
  return { pid: child.pid!, done: new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err }))) };
}

describe("two commands at once on one DATA_DIR", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-two-commands-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("the second waits for the first and both answer", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ question: `Vem samordnar röntgen i VGR? (${i})` })).join("\n");
    const first = command(dataDir, ["route", "--json", "--stdin"], lines);
    // the second starts while the first holds the store
    const deadline = Date.now() + 200_000;
    while (readLock(dataDir)?.pid !== first.pid && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(fs.existsSync(lockPath(dataDir))).toBe(true);
    const second = command(dataDir, ["route", "--json", "Vem utser ordförande i samverkansnämndens ledningsgrupp?"]);
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.err).toBe("");
    expect(a.code).toBe(0);
    expect(a.out.trim().split("\n")).toHaveLength(300);
    expect(b.err).toBe("");
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out).owner.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

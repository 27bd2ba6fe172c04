import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../../bot/cli/main";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err, text: () => out.join("\n"), errText: () => err.join("\n") };
}

describe("samverkan digest --dry-run", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-digest-"));
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z", TIME_ZONE: "Europe/Stockholm" };
  const run = async (args: string[]) => {
    const c = io();
    const code = await runCli(args, c.io, env);
    return { code, ...c };
  };

  it("with no subscriptions prints one digest per catalog group with the governance duties of the sample mandates", async () => {
    const r = await run(["digest", "--dry-run", "--week", "2027-W06"]);
    if (process.env.DIGEST_PRINT) console.log(r.text());
    expect(r.errText()).toBe("");
    expect(r.code).toBe(0);
    const json = await run(["digest", "--dry-run", "--week", "2027-W06", "--json"]);
    const entries = JSON.parse(json.text()) as { groupId: string; digest: { week: string; groups: { governance: { code: string }[] }[] }; cardBytes: number }[];
    if (process.env.DIGEST_PRINT) console.log(JSON.stringify(entries.map((e) => [e.groupId, e.digest.groups[0]!.governance]), null, 1));
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.every((e) => e.digest.week === "2027-W06" && e.cardBytes < 28 * 1024)).toBe(true);
  });
});

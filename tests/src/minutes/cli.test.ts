import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../../bot/cli/main";

/** The minutes CLI on its own (no bot running): load, request, changes, approve, show, audit, settings. */
const NOW = "2026-11-23T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("samverkan minutes", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-minutes-cli-"));
  const run = async (args: string[], now = NOW) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, { DATA_DIR: dataDir, SAMVERKAN_NOW: now });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const ok = async (args: string[], now = NOW) => {
    const r = await run(args, now);
    if (r.code !== 0) throw new Error(`${args.join(" ")}: ${r.err}`);
    return r.out;
  };

  it("runs the whole approval from the command line with --as, and reports it", async () => {
    await ok(["roles", "set", GROUP, "chair", "aad-chair", "--name", "Carl", "--tenant", "t1"]);
    await ok(["roles", "set", GROUP, "adjuster", "aad-adj", "--name", "Bertil", "--tenant", "t1"]);
    expect((await run(["minutes", "settings", GROUP, "--approvers", "chair,nobody"])).err).toMatch(/INVALID_INPUT: Please check: approver roles: one or more of chair/);
    expect(await ok(["minutes", "settings", GROUP])).toMatch(/approvers chair, adjuster; 7 day\(s\)/);
    // The meeting was planned before it took place; approval is asked for after it.
    const meeting = JSON.parse(await ok(["meetings", "add", GROUP, "--at", "2026-11-20T13:00", "--json"], "2026-11-19T12:00:00Z"));
    const file = path.join(dataDir, "m.md");
    fs.writeFileSync(file, "Närvarande: Carl, Bertil\n## 1. Budget\nDiskussion.\nBeslut: Fastställd.\n");
    const bad = path.join(dataDir, "bad.md");
    fs.writeFileSync(bad, "Beslut: före första paragrafen\n");
    const badRun = await run(["minutes", "load", meeting.id, bad]);
    expect(badRun.code).toBe(1);
    expect(badRun.err).toMatch(/line 1: "Beslut: före första paragrafen" comes before the first item/);
    expect((await run(["minutes", "load", "meeting:nope", file])).err).toMatch(/UNKNOWN_MEETING: There is no such meeting\. Type meetings <group> .*samverkan meetings list <group>/);
    // A file holding a personal identity number (any dash) is refused and nothing is stored.
    const pnr = path.join(dataDir, "pnr.md");
    fs.writeFileSync(pnr, "## 1. Ärende\nBeslut: Anna Andersson 19121212\u20131212 får bidrag.\n");
    const refused = await run(["minutes", "load", meeting.id, pnr]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/PERSONAL_DATA: .*personal identity number/);
    expect(refused.err).not.toMatch(/1212/);
    expect((await run(["minutes", "show", meeting.id])).err).toMatch(/no minutes/);

    expect(await ok(["minutes", "load", meeting.id, file])).toMatch(/^loaded: minutes:meeting:.*, 1 item\(s\), version v1 · [0-9a-f]{8}$/);
    expect(await ok(["minutes", "request", meeting.id])).toMatch(/approval requested: Carl, Bertil; approve by 2026-11-30/);
    expect((await run(["minutes", "approve", meeting.id, "--as", "aad-x"])).err).toMatch(/NOT_AN_APPROVER/);
    expect(await ok(["minutes", "changes", meeting.id, "--as", "aad-adj", "--name", "Bertil", "--comment", "Stavfel i § 1", "--item", "1"])).toMatch(/change request recorded/);
    expect(await ok(["minutes", "approve", meeting.id, "--as", "aad-chair", "--name", "Carl"])).toBe("approved (1/2)");
    expect(await ok(["minutes", "approve", meeting.id, "--as", "aad-adj", "--name", "Bertil"])).toMatch(/everyone approved; the minutes are locked/);
    expect((await run(["minutes", "load", meeting.id, file])).out).toMatch(/^unchanged/);

    const show = await ok(["minutes", "show", meeting.id]);
    expect(show).toMatch(/Status: approved; version v1/);
    expect(show).toMatch(/Carl <aad-chair> \(chair\): approved 2026-11-23 13:00/);
    expect(show).toMatch(/§ 1 Budget\n  Diskussion\.\n  Decision: Fastställd\./);
    const audit = JSON.parse(await ok(["minutes", "audit", meeting.id, "--json"]));
    expect(audit.entries.map((e: { action: string; actor: { name: string; via?: string } }) => `${e.action}:${e.actor.name}:${e.actor.via}`)).toEqual([
      expect.stringMatching(/^load:.*\(CLI\):cli$/),
      expect.stringMatching(/^request:.*\(CLI\):cli$/),
      "requestChanges:Bertil:cli",
      "approve:Carl:cli",
      "approve:Bertil:cli",
      "approved:Bertil:cli",
      "distribute:Samverkan:system",
    ]);
    expect(await ok(["minutes", "audit", meeting.id])).toMatch(/requestChanges v1 · [0-9a-f]{8}  Bertil aad:aad-adj via cli: Stavfel i § 1/);
    expect(await ok(["minutes", "list", GROUP])).toMatch(/2026-11-20  approved  v1 · /);
  }, 120_000);
});

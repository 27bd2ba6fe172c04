import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../../bot/cli/main";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err, text: () => out.join("\n"), errText: () => err.join("\n") };
}

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("samverkan roles | meetings | agenda | items | audit", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-agenda-"));
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z", TIME_ZONE: "Europe/Stockholm" };
  const run = async (args: string[]) => {
    const c = io();
    const code = await runCli(args, c.io, env);
    return { code, ...c };
  };

  it("sets and lists roles by forgiving group name, JSON and text", async () => {
    const set = await run(["roles", "set", "samverkansgruppen i Västmanland", "ordförande", "aad-chair", "--name", "Cecilia Chair"]);
    expect(set.errText()).toBe("");
    expect(set.code).toBe(0);
    expect(set.text()).toMatch(/chair = Cecilia Chair <aad-chair>/);
    expect((await run(["roles", "set", GROUP, "member", "29:teams-member", "--name", "Mats", "--region", "Köping", "--tenant", "t1"])).code).toBe(0);
    expect((await run(["roles", "set", GROUP, "sekreterare", "aad-sec", "--name", "Sara"])).code).toBe(0);
    const replaced = await run(["roles", "set", GROUP, "chair", "aad-chair-2", "--name", "Carl"]);
    expect(replaced.text()).toMatch(/replaces Cecilia Chair <aad-chair>/);

    const list = await run(["roles", "list", GROUP, "--json"]);
    expect(list.code).toBe(0);
    const roles = JSON.parse(list.text()) as { role: string; aadObjectId?: string; teamsId?: string; region?: string; tenantId?: string }[];
    expect(roles.map((r) => r.role)).toEqual(["chair", "secretary", "member"]);
    expect(roles[0]).toMatchObject({ aadObjectId: "aad-chair-2" });
    expect(roles[2]).toMatchObject({ teamsId: "29:teams-member", region: "Köping", tenantId: "t1" });
    const text = await run(["roles", "list", GROUP]);
    expect(text.text()).toMatch(/member\s+Mats <29:teams-member>, Köping/);
  });

  it("refuses bad input with a clear message and a non-zero exit", async () => {
    const badRole = await run(["roles", "set", GROUP, "king", "x"]);
    expect(badRole.code).toBe(2);
    expect(badRole.errText()).toMatch(/unknown role "king"/);
    const badGroup = await run(["roles", "list", "no such group anywhere", "--json"]);
    expect(badGroup.code).toBe(1);
    expect(badGroup.errText()).toMatch(/no group matches/);
    const badTime = await run(["meetings", "add", GROUP, "--at", "next tuesday"]);
    expect(badTime.code).toBe(1);
    expect(badTime.errText()).toMatch(/INVALID_INPUT.*at: not a date-time/);
    const past = await run(["meetings", "add", GROUP, "--at", "2026-01-10T10:00"]);
    expect(past.errText()).toMatch(/in the past/);
    const missing = await run(["meetings", "add", GROUP]);
    expect(missing.code).not.toBe(0);
  });

  it("plans, lists, moves and cancels meetings with deadlines around Christmas", async () => {
    const add = await run(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås", "--json"]);
    expect(add.errText()).toBe("");
    const m = JSON.parse(add.text());
    expect(m).toMatchObject({ date: "2027-01-12", time: "13:00", startsAt: "2027-01-12T12:00:00.000Z", place: "Västerås", dates: { itemDeadline: "2026-12-22", kallelseDate: "2027-01-05" } });
    const second = await run(["meetings", "add", GROUP, "--at", "2027-02-09T09:00:00+01:00", "--url", "https://teams.microsoft.com/l/meetup-join/x"]);
    expect(second.text()).toMatch(/planned 2027-02-09 09:00/);

    const list = JSON.parse((await run(["meetings", "list", GROUP, "--json"])).text()) as { id: string; date: string; revision: number }[];
    expect(list.map((x) => x.date)).toEqual(["2027-01-12", "2027-02-09"]);
    const moved = await run(["meetings", "move", GROUP, m.id, "--at", "2027-01-13T13:00", "--revision", "1"]);
    expect(moved.errText()).toBe("");
    expect(moved.text()).toMatch(/moved to 2027-01-13 13:00 \(revision 2\); items due 2026-12-23, kallelse 2027-01-05/);
    const stale = await run(["meetings", "move", GROUP, m.id, "--at", "2027-01-14T13:00", "--revision", "1"]);
    expect(stale.code).toBe(1);
    expect(stale.errText()).toMatch(/STALE_REVISION.*current revision 2/);
    expect((await run(["meetings", "cancel", GROUP, list[1]!.id, "--revision", "1", "--reason", "krockar"])).code).toBe(0);
    const text = await run(["meetings", "list", GROUP]);
    expect(text.text()).toMatch(/✗ 2027-02-09 09:00/);

    const agenda = await run(["agenda", GROUP, "--json"]);
    expect(agenda.code).toBe(0);
    expect(JSON.parse(agenda.text())).toMatchObject({ meeting: { id: m.id }, items: [], pending: [] });
    expect((await run(["items", "list", GROUP, "--json"])).text()).toBe("[]");
  });

  it("submits and triages items on someone's behalf, with the role checked", async () => {
    const sub = await run(["items", "submit", GROUP, "--title", "Gemensam rutin", "--description", "Förslag", "--kind", "beslut", "--link", "https://e.se/a", "--as", "aad-anna", "--name", "Anna", "--json"]);
    expect(sub.errText()).toBe("");
    const item = JSON.parse(sub.text());
    expect(item).toMatchObject({ status: "submitted", revision: 1, late: false, submitter: { aadObjectId: "aad-anna", name: "Anna" }, links: ["https://e.se/a"] });
    const badLink = await run(["items", "submit", GROUP, "--title", "Titel", "--description", "x", "--link", "javascript:alert(1)"]);
    expect(badLink.code).toBe(1);
    expect(badLink.errText()).toMatch(/INVALID_INPUT.*links\.0: not an http\(s\) link/);

    const refused = await run(["items", "triage", GROUP, item.id, "accept", "--revision", "1", "--as", "aad-anna"]);
    expect(refused.code).toBe(1);
    expect(refused.errText()).toMatch(/NOT_ALLOWED/);
    const noReason = await run(["items", "triage", GROUP, item.id, "reject", "--revision", "1", "--as", "aad-sec"]);
    expect(noReason.errText()).toMatch(/reason: required/);
    const ok = await run(["items", "triage", GROUP, item.id, "accept", "--revision", "1", "--as", "aad-sec"]);
    expect(ok.errText()).toBe("");
    expect(ok.text()).toMatch(/^accepted \[item:.* r2\]$/);
    const again = await run(["items", "triage", GROUP, item.id, "accept", "--revision", "1", "--as", "aad-chair-2"]);
    expect(again.errText()).toMatch(/ALREADY_HANDLED.*by aad-sec.*current revision 2/);
    const agenda = await run(["agenda", GROUP]);
    expect(agenda.text()).toMatch(/1\. Gemensam rutin \(beslut\)/);
  });

  it("shows the audit log as JSON and text", async () => {
    const a = await run(["audit", GROUP, "--json"]);
    expect(a.code).toBe(0);
    const entries = JSON.parse(a.text()) as { action: string; actor: { userId: string } }[];
    expect(entries.map((e) => e.action)).toEqual(["role.set", "role.set", "role.set", "role.set", "meeting.create", "meeting.create", "meeting.reschedule", "meeting.cancel", "item.submit", "item.accept"]);
    expect(entries.slice(0, 8).every((e) => e.actor.userId.startsWith("cli:"))).toBe(true);
    expect(entries.slice(8).map((e) => e.actor.userId)).toEqual(["aad-anna", "aad-sec"]);
    const t = await run(["audit", GROUP]);
    expect(t.text()).toMatch(/meeting\.reschedule\s+meeting:/);
  });
});

describe("samverkan kallelser: due, queued or unsent", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-kallelser-"));
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z", TIME_ZONE: "Europe/Stockholm" };
  const run = async (args: string[]) => {
    const c = io();
    const code = await runCli(args, c.io, env);
    return { code, ...c };
  };
  it("lists a group without a home channel as unsent, and the scheduler queues nothing for it", async () => {
    const m = JSON.parse((await run(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--json"])).text());
    expect(JSON.parse((await run(["kallelser", "--at", "2027-01-05T06:59:00Z", "--json"])).text())).toEqual([]);
    const due = JSON.parse((await run(["kallelser", "--at", "2027-01-05T07:00:00Z", "--json"])).text());
    expect(due).toEqual([expect.objectContaining({ groupId: GROUP, meetingId: m.id, state: "unsent", reason: "no home channel", items: 0 })]);
    const run1 = JSON.parse((await run(["scheduler", "run", "--at", "2027-01-05T07:00:00Z", "--job", "kallelse", "--json"])).text());
    expect(run1.runs[0].enqueued).toEqual([]);
    expect((await run(["kallelser", "--at", "2027-01-05T07:00:00Z"])).text()).toMatch(/2027-01-12 13:00 .* unsent \(no home channel\)/);
    const bad = await run(["kallelser", "--at", "tomorrow"]);
    expect(bad.code).toBe(2);
    expect(bad.errText()).toMatch(/not an ISO instant/);
  });
});

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

describe("samverkan digest: per subscribed channel, options and bad input", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-digest2-"));
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: "2027-02-01T09:00:00Z", TIME_ZONE: "Europe/Stockholm" };
  const run = async (args: string[]) => {
    const c = io();
    const code = await runCli(args, c.io, env);
    return { code, ...c };
  };
  const G = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

  it("the five sample mandates' governance duties, in English with --lang en", async () => {
    const r = await run(["digest", "--dry-run", "--week", "2027-W06", "--lang", "en"]);
    expect(r.code).toBe(0);
    const text = r.text();
    expect(text).toMatch(/Annual report \(skriftlig årlig verksamhetsberättelse\) due by 28 February 2027 to Samverkansnämndens ledningsgrupp\./);
    expect(text).toMatch(/The mandate was to be revised "Våren 2017" \(by 30 June 2017\); that date has passed\./);
    expect(text).toMatch(/The mandate still has placeholders: "Ansvarsområde: xxx"/);
    // Mellansverige's seven regions come from the catalog; no member has been named yet, so all are missing
    expect(text).toMatch(/Every region is to take part, but none represents: Region Dalarna, Region Gävleborg, Region Sörmland, Region Uppsala, Region Värmland, Region Västmanland, Region Örebro län\./);
    expect(text).toMatch(/Annual duty: skriftlig årlig verksamhetsberättelse to Samverkansnämndens landstings- och regiondirektörsgrupp \(the mandate gives no date\)\./);
    expect(text).toMatch(/Nothing to report this week\./);
    expect(text.match(/^=== group /gm)).toHaveLength(5);
  });

  it("with a subscription: one digest per subscribed channel, with its outbox id and send time (Easter Monday → Tuesday)", async () => {
    expect((await run(["roles", "set", G, "chair", "aad-chair", "--name", "Carl"])).code).toBe(0);
    expect((await run(["meetings", "add", G, "--at", "2027-04-01T13:00", "--place", "Västerås"])).code).toBe(0);
    // bind and subscribe through the services (the Teams commands are tested in tests/bot/digest.test.ts)
    const { createCliContext } = await import("../../../bot/cli/context");
    const ctx = createCliContext(io().io, env);
    await ctx.withServices(async (s) => {
      const admin = { userId: "cli-admin", isAdmin: true, name: "CLI" };
      expect((await s.agenda.bindChannel(admin, G, { tenantId: "t1", teamId: "team", channelId: "19:c@thread.tacv2", conversationId: "19:c@thread.tacv2" })).ok).toBe(true);
      expect((await s.digest.subscribe(admin, { tenantId: "t1", conversationId: "19:c@thread.tacv2" }, { language: "en" })).ok).toBe(true);
    });
    const r = await run(["digest", "--dry-run", "--week", "2027-W13", "--json"]);
    expect(r.errText()).toBe("");
    const entries = JSON.parse(r.text()) as { channel: string; subscribed: boolean; language: string; outboxId: string; sendAt: string; digest: { groups: { meetings: unknown[] }[] } }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ channel: "19:c@thread.tacv2", subscribed: true, language: "en", outboxId: "digest:19:c@thread.tacv2:2027-W13", sendAt: "2027-03-30T06:00:00.000Z" });
    expect(entries[0]!.digest.groups[0]!.meetings).toHaveLength(1);
    const human = await run(["digest", "--dry-run", "--week", "2027-W13", "--channel", "19:c@thread.tacv2"]);
    expect(human.text()).toMatch(/Meetings in the next two weeks:\n {2}- 1 April 2027 at 13:00, Västerås/);
  });

  it("bad input: a clear message on stderr and a non-zero exit", async () => {
    const noDry = await run(["digest"]);
    expect(noDry.code).toBe(2);
    expect(noDry.errText()).toMatch(/only --dry-run/);
    const badWeek = await run(["digest", "--dry-run", "--week", "2027-06"]);
    expect(badWeek.code).toBe(2);
    expect(badWeek.errText()).toMatch(/--week: not an ISO week/);
    expect((await run(["digest", "--dry-run", "--week", "2026-W54"])).code).toBe(2);
    const badLang = await run(["digest", "--dry-run", "--lang", "de"]);
    expect(badLang.code).toBe(2);
    const unbound = await run(["digest", "--dry-run", "--channel", "19:nothing@thread.tacv2"]);
    expect(unbound.code).toBe(1);
    expect(unbound.errText()).toMatch(/no group has 19:nothing@thread.tacv2 as its home channel/);
  });
});

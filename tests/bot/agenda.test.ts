import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { say, startBot } from "../support/harness";
import { runCli } from "../../bot/cli/main";

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, text: () => out.join("\n"), errText: () => err.join("\n") };
}

describe("agenda in Teams: channel binding and the agenda command", () => {
  let connector: FakeConnector;
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    connector = await startFakeConnector();
    // Admins set: the chair is not an admin, a stranger is nobody.
    bot = await startBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: "2026-11-23T12:00:00Z" });
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  const cli = async (args: string[]) => {
    const c = io();
    const code = await runCli(args, c.io, { DATA_DIR: bot.dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z" });
    if (code !== 0) throw new Error(`${args.join(" ")}: ${c.errText()}`);
    return c.text();
  };

  it("binds a channel only for an admin, chair or secretary, and only in a channel", async () => {
    const [personal] = await say(bot, connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", aadObjectId: "aad-admin" });
    expect(personal.text).toMatch(/i den kanal som ska vara gruppens hemkanal/);
    const [stranger] = await say(bot, connector, { text: "link this channel to samverkansgruppen i Västmanland", conversationType: "channel", userId: "29:x", aadObjectId: "aad-x" });
    expect(stranger.text).toMatch(/Only an admin or the group's chair or secretary/);

    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara"]);
    const [ok] = await say(bot, connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", conversationId: "19:channel-1@thread.tacv2;messageid=123", userId: "29:sec", aadObjectId: "aad-sec", locale: "sv-SE" });
    expect(ok.text).toMatch(/hemkanal för \*\*Länsgemensam samverkansgrupp/);
    const [unknown] = await say(bot, connector, { text: "link this channel to nonexistent board of nothing", conversationType: "channel", aadObjectId: "aad-admin" });
    expect(unknown.text).toMatch(/can't find a group/);

    const audit = JSON.parse(await cli(["audit", GROUP, "--json"])) as { action: string; details: { channelId?: string } }[];
    expect(audit.find((e) => e.action === "binding.set")?.details.channelId).toBe("19:channel-1@thread.tacv2");
  });

  it("shows the next meeting's agenda by group name, or for the groups bound to the channel", async () => {
    const [none] = await say(bot, connector, { text: "dagordning samverkansgruppen i Västmanland", locale: "sv-SE" });
    expect(none.text).toMatch(/har inget planerat möte/);
    await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås"]);
    const [reply] = await say(bot, connector, { text: "agenda", conversationType: "channel", locale: "en-US" });
    expect(reply.text).toMatch(/\*\*Agenda for Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor, 2027-01-12 at 13:00\*\*/);
    expect(reply.text).toMatch(/Items due: 2026-12-22\. Kallelse \(notice\): 2027-01-05\./);
    expect(reply.text).toMatch(/No items are on the agenda yet/);
    const [which] = await say(bot, connector, { text: "agenda", locale: "en-US" });
    expect(which.text).toMatch(/Which group\?/);
  });
});

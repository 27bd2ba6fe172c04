import { cliAgainst } from "../support/cli";
import { BOT_ID, say } from "../support/harness";
import { useBot } from "../support/use-bot";


const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const NOW = "2026-11-23T12:00:00Z";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });

const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const mention = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ type: "mention", text: `<at>${name}</at>`, mentioned: { id, name, ...extra } });
const botMention = mention(BOT_ID, "Samverkan");
const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada" };
const stranger = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier" };

/** A channel message addressed to the bot, naming people by @mention. */
const inChannel = (who: typeof admin, text: string, people: ReturnType<typeof mention>[], locale = "sv-SE") =>
  say(ctx.bot, ctx.connector, { ...who, conversationType: "channel", locale, text: `<at>Samverkan</at> ${text}`, entities: [botMention, ...people] });

type Person = { teamsId?: string; aadObjectId?: string; name: string; region?: string; tenantId?: string };
const roles = async () => (JSON.parse(await cli(["roles", "list", GROUP, "--json"])) as ({ role: string } & Person)[]).map(({ role, ...person }) => ({ role, person }));

describe("roles by @mention in Teams", () => {
  beforeAll(() => {
    // The team's member records give the Entra object id when the mention entity lacks it.
    const members = [
      { id: "29:sara", name: "Sara Svensson", aadObjectId: "aad-sara" },
      { id: "29:mia", name: "Mia Månsson", aadObjectId: "aad-mia" },
    ];
    ctx.connector.members.set("19:team-1@thread.tacv2", members);
    ctx.connector.members.set("19:channel-1@thread.tacv2", members);
  });

  it("an admin appoints the secretary: the person is the mention entity (Teams id + Entra id from the member record)", async () => {
    const [reply] = await inChannel(admin, "sätt sekreterare samverkansgruppen i Västmanland <at>Sara Svensson</at>", [mention("29:sara", "Sara Svensson")]);
    expect(reply.text).toMatch(/Sara Svensson är nu sekreterare i Länsgemensam samverkansgrupp/);
    expect((await roles()).find((r) => r.role === "secretary")?.person).toMatchObject({ teamsId: "29:sara", aadObjectId: "aad-sara", name: "Sara Svensson", tenantId: "tenant-1" });
    const audit = JSON.parse(await cli(["audit", GROUP, "--json"])) as { action: string; actor: { userId: string } }[];
    expect(audit.filter((e) => e.action === "role.set").map((e) => e.actor.userId)).toEqual(["aad-admin"]);
  });

  it("never takes the person from free text: no mention, two mentions or a typed <at> without an entity are refused", async () => {
    const [none] = await inChannel(admin, "sätt ordförande samverkansgruppen i Västmanland Carl", []);
    expect(none.text).toMatch(/Nämn personen med @/);
    // An English command in an English client is answered in English.
    const [typed] = await inChannel(admin, "set chair samverkansgruppen i Västmanland <at>Carl</at>", [], "en-US");
    expect(typed.text).toMatch(/Name the person with an @mention/);
    const [two] = await inChannel(admin, "sätt ordförande samverkansgruppen i Västmanland <at>Sara</at> <at>Mia</at>", [mention("29:sara", "Sara"), mention("29:mia", "Mia")]);
    expect(two.text).toMatch(/Nämn personen med @/);
    const [usage] = await inChannel(admin, "sätt ordförande", []);
    expect(usage.text).toMatch(/sätt\*\* _roll grupp_ \*\*@person/);
    expect((await roles()).some((r) => r.role === "chair")).toBe(false);
  });

  it("only admins appoint chair, vice chair and secretary; the chair or secretary appoints members, co-opted and adjusters", async () => {
    const sara = { userId: "29:sara", aadObjectId: "aad-sara", userName: "Sara Svensson" };
    const [x] = await inChannel(stranger, "set vice chair samverkansgruppen i Västmanland <at>Mia</at>", [mention("29:mia", "Mia Månsson")], "en-US");
    expect(x.text).toMatch(/Only an admin can appoint the chair, vice chair and secretary/);
    const [s] = await inChannel(sara, "sätt ordförande samverkansgruppen i Västmanland <at>Mia</at>", [mention("29:mia", "Mia Månsson")]);
    expect(s.text).toMatch(/Bara en administratör kan utse ordförande/);
    const [y] = await inChannel(stranger, "set member samverkansgruppen i Västmanland <at>Mia</at>", [mention("29:mia", "Mia Månsson")], "en-US");
    expect(y.text).toMatch(/Only an admin or the group's chair or secretary can appoint members, co-opted members and adjusters/);

    // The secretary appoints a member (with the region after the mention) and a co-opted member; a
    // mention entity that carries the Entra id is used as is.
    const [m] = await inChannel(sara, "sätt ledamot samverkansgruppen i Västmanland <at>Mia Månsson</at> Region Västmanland", [mention("29:mia", "Mia Månsson")]);
    expect(m.text).toMatch(/Mia Månsson är nu ledamot/);
    const [c] = await inChannel(sara, "set co-opted samverkansgruppen i Västmanland <at>Olle</at>", [mention("29:olle", "Olle", { aadObjectId: "aad-olle" })], "en-US");
    expect(c.text).toMatch(/Olle is now co-opted member of /);
    const all = await roles();
    expect(all.find((r) => r.role === "member")?.person).toMatchObject({ aadObjectId: "aad-mia", region: "Region Västmanland" });
    expect(all.find((r) => r.role === "coopted")?.person).toMatchObject({ teamsId: "29:olle", aadObjectId: "aad-olle" });

    // A member may not appoint; the admin replaces the secretary (one holder) and is told whom it replaced.
    const mia = { userId: "29:mia", aadObjectId: "aad-mia", userName: "Mia Månsson" };
    const [n] = await inChannel(mia, "sätt justerare samverkansgruppen i Västmanland <at>Olle</at>", [mention("29:olle", "Olle")]);
    expect(n.text).toMatch(/Bara en administratör eller gruppens ordförande eller sekreterare kan utse ledamöter/);
    const [r] = await inChannel(admin, "sätt sekreterare samverkansgruppen i Västmanland <at>Mia</at>", [mention("29:mia", "Mia Månsson")]);
    expect(r.text).toMatch(/Mia Månsson är nu sekreterare .*\(Ersätter Sara Svensson\.\)/);
  });
});

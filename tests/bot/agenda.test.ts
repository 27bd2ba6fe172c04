import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, post, say, startBot } from "../support/harness";
import { validateCard } from "../support/cards";
import { runCli } from "../../bot/cli/main";


const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const OTHER = "sjukvardsregion-mellansverige:ledningsgrupp";

const triage = (connector: FakeConnector, data: Record<string, unknown>, who: { userId: string; aadObjectId: string; userName: string }) =>
  activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale: "en-US", value: { action: { type: "Action.Execute", verb: "agenda.triage", data }, trigger: "manual" } });

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

  it("says a kind of group is a template, not a group one can submit to, and names its groups", async () => {
    const [vcg] = await say(bot, connector, { text: "anmäl ärende verksamhetschefsgrupp", locale: "sv-SE" });
    expect(vcg.text).toMatch(/\*\*Verksamhetschefsgrupper\*\* är en typ av grupp/);
    expect(vcg.text).toMatch(/Katalogen har ingen sådan grupp ännu/);
    const [en] = await say(bot, connector, { text: "submit item verksamhetschefsgrupperna", locale: "en-US" });
    expect(en.text).toMatch(/\*\*Verksamhetschefsgrupper\*\* is a kind of group .*The catalog has no such group yet/);
    const [unknown] = await say(bot, connector, { text: "anmäl ärende styrelsen för ingenting", locale: "sv-SE" });
    expect(unknown.text).toMatch(/Jag hittar ingen grupp som heter "styrelsen för ingenting"/);
  });

  it("shows the next meeting's agenda by group name, or for the groups bound to the channel", async () => {
    const [none] = await say(bot, connector, { text: "dagordning samverkansgruppen i Västmanland", locale: "sv-SE" });
    expect(none.text).toMatch(/har inget planerat möte/);
    await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås"]);
    const [reply] = await say(bot, connector, { text: "agenda", conversationType: "channel", locale: "en-US" });
    expect(reply.text).toMatch(/\*\*Agenda for Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor, 12 January 2027 at 13:00\*\*/);
    expect(reply.text).toMatch(/Items due: 22 December 2026\. Kallelse \(notice\): 5 January 2027\./);
    // Teams joins single line breaks: the place and the deadlines are paragraphs of their own (issue 14).
    expect(reply.text).toMatch(/\*\*\n\n[^\n]*Västerås\n\nItems due/);
    expect(reply.text).toMatch(/No items are on the agenda yet/);
    const [which] = await say(bot, connector, { text: "agenda", locale: "en-US" });
    expect(which.text).toMatch(/Which group\?/);
  });
  it("triages from a card: role and revision checked on the server, one winner, the submitter told 1:1", async () => {
    const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
    const stranger = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier" };
    await cli(["roles", "set", GROUP, "chair", "aad-chair", "--name", "Carl"]);
    const carl = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl" };
    const item = JSON.parse(await cli(["items", "submit", GROUP, "--title", "Gemensam rutin", "--description", "Förslag om rutin", "--kind", "beslut", "--as", "aad-anna", "--name", "Anna", "--tenant", "tenant-1", "--json"]));
    const data = { groupId: GROUP, itemId: item.id, revision: 1, action: "accept" };

    const refused = await post(bot, triage(connector, data, stranger));
    expect(refused.status).toBe(200);
    expect(JSON.stringify(refused.body)).toMatch(/Only the group's chair, vice chair or secretary/);
    // Tampered card data: another group (where Sara has no role), another item id, a stale revision, junk.
    expect(JSON.stringify((await post(bot, triage(connector, { ...data, groupId: OTHER }, sara))).body)).toMatch(/Only the group's chair/);
    expect(JSON.stringify((await post(bot, triage(connector, { ...data, itemId: "item:not-there" }, sara))).body)).toMatch(/does not exist in that group/);
    expect(JSON.stringify((await post(bot, triage(connector, { ...data, revision: 7 }, sara))).body)).toMatch(/changed since this card was shown/);
    expect(JSON.stringify((await post(bot, triage(connector, { ...data, action: "approve" }, sara))).body)).toMatch(/This card is out of date/);
    expect(JSON.stringify((await post(bot, triage(connector, { ...data, action: "reject" }, sara))).body)).toMatch(/give a reason/);

    // Sara and Carl click at once: one wins, the other is told who handled it.
    const [a, b] = await Promise.all([post(bot, triage(connector, data, sara)), post(bot, triage(connector, data, carl))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const bodies = [JSON.stringify(a.body), JSON.stringify(b.body)];
    const won = bodies.filter((x) => /Accepted by (Sara|Carl)/.test(x));
    const lost = bodies.filter((x) => /already handled by (Sara|Carl) \(accepted\)/.test(x));
    expect([won.length, lost.length]).toEqual([1, 1]);
    const card = ([a, b].find((r) => /Accepted by/.test(JSON.stringify(r.body)))!.body as { value: object }).value;
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/"verb":"agenda.triage","data":\{[^}]*"revision":2,"action":"reopen","lang":"en"\},"associatedInputs":"none"/);
    expect(JSON.stringify(card)).toMatch(/"title":"Meeting","value":"12 January 2027 at 13:00"/);

    // The submitter's 1:1 notice is in the outbox, once.
    const out = JSON.parse(await cli(["scheduler", "outbox", "--json"])) as { id: string; target: string }[];
    expect(out.filter((o) => o.target.includes("aad-anna"))).toHaveLength(1);
    const audit = JSON.parse(await cli(["audit", GROUP, "--json"])) as { action: string; subject: { id: string } }[];
    expect(audit.filter((e) => e.subject.id === item.id).map((e) => e.action)).toEqual(["item.submit", "item.accept"]);
  });
  it("submits an item from the form card; the triage card goes to the home channel and is updated after triage", async () => {
    const [form] = await say(bot, connector, { text: "submit item samverkansgruppen i Västmanland", locale: "en-US" });
    const card = form.attachments?.[0]?.content;
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/"verb":"agenda.submit","data":\{"groupId":"vastmanland:/);
    expect(JSON.stringify(card)).toMatch(/Items for the meeting on 12 January 2027 at 13:00 are due 22 December 2026/);
    // Without a group: the form with a group picker (issue 14, point 8).
    const [picker] = await say(bot, connector, { text: "anmäl ärende", locale: "sv-SE" });
    const pickerCard = picker.attachments?.[0]?.content;
    expect(validateCard(pickerCard)).toEqual([]);
    expect(pickerCard.body.find((b: { id?: string }) => b.id === "groupId")).toMatchObject({ type: "Input.ChoiceSet", isRequired: true });

    const anna = { userId: "29:anna", aadObjectId: "aad-anna2", userName: "Anna" };
    const submit = (data: Record<string, unknown>) =>
      post(bot, activity(connector, { type: "invoke", name: "adaptiveCard/action", ...anna, locale: "en-US", value: { action: { type: "Action.Execute", verb: "agenda.submit", data }, trigger: "manual" } }));
    const bad = await submit({ groupId: GROUP, title: "x", description: "d", kind: "beslut", links: "javascript:alert(1)" });
    expect(JSON.stringify(bad.body)).toMatch(/The title must be 3–200 characters\. Links: at most 10, one web address/);
    expect(JSON.stringify((await submit({ groupId: "kind-or-nothing", title: "Titel", description: "d" })).body)).toMatch(/does not exist/);
    const ok = await submit({ groupId: GROUP, title: "Samverkan kring utskrivning", description: "Förslag", kind: "diskussion", links: "https://e.se/a\nhttps://e.se/b", preferredMeetingId: "", raiseAtMeeting: "false" });
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.body)).toMatch(/Awaiting triage/);
    expect(validateCard((ok.body as { value: object }).value)).toEqual([]);

    const items = JSON.parse(await cli(["items", "list", GROUP, "--json"])) as { id: string; title: string; links: string[]; submitter: { tenantId?: string } }[];
    const item = items.find((i) => i.title === "Samverkan kring utskrivning")!;
    expect(item).toMatchObject({ links: ["https://e.se/a", "https://e.se/b"], submitter: { tenantId: "tenant-1" } });
    // The triage card is posted in the bound channel (the worker sends it).
    const posted = async (re: RegExp) => {
      for (let i = 0; i < 50; i++) {
        if (connector.calls.some((c) => re.test(JSON.stringify(c.body ?? "")))) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    expect(await posted(/Samverkan kring utskrivning.*Väntar på beredning/)).toBe(true);
    const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
    const res = await post(bot, triage(connector, { groupId: GROUP, itemId: item.id, revision: 1, action: "defer" }, sara));
    expect(JSON.stringify(res.body)).toMatch(/Deferred by Sara/);
    // Every stored copy is updated (in the channel's language).
    expect(await posted(/Samverkan kring utskrivning.*Uppskjutet av Sara/)).toBe(true);

    // The receipt lets the submitter withdraw while untriaged; nobody else can.
    const second = await submit({ groupId: GROUP, title: "Återtas snart", description: "Förslag", kind: "information" });
    expect(JSON.stringify(second.body)).toMatch(/"verb":"agenda.withdraw"/);
    const id2 = (JSON.parse(await cli(["items", "list", GROUP, "--json"])) as { id: string; title: string }[]).find((i) => i.title === "Återtas snart")!.id;
    const withdraw = (who: typeof anna, revision: number) =>
      post(bot, activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale: "en-US", value: { action: { type: "Action.Execute", verb: "agenda.withdraw", data: { groupId: GROUP, itemId: id2, revision } }, trigger: "manual" } }));
    expect(JSON.stringify((await withdraw(sara, 1)).body)).toMatch(/Only the person who submitted/);
    const w = await withdraw(anna, 1);
    expect(JSON.stringify(w.body)).toMatch(/Withdrawn by the submitter/);
    expect(JSON.stringify(w.body)).not.toMatch(/agenda.withdraw/);
    expect(JSON.stringify((await withdraw(anna, 1)).body)).toMatch(/already handled by Anna \(withdrawn\)/);
  });
});

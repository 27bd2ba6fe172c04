import * as fs from "node:fs";
import * as path from "node:path";
import { VERBS } from "../../cards/verbs";
import { runCli } from "../../bot/cli/main";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, cardOf, post, say } from "../support/harness";
import { startLoggedBot, type LoggedBot } from "../support/logged-bot";

/**
 * Issue 17 points 2, 4, 5, 6 from outside, over HTTP: odd ids and unknown verbs get "this card is out of
 * date" (no 5xx, no stack, nothing logged at error level); outsiders' clicks a polite refusal and no
 * state; wrong-typed envelope fields a 400; a personnummer in any input path and with any dash or space is
 * refused and is found neither in the store's snapshot nor in the log.
 */

/** A valid personnummer built here (date + birth number + Luhn digit), so the test does not depend on a list. */
function personnummer(date: string, birth: string): string {
  const digits = `${date}${birth}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${date}-${birth}${(10 - (sum % 10)) % 10}`;
}
const PNR = personnummer("811218", "987"); // 811218-987x
const PNR_DIGITS = PNR.replace("-", "");
const SAMORDNING = personnummer("811278", "123"); // day + 60
const DASHES = ["-", "\u2013", "\u2014", "\u2011", "\u2010", "\u2212", " ", "\u00a0", "\u00a0-\u00a0", "\u202f\u2013\u202f", ""];

const VERB_LIST = Object.values(VERBS);
const invoke = (connector: FakeConnector, verb: unknown, data: unknown, o: Record<string, unknown> = {}) =>
  activity(connector, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" }, ...o });

describe("bad input from outside", () => {
  let connector: FakeConnector;
  let bot: LoggedBot;
  beforeAll(async () => {
    connector = await startFakeConnector();
    bot = await startLoggedBot({ ALLOWED_TENANTS: "tenant-1" });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  }, 120_000);

  it.each([
    ["recipient.name as an array", (a: any) => (a.recipient.name = ["x"])],
    ["locale as an object", (a: any) => (a.locale = { lang: "sv" })],
    ["from.name as a number", (a: any) => (a.from.name = 42)],
    ["text as a number", (a: any) => (a.text = 12)],
    ["conversation.id as a number", (a: any) => (a.conversation.id = 7)],
    ["entities as an object", (a: any) => (a.entities = { type: "mention" })],
    ["an entity without a type", (a: any) => (a.entities = [{ text: "x" }])],
    ["a mention without mentioned", (a: any) => (a.entities = [{ type: "mention", text: "<at>x</at>" }])],
    ["membersAdded as a string", (a: any) => ((a.type = "conversationUpdate"), (a.membersAdded = "everyone"))],
    ["channelData.tenant.id as a number", (a: any) => (a.channelData = { tenant: { id: 5 } })],
    ["conversation.tenantId as an array", (a: any) => (a.conversation.tenantId = ["tenant-1"])],
    ["a bot mention on a message without text", (a: any) => (delete a.text, (a.entities = [{ type: "mention", text: "<at>Samverkan</at>", mentioned: { id: a.recipient.id } }]))],
    ["attachments of the wrong shape", (a: any) => (a.attachments = [{ content: 1 }])],
  ])("answers %s with 400 and no turn", async (_name, spoil) => {
    const from = bot.lines.length;
    const a = activity(connector, { text: "hjälp" });
    spoil(a);
    const res = await post(bot, a);
    expect(res.status).toBe(400);
    expect(bot.errorsSince(from)).toEqual([]);
  });

  it("takes null in optional fields as absent (Teams sends some)", async () => {
    const a: any = activity(connector, { text: "hjälp" });
    Object.assign(a, { entities: null, locale: null, channelData: { tenant: { id: "tenant-1" }, team: null }, value: null });
    expect((await post(bot, a)).status).toBe(200);
  });

  it.each(VERB_LIST)("answers odd ids in %s's data as an out-of-date card: no 5xx, no stack", async (verb) => {
    for (const odd of ["a/b", "a\\b", "x#y", "q?x=1", "ctl\u0001", "x".repeat(300)]) {
      const from = bot.lines.length;
      const data = { groupId: odd, itemId: odd, minutesId: odd, meetingId: odd, questionId: odd, correctGroupId: odd, organizationId: odd, revision: 1, version: "v", action: "accept", item: 1, lang: "sv" };
      const res = await post(bot, invoke(connector, verb, data));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
      expect(res.body.value).toMatch(/inaktuellt/);
      expect(bot.errorsSince(from)).toEqual([]);
    }
  });

  it.each(VERB_LIST)("answers data of the wrong shape in %s politely (no 5xx, no stack)", async (verb) => {
    for (const data of [undefined, null, "text", 42, [], { groupId: 5 }, { groupId: { $gt: "" } }, { revision: "many" }]) {
      const from = bot.lines.length;
      const res = await post(bot, invoke(connector, verb, data as never, { locale: "en-US" }));
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toMatch(/\bat \S+ \(|Error:|stack/);
      expect(bot.errorsSince(from)).toEqual([]);
    }
  });

  it("answers an unknown verb with 'out of date' in the card's language, not 501", async () => {
    const sv = await post(bot, invoke(connector, "no.such.verb", { lang: "sv" }, { locale: "en-US" }));
    expect(sv.status).toBe(200);
    expect(sv.body.value).toBe("Det här kortet är inaktuellt. Skriv kommandot igen så får du ett nytt kort.");
    const en = await post(bot, invoke(connector, "no.such.verb", { lang: "en" }, { locale: "sv-SE" }));
    expect(en.body.value).toMatch(/This card is out of date/);
    for (const verb of [undefined, 5, { a: 1 }, ""]) expect((await post(bot, invoke(connector, verb, {}))).status).toBe(200);
    const otherInvoke = await post(bot, activity(connector, { type: "invoke", name: "composeExtension/query", value: {} }));
    expect(otherInvoke.status).toBe(200);
  });

  it("answers a click on a Swedish card in Swedish from a client with locale en-US", async () => {
    const res = await post(bot, invoke(connector, VERBS.agendaForm, { groupId: "no-such-group", lang: "sv" }, { locale: "en-US", userId: "29:sv-card" }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/finns inte|inaktuellt|okänd|Det finns ingen/i);
    expect(JSON.stringify(res.body)).not.toMatch(/does not exist|out of date/i);
  });

  it("refuses an outsider's click politely, and stores nothing for them", async () => {
    const res = await post(bot, invoke(connector, VERBS.minutesRefresh, { groupId: "g", minutesId: "m", lang: "en" }, { tenantId: "tenant-evil", userId: "29:evil", conversationId: "a:evil" }));
    expect(res.status).toBe(200);
    expect(res.body.value).toMatch(/does not have access/);
    const msg = await say(bot, connector, { text: "vem äger frågan om ekonomi?", tenantId: "tenant-evil", userId: "29:evil", conversationId: "a:evil" });
    expect(msg[0].text).toMatch(/inte tillgång/);
    const dump = JSON.stringify(await bot.services()!.store.container("conversations").items.query("SELECT * FROM c").fetchAll());
    expect(dump).not.toContain("tenant-evil");
  });

  it("turns Teams' HTML into text before any route reads it", async () => {
    const [help] = await say(bot, connector, { text: "<p>hj&auml;lp</p>", locale: "en-US" });
    expect(cardOf(help).body[0].text).toBe("Det här kan jag");
    const [who] = await say(bot, connector, { text: "<div>vem&nbsp;är&nbsp;jag</div>" });
    expect(who.text).toMatch(/Teams-id/);
  });

  it("answers greetings and thanks like a person", async () => {
    for (const [text, expected] of [
      ["hej", /Hej! Jag är Samverkan/],
      ["Hallå!", /Hej! Jag är Samverkan/],
      ["god morgon", /Hej! Jag är Samverkan/],
      ["tack!", /Varsågod/],
      ["tackar", /Varsågod/],
      ["hi", /Hi! I'm Samverkan/],
      ["hello", /Hi! I'm Samverkan/],
      ["thanks", /You're welcome/],
      ["Thank you!", /You're welcome/],
      ["Tack så mycket!", /Varsågod/],
      ["Hej Samverkan!", /Hej! Jag är Samverkan/],
      ["<p>tack!</p>", /Varsågod/],
    ] as const) {
      const replies = await say(bot, connector, { text, locale: "sv-SE", userId: `29:greet-${text.replace(/\W/g, "_")}` });
      expect({ text, reply: replies.find((r) => r.type === "message")?.text }).toEqual({ text, reply: expect.stringMatching(expected) });
    }
  });

  it("answers a new user's question about the bot itself with the help card, in the user's language", async () => {
    for (const [text, title] of [
      ["vad kan du?", "Det här kan jag"],
      ["Vad kan du hjälpa mig med?", "Det här kan jag"],
      ["hur funkar det här", "Det här kan jag"],
      ["Hej! Vad kan jag fråga?", "Det här kan jag"],
      ["What can you do?", "What I can do"],
      ["how does this work?", "What I can do"],
    ] as const) {
      const replies = await say(bot, connector, { text, locale: "sv-SE", userId: `29:about-${text.replace(/\W/g, "_")}` });
      const card = replies.find((r) => r.attachments?.length);
      expect({ text, title: card && cardOf(card).body[0].text }).toEqual({ text, title });
    }
    // a question about a topic is still a routing question
    const [routed] = await say(bot, connector, { text: "Vad kan du säga om vem som äger frågan om hemsjukvård i Västmanland?", locale: "sv-SE", userId: "29:about-topic" });
    expect(cardOf(routed).body[0].text).not.toBe("Det här kan jag");
  });

  it("offers the command a mistyped first word was probably meant as, and nothing for ordinary words", async () => {
    for (const [text, expected] of [
      ["hjälpp", /^Menade du \*\*hjälp\*\*\?/],
      ["dagordnign LG", /^Menade du \*\*dagordning LG\*\*\?/],
      ["grupepr", /^Menade du \*\*grupper\*\*\?/],
      ["helpp", /^Did you mean \*\*help\*\*\?/],
      ["ok bra", /^Jag förstod inte riktigt/],
      ["nice work", /^I didn't quite get that/],
    ] as const) {
      const replies = await say(bot, connector, { text, locale: text === "nice work" || text === "helpp" ? "en-US" : "sv-SE", userId: `29:slip-${text.replace(/\W/g, "_")}` });
      expect({ text, reply: replies.find((r) => r.type === "message")?.text }).toEqual({ text, reply: expect.stringMatching(expected) });
    }
  });

  it("refuses a personnummer in every input path and with every dash and space, and keeps it nowhere", async () => {
    const user = { userId: "29:pnr", aadObjectId: "aad-pnr", conversationId: "a:pnr" };
    const written = (sep: string, pnr = PNR) => pnr.replace("-", sep);
    for (const sep of DASHES) {
      // A message…
      const [m] = await say(bot, connector, { text: `Gäller patient ${written(sep)}, vem äger det?`, ...user });
      expect(m.text).toMatch(/personnummer/);
      // …card inputs and action data of every verb…
      for (const verb of VERB_LIST) {
        const res = await post(bot, invoke(connector, verb, { groupId: "vastmanland:x", title: "Ärende", description: `Avser ${written(sep)}`, comment: written(sep), lang: "sv" }, user));
        expect(res.status).toBe(200);
        expect(res.body.value).toMatch(/personnummer/);
      }
      // …an Action.Submit value…
      const [s] = await say(bot, connector, { value: { comment: written(sep, SAMORDNING) }, ...user });
      expect(s.text).toMatch(/personal identity number/);
    }
    // …and CLI arguments.
    const err: string[] = [];
    expect(await runCli(["route", `vem äger ${PNR.replace("-", "\u2013")}`], { out: () => undefined, err: (s) => err.push(s) }, { DATA_DIR: bot.dataDir })).toBe(2);
    expect(err.join("\n")).toMatch(/personnummer/);
    expect(err.join("\n")).not.toContain(PNR_DIGITS.slice(0, 6));

    // Nothing was stored: not even the conversation (the refused turns touched nothing), in the snapshot.
    await bot.stop();
    // Every file the store keeps (snapshot and journal, whatever their names).
    const files = fs.readdirSync(bot.dataDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    const snapshot = files.map((f) => fs.readFileSync(path.join(f.parentPath ?? bot.dataDir, f.name), "utf8")).join("\n");
    expect(snapshot.length).toBeGreaterThan(1000);
    expect(snapshot).not.toContain(PNR_DIGITS.slice(0, 6));
    expect(snapshot).not.toContain(SAMORDNING.slice(0, 6));
    expect(snapshot).not.toContain("a:pnr");
    expect(JSON.stringify(bot.lines)).not.toContain(PNR_DIGITS.slice(0, 6));
  }, 120_000);
});

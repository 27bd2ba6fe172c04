import { activity, BOT_ID, cardOf, post, repliesTo, say, textOfReply } from "../support/harness";
import { invokeCard, press } from "../support/press";
import { useBot } from "../support/use-bot";

describe("the bot over HTTP (embedded store, fake connector)", () => {
  const ctx = useBot();

  it("answers /healthz once storage is ready", async () => {
    const res = await fetch(`${ctx.bot.url}/healthz`);
    expect(res.status).toBe(200);
  });

  it("welcomes on install in a personal chat, a group chat and a team", async () => {
    for (const conversationType of ["personal", "groupChat", "channel"] as const) {
      const replies = await say(ctx.bot, ctx.connector, {
        type: "conversationUpdate",
        conversationType,
        membersAdded: [{ id: BOT_ID }],
        locale: "sv-SE",
      });
      expect(replies).toHaveLength(1);
      expect(replies[0].text).toMatch(/Samverkan/);
      expect(replies[0].text).toMatch(/hjälp/);
    }
  });

  it("does not welcome when someone else joins", async () => {
    const replies = await say(ctx.bot, ctx.connector, { type: "conversationUpdate", membersAdded: [{ id: "29:someone" }] });
    expect(replies).toHaveLength(0);
  });

  it("lists what it can do in Swedish and in English", async () => {
    const sv = await say(ctx.bot, ctx.connector, "hjälp");
    expect(cardOf(sv[0]).body[0].text).toBe("Det här kan jag");
    const en = await say(ctx.bot, ctx.connector, "help");
    expect(cardOf(en[0]).body[0].text).toBe("What I can do");
  });

  it("sends a help card button's command as if it were typed", async () => {
    const [help] = await say(ctx.bot, ctx.connector, { text: "hjälp", locale: "en-US" });
    const pressed = await press(ctx.bot, ctx.connector, cardOf(help), "Visa grupper", { as: { locale: "en-US" } });
    expect(pressed.status).toBe(200);
    expect(repliesTo(ctx.connector, pressed.activityId)[0].text).toMatch(/Västra Götalandsregionen/);
  });

  it("answers a click on a Swedish card in Swedish, whatever the clicking client's locale", async () => {
    const [answer] = await say(ctx.bot, ctx.connector, { text: "Vem samordnar bilddiagnostik och röntgen i VGR?", userId: "29:sv-asker", locale: "sv-SE" });
    const card = cardOf(answer);
    const title = JSON.stringify(card).match(/"title":"(Anmäl ärende)"/)?.[1];
    expect(title).toBeDefined();
    // Someone else, in a fresh chat, with an English client: the card's language decides.
    const res = await press(ctx.bot, ctx.connector, card, title!, { as: { userId: "29:en-clicker", conversationId: "a:en-clicker", locale: "en-US" } });
    expect(res.status).toBe(200);
    const form = JSON.stringify(invokeCard(res));
    expect(form).toMatch(/"text":"Anmäl ärende till /);
    expect(form).toMatch(/"label":"Rubrik"/);
    expect(form).toMatch(/"lang":"sv"/);
  });

  it("lets the message's language win over the locale and the stored choice win over both", async () => {
    const unknownSv = await say(ctx.bot, ctx.connector, { text: "det här och det där och så vidare", locale: "en-US", userId: "29:lang" });
    expect(unknownSv[0].text).toMatch(/Jag förstod inte/);
    const byLocale = await say(ctx.bot, ctx.connector, { text: "xyzzy", locale: "sv-SE", userId: "29:lang-sv" });
    expect(byLocale[0].text).toMatch(/Jag förstod inte/);
    const byLocaleEn = await say(ctx.bot, ctx.connector, { text: "xyzzy", locale: "en-US", userId: "29:lang-en" });
    expect(byLocaleEn[0].text).toMatch(/I didn't quite get that/);
    const set = await say(ctx.bot, ctx.connector, { text: "språk engelska", userId: "29:lang" });
    expect(set[0].text).toMatch(/English/);
    const stored = await say(ctx.bot, ctx.connector, { text: "hjälp", locale: "sv-SE", userId: "29:lang" });
    expect(cardOf(stored[0]).body[0].text).toBe("What I can do");
    const back = await say(ctx.bot, ctx.connector, { text: "language swedish", userId: "29:lang" });
    expect(back[0].text).toMatch(/svenska/);
  });

  it("keeps the language last detected in a conversation for text that gives no sign", async () => {
    const first = await say(ctx.bot, ctx.connector, { text: "xyzzy", locale: "en-US", userId: "29:conv-lang" });
    expect(first[0].text).toMatch(/I didn't quite get that/);
    await say(ctx.bot, ctx.connector, { text: "vem är jag", locale: "en-US", userId: "29:conv-lang" });
    const after = await say(ctx.bot, ctx.connector, { text: "xyzzy", locale: "en-US", userId: "29:conv-lang" });
    expect(after[0].text).toMatch(/Jag förstod inte/);
    await ctx.bot.services()!.conversations.settle(); // a change of only the language is written after the turn
    const stored = await ctx.bot.services()!.conversations.get("tenant-1", "a:personal-29:conv-lang");
    expect(stored?.language).toBe("sv");
  });

  it("tells people who they are", async () => {
    const replies = await say(ctx.bot, ctx.connector, { text: "vem är jag?", userId: "29:who", aadObjectId: "aad-who" });
    expect(replies[0].text).toContain("29:who");
    expect(replies[0].text).toContain("aad-who");
    expect(replies[0].text).toContain("tenant-1");
    expect(replies[0].text).toMatch(/Administratör:\*\* ja/);
  });

  it("strips only its own mention in channels", async () => {
    const replies = await say(ctx.bot, ctx.connector, {
      conversationType: "channel",
      text: "<at>Samverkan</at> help",
      entities: [{ type: "mention", mentioned: { id: BOT_ID, name: "Samverkan" }, text: "<at>Samverkan</at>" }],
    });
    expect(cardOf(replies[0]).body[0].text).toBe("What I can do");
  });

  it("never stays silent", async () => {
    const replies = await say(ctx.bot, ctx.connector, "🙂🙂");
    expect(replies).toHaveLength(1);
  });

  it("refuses personal identity numbers without storing them", async () => {
    const replies = await say(ctx.bot, ctx.connector, { text: "Kan ni titta på 19121212-1212 åt mig?", userId: "29:pnr" });
    expect(replies[0].text).toMatch(/personnummer/);
    const services = ctx.bot.services()!;
    const { resources } = await services.store.container("conversations").items.query("SELECT * FROM c").fetchAll();
    // the store's own fields (_etag, _rid …) are random ids that may hold any four digits: only what the bot wrote counts
    const written = resources.map((d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith("_"))));
    expect(JSON.stringify(written)).not.toContain("1212");
  });

  it("refuses text over the length limit politely", async () => {
    const replies = await say(ctx.bot, ctx.connector, "fråga ".repeat(2000));
    expect(replies[0].text).toMatch(/för långt/);
  });

  it("answers malformed requests with 4xx", async () => {
    expect((await post(ctx.bot, "{not json")).status).toBe(400);
    expect((await post(ctx.bot, { hello: "world" })).status).toBe(400);
    expect((await post(ctx.bot, { type: 5, conversation: "x" })).status).toBe(400);
    expect((await post(ctx.bot, [])).status).toBe(400);
    const ok = await post(ctx.bot, activity(ctx.connector, { text: "help" }));
    expect(ok.status).toBeLessThan(300);
  });

  it("stores the conversation reference for later proactive posts", async () => {
    await say(ctx.bot, ctx.connector, { text: "help", userId: "29:ref", aadObjectId: "aad-ref" });
    const stored = await ctx.bot.services()!.conversations.personal("tenant-1", "aad-ref");
    expect(stored?.reference.serviceUrl).toBe(ctx.connector.url);
    expect(stored?.active).toBe(true);
  });

  it("marks a conversation inactive when the bot is removed", async () => {
    await say(ctx.bot, ctx.connector, { text: "help", conversationType: "channel", conversationId: "19:gone@thread.tacv2" });
    await say(ctx.bot, ctx.connector, {
      type: "conversationUpdate",
      conversationType: "channel",
      conversationId: "19:gone@thread.tacv2",
      membersRemoved: [{ id: BOT_ID }],
    });
    const stored = await ctx.bot.services()!.conversations.get("tenant-1", "19:gone@thread.tacv2");
    expect(stored?.active).toBe(false);
  });

  it("sends question-shaped text to the router, answering in the question's language", async () => {
    const replies = await say(ctx.bot, ctx.connector, { text: "who owns the question of parking fines?", locale: "sv-SE" });
    expect(textOfReply(replies[0])).toMatch(/No mandate covers the question/);
  });
});

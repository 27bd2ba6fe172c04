import type { FakeConnector } from "../support/fake-connector";
import { activity, cardOf, post, say } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import { runCli } from "../../bot/cli/main";

const invoke = (connector: FakeConnector, verb: string, data: Record<string, unknown>, userId = "29:asker") =>
  activity(connector, { type: "invoke", name: "adaptiveCard/action", userId, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } });

describe("which group owns this question — in Teams", () => {
  const ctx = useBot();

  it("answers a Swedish question with the owning group and the cited clause", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { text: "Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?", userId: "29:asker" });
    const card = cardOf(reply);
    expect(validateCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toMatch(/Den här gruppen äger frågan/);
    expect(json).toMatch(/[Bb]ild- och funktionsmedicin/);
    expect(json).toMatch(/Fel grupp\?/);
  });

  it("answers in English too and abstains when nothing covers the question", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { text: "Who handles parking fines at the hospital garage?", userId: "29:asker" });
    expect(JSON.stringify(cardOf(reply))).toMatch(/No mandate covers the question/);
  });

  it("never echoes markup from the question into the card", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { text: "Vem äger <script>alert(1)</script> ${title} **frågan**?", userId: "29:asker" });
    const json = JSON.stringify(cardOf(reply));
    expect(json).not.toContain("<script>");
    expect(validateCard(cardOf(reply))).toEqual([]);
  });

  it("stores a 'wrong group' correction from the asker only, for secretaries to review", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { text: "Vem utser ordförande i ledningsgruppen?", userId: "29:asker" });
    const card = cardOf(reply);
    const questionId = JSON.stringify(card).match(/"questionId":"([^"]+)"/)![1]!;
    const other = await post(ctx.bot, invoke(ctx.connector, "routing.feedback", { questionId, correctGroupId: "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor" }, "29:someone-else"));
    expect(other.status).toBe(200);
    expect(JSON.stringify(other.body)).toMatch(/Bara den som ställde frågan|Only the person who asked/);
    const bogus = await post(ctx.bot, invoke(ctx.connector, "routing.feedback", { questionId, correctGroupId: "no-such-group" }));
    expect(JSON.stringify(bogus.body)).toMatch(/finns inte i katalogen|not in the catalog/);
    const ok = await post(ctx.bot, invoke(ctx.connector, "routing.feedback", { questionId, correctGroupId: "sjukvardsregion-mellansverige:ledningsgrupp", comment: "test" }));
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.body)).toMatch(/Tack|Thanks/);
    const out: string[] = [];
    expect(await runCli(["feedback", "--json"], { out: (s) => out.push(s), err: () => undefined }, { DATA_DIR: ctx.bot.dataDir })).toBe(0);
    const rows = JSON.parse(out.join("\n"));
    expect(rows[0].feedback.correctGroupId).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(rows[0].question).toMatch(/ordförande/);
  });

  it("shows the owner's next meeting and offers to submit an item to it", async () => {
    const question = "Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?";
    const [before] = await say(ctx.bot, ctx.connector, { text: question, userId: "29:asker" });
    const first = JSON.stringify(cardOf(before));
    const groupId = first.match(/"verb":"agenda\.form"[^}]*"data":\{"groupId":"([^"]+)"/)?.[1];
    expect(groupId).toBeDefined();
    expect(first).not.toMatch(/Nästa möte/);
    const services = ctx.bot.services()!;
    const admin = { userId: "29:admin", name: "Admin", isAdmin: true };
    const at = new Date(services.clock.now().getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
    const created = await services.agenda.createMeeting(admin, groupId!, { at: `${at}T13:00`, place: "Skövde" });
    expect(created.ok).toBe(true);
    const [after] = await say(ctx.bot, ctx.connector, { text: question, userId: "29:asker" });
    const card = cardOf(after);
    expect(validateCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain(`${at} kl. 13:00`);
    expect(json).toMatch(/ärenden anmäls senast \d{4}-\d{2}-\d{2}/);
    expect(json).toMatch(/Anmäl ärende till Samordningsråd/);
    expect(json).toContain("remissvar på nationella kunskapsstöd");
    // A template expression typed in the question is carried as text, never evaluated.
    const [tricky] = await say(ctx.bot, ctx.connector, { text: `${question} \${submit.groupId}`, userId: "29:asker" });
    const trickyJson = JSON.stringify(cardOf(tricky));
    expect(trickyJson).toContain("submit.groupId}");
    expect(trickyJson).not.toContain(`kunskapsstöd inom bild- och funktionsmedicin? ${groupId}`);
    // No owner, no button.
    const [none] = await say(ctx.bot, ctx.connector, { text: "Who handles parking fines at the hospital garage?", userId: "29:asker" });
    expect(JSON.stringify(cardOf(none))).not.toContain("agenda.form");
  });

  it("refuses tampered invoke data politely", async () => {
    const res = await post(ctx.bot, invoke(ctx.connector, "routing.choose", { questionId: "not-a-question" }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/hittar inte|can't find/);
    const res2 = await post(ctx.bot, invoke(ctx.connector, "routing.feedback", { nothing: true }));
    expect(res2.status).toBe(200);
  });
});

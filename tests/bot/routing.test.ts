import type { FakeConnector } from "../support/fake-connector";
import { activity, cardOf, post, say } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import { actionsOf, invokeCard, press, pressData } from "../support/press";
import { runCli } from "../../bot/cli/main";
import { svLocal } from "../../src/i18n/dates";

const invoke = (connector: FakeConnector, verb: string, data: Record<string, unknown>, userId = "29:asker") =>
  activity(connector, { type: "invoke", name: "adaptiveCard/action", userId, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } });

/** The card an Action.Execute answered with. */
const cardIn = (res: { body: any }) => (res.body?.type === "application/vnd.microsoft.card.adaptive" ? res.body.value : invokeCard(res));

/** Every Action.Execute of a card: what it sends, for checking the card contracts. */
const executes = (card: any) => actionsOf(card).filter((f) => f.action.type === "Action.Execute").map((f) => f.action);

describe("which group owns this question — in Teams", () => {
  const ctx = useBot();
  const ask = async (text: string, userId = "29:asker", locale?: string) => {
    const replies = await say(ctx.bot, ctx.connector, { text, userId, ...(locale ? { locale } : {}) });
    const card = cardOf(replies.find((r) => r.attachments?.length));
    expect(validateCard(card)).toEqual([]);
    return card;
  };

  it("answers with the owner, the cited clause and the organisation it assumed; every button works in the client", async () => {
    const card = await ask("Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Den här gruppen äger frågan/);
    expect(json).toMatch(/Samordningsråd bild- och funktionsmedicin/);
    expect(json).toMatch(/Organisation: Västra Götalandsregionen \(gruppens\)/);
    // buttons that need no input say so, and carry the card's language
    for (const a of executes(card)) {
      expect(a.data.lang).toBe("sv");
      if (a.verb !== "routing.feedback") expect(a.associatedInputs).toBe("none");
    }
    // "Fel grupp?" is a ShowCard with its own choice and submit
    const show = actionsOf(card).find((f) => f.action.type === "Action.ShowCard");
    expect(show?.action.title).toBe("Fel grupp?");
    // no colour of refusal on an answer
    expect(json).not.toMatch(/"attention"/);
    // the other organisations, one click each
    const other = await press(ctx.bot, ctx.connector, card, "Svara för Mellansverige", { as: { userId: "29:asker" } });
    expect(other.status).toBe(200);
    const again = cardIn(other);
    expect(validateCard(again)).toEqual([]);
    expect(JSON.stringify(again)).toMatch(/Organisation: Sjukvårdsregion Mellansverige \(vald\)/);
  });

  it("stores nothing when a question is answered, and a report only when someone says it was wrong", async () => {
    const card = await ask("Vem utser ordförande i ledningsgruppen i Mellansverige?");
    const before: string[] = [];
    await runCli(["feedback", "--json"], { out: (s) => before.push(s), err: () => undefined }, { DATA_DIR: ctx.bot.dataDir });
    const n = JSON.parse(before.join("\n")).length;
    // the client refuses to send the report without a group
    expect(() => pressData(card, "Skicka", { within: "Fel grupp?" })).toThrow(/required input "correctGroupId"/);
    const res = await press(ctx.bot, ctx.connector, card, "Skicka", { within: "Fel grupp?", inputs: { correctGroupId: "sjukvardsregion-mellansverige:ledningsgrupp", comment: "test" }, as: { userId: "29:someone" } });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/Tack! Jag har sparat att frågan hör till Samverkansnämndens ledningsgrupp/);
    const out: string[] = [];
    expect(await runCli(["feedback", "--json"], { out: (s) => out.push(s), err: () => undefined }, { DATA_DIR: ctx.bot.dataDir })).toBe(0);
    const rows = JSON.parse(out.join("\n"));
    expect(rows).toHaveLength(n + 1);
    expect(rows.find((r: any) => /someone/.test(r.feedback.by))).toMatchObject({ question: expect.stringMatching(/ordförande/), lang: "sv", answered: { status: "owner", ownerId: "sjukvardsregion-mellansverige:regiondirektorsgrupp" }, feedback: { correctGroupId: "sjukvardsregion-mellansverige:ledningsgrupp", comment: "test", by: expect.stringMatching(/someone/) } });
    // a group the catalog does not know is refused politely, on the server too
    const bogus = await press(ctx.bot, ctx.connector, card, "Skicka", { within: "Fel grupp?", inputs: { correctGroupId: "no-such-group" } });
    expect(JSON.stringify(bogus.body)).toMatch(/finns inte i katalogen/);
  });

  it("gives each answer a plain summary for the chat list and notifications (not just \"sent a card\")", async () => {
    const owner = await say(ctx.bot, ctx.connector, { text: "Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?", userId: "29:summary" });
    expect(owner.find((r) => r.attachments?.length)?.summary).toBe("Den här gruppen äger frågan: Samordningsråd bild- och funktionsmedicin");
    const none = await say(ctx.bot, ctx.connector, { text: "Who handles parking fines at the hospital garage?", userId: "29:summary" });
    expect(none.find((r) => r.attachments?.length)?.summary).toBe("No mandate covers the question");
  });

  it("answers a need stated instead of asked, and still gives chat that names no matter the hint", async () => {
    const need = await say(ctx.bot, ctx.connector, { text: "Min chef sa att jag ska skicka vårt förbättrade arbetssätt för ultraljudsremisser till rätt grupp så att alla sjukhus i VGR kan använda det.", userId: "29:need" });
    expect(need.find((r) => r.attachments?.length)?.summary).toBe("Den här gruppen äger frågan: Samordningsråd bild- och funktionsmedicin");
    const english = await say(ctx.bot, ctx.connector, { text: "I was asked to send our improved ultrasound referral routine to the right group so all VGR hospitals can use it.", userId: "29:need" });
    expect(english.find((r) => r.attachments?.length)?.summary).toMatch(/Samordningsråd bild- och funktionsmedicin/);
    const chat = await say(ctx.bot, ctx.connector, { text: "Okej, tack så mycket för hjälpen i dag", userId: "29:need" });
    expect(chat.some((r) => r.attachments?.length)).toBe(false);
    expect(chat.map((r) => r.text ?? "").join(" ")).toMatch(/förstod inte/i);
  });

  it("says a service outside health care is no mandate's, and offers no organisation to try it in", async () => {
    const card = await ask("Vem ansvarar för ekonomiskt bistånd i kommunen?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Inget uppdrag täcker frågan/);
    expect(json).toMatch(/en tjänst utanför hälso- och sjukvården/);
    expect(json).not.toMatch(/Svara för/);
    expect(executes(card)).toEqual([]);
  });

  it("says an elected body is set by its assembly, not by the mandates, and offers no organisation to try it in", async () => {
    const card = await ask("Vem är ordförande i regionstyrelsen i Västra Götaland?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Inget uppdrag täcker frågan/);
    expect(json).toMatch(/ett politiskt organ/);
    expect(json).not.toMatch(/en tjänst utanför hälso- och sjukvården/);
    expect(json).not.toMatch(/Svara för/);
    expect(executes(card)).toEqual([]);
  });

  it("answers in English, and does not offer 'Wrong group?' where no mandate covers the question", async () => {
    const card = await ask("Who handles parking fines at the hospital garage?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/No mandate covers the question/);
    expect(json).not.toMatch(/Wrong group\?|Fel grupp\?/);
    expect(json).not.toContain("agenda.form");
    for (const a of executes(card)) expect(a.data.lang).toBe("en");
  });

  it("offers the candidates of an ambiguous answer and answers the one picked", async () => {
    const card = await ask("Vem ansvarar för kompetensförsörjning?", "29:fresh");
    expect(JSON.stringify(card)).toMatch(/Vilken organisation gäller det\?/);
    const res = await press(ctx.bot, ctx.connector, card, "VGR", { as: { userId: "29:fresh" } });
    const picked = cardIn(res);
    expect(validateCard(picked)).toEqual([]);
    expect(JSON.stringify(picked)).toMatch(/Samordningsråd inom hälso- och sjukvård/);
    // the organisation picked is remembered for the next question, and the card says so; a named one still wins
    const next = await ask("Vem ansvarar för rekrytering och bemanning?", "29:fresh");
    expect(JSON.stringify(next)).toMatch(/Organisation: Västra Götalandsregionen \(från din tidigare fråga\)/);
    const named = await ask("Vem ansvarar för kompetensförsörjning i Mellansverige?", "29:fresh");
    expect(JSON.stringify(named)).toMatch(/Verksamhetschefsgrupper/);
    expect(JSON.stringify(named)).toMatch(/nämnd i frågan/);
    // a pick cannot override the name in the question, so no organisation button is offered to press in vain
    expect(JSON.stringify(named)).not.toMatch(/routing\.choose/);
    expect(JSON.stringify(next)).toMatch(/routing\.choose/);
  });

  it("says so when only the kind of group covers the area, and lists its concrete groups", async () => {
    const card = await ask("Vem ansvarar för bemanningen inom ortopedin i VGR?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Samordningsråd inom hälso- och sjukvård/);
    expect(json).toMatch(/Det finns ingen egen grupp för just det området/);
    expect(json).toMatch(/Samordningsråd bild- och funktionsmedicin/);
    // a kind is a template, not a group that owns the question: the card says so and offers no chair to contact
    expect(json).toMatch(/Den här sortens grupp äger frågan/);
    expect(json).not.toMatch(/Den här gruppen äger frågan|ordförande eller sekreterare/);
    // its concrete groups are a list of rows to pick from (full names, not cut button titles)
    const rows = actionsOf(card).filter((f) => f.action.verb === "routing.choose" && f.action.data.groupId);
    expect(rows.map((f) => f.action.data.groupId)).toContain("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("answers a relation whose clause names a post with that post, and no chair to contact", async () => {
    const card = await ask("Vem utser deltagarna i samordningsrådet för bild- och funktionsmedicin?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Förvaltningschef/);
    expect(json).toMatch(/De utes av respektive förvaltningschef|utsetts av respektive förvaltningschef/);
    expect(json).toMatch(/Det är en befattning, ingen grupp/);
    expect(json).not.toMatch(/ordförande eller sekreterare/);
  });

  it("answers a relation question with the clause of the relation", async () => {
    const card = await ask("Vem fastställer ledningsgruppens verksamhetsplan i Mellansverige?");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Samverkansnämndens landstings- och regiondirektörsgrupp/);
    expect(json).toMatch(/fastställs av landstings- och regiondirektörsgruppen/);
  });

  it("shows the owner's next meeting and opens the item form from the answer", async () => {
    const question = "Vem äger frågan om remissvar på nationella kunskapsstöd inom bild- och funktionsmedicin?";
    const services = ctx.bot.services()!;
    const admin = { userId: "29:admin", name: "Admin", isAdmin: true };
    const at = new Date(services.clock.now().getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
    const created = await services.agenda.createMeeting(admin, "vgr:samordningsrad-bild-och-funktionsmedicin", { at: `${at}T13:00`, place: "Skövde" });
    expect(created.ok).toBe(true);
    const card = await ask(question);
    const json = JSON.stringify(card);
    expect(json).toContain(`${svLocal(at)} kl. 13:00`);
    expect(json).toMatch(/ärenden anmäls senast \d{1,2} [a-zåäö]+ \d{4}/);
    const form = await press(ctx.bot, ctx.connector, card, "Anmäl ärende", { as: { userId: "29:asker" } });
    expect(form.status).toBe(200);
    expect(JSON.stringify(form.body)).toContain("remissvar på nationella kunskapsstöd");
    // the form replaced the answer: "Tillbaka till svaret" brings it back, with the title left empty (it sends no inputs)
    const formCard = cardIn(form);
    const back = await press(ctx.bot, ctx.connector, { ...formCard, body: formCard.body.map((b: any) => (b.id === "title" ? { ...b, value: "" } : b)) }, "Tillbaka till svaret", { as: { userId: "29:asker" } });
    const answerAgain = cardIn(back);
    expect(validateCard(answerAgain)).toEqual([]);
    expect(JSON.stringify(answerAgain)).toMatch(/Den här gruppen äger frågan.*Samordningsråd bild- och funktionsmedicin/);
    expect(JSON.stringify(answerAgain)).toContain(`${svLocal(at)} kl. 13:00`);
    // a template expression typed in the question is carried as text, never evaluated
    const tricky = JSON.stringify(await ask(`${question} \${submit.groupId}`));
    expect(tricky).toContain("submit.groupId}");
  });

  it("in English: Submit an item, then Back to the answer, from a form opened on the answer", async () => {
    const card = await ask("Who is responsible for national knowledge support consultation responses in imaging and functional medicine?", "29:en-asker", "en-US");
    const json = JSON.stringify(card);
    expect(json).toMatch(/Samordningsråd bild- och funktionsmedicin/);
    const form = cardIn(await press(ctx.bot, ctx.connector, card, "Submit an item", { as: { userId: "29:en-asker" } }));
    expect(validateCard(form)).toEqual([]);
    expect(JSON.stringify(form)).toMatch(/Submit an item to Samordningsråd bild- och funktionsmedicin/);
    const backAction = executes(form).find((a) => a.title === "Back to the answer");
    expect(backAction?.associatedInputs).toBe("none");
    expect(backAction?.data.lang).toBe("en");
    const again = cardIn(await press(ctx.bot, ctx.connector, form, "Back to the answer", { as: { userId: "29:en-asker" } }));
    expect(validateCard(again)).toEqual([]);
    expect(JSON.stringify(again)).toMatch(/Samordningsråd bild- och funktionsmedicin/);
    expect(executes(again).every((a) => a.data.lang === "en")).toBe(true);
  });

  it("never echoes markup from the question into the card", async () => {
    const card = await ask("Vem äger <script>alert(1)</script> ${title} **frågan**?");
    expect(JSON.stringify(card)).not.toContain("<script>");
  });

  it("answers tampered or outdated card data politely, never with a 5xx", async () => {
    for (const [verb, data] of [
      ["routing.choose", { questionId: "an old card" }],
      ["routing.choose", { question: "x", groupId: "a/b?c" }],
      ["routing.choose", { question: "x", groupId: "no-such-group" }],
      ["routing.feedback", { nothing: true }],
      ["routing.feedback", { question: "x", status: "owner", correctGroupId: "../../etc" }],
    ] as const) {
      const res = await post(ctx.bot, invoke(ctx.connector, verb, data as Record<string, unknown>));
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).toMatch(/inaktuellt|out of date|finns inte i katalogen|not in the catalog/);
    }
  });
});

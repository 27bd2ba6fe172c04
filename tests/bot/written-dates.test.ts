import { cliAgainst } from "../support/cli";
import { cardOf, say } from "../support/harness";
import { DeadButtonError, inputsOf, invokeCard, press as pressCard, pressData, type PressOptions } from "../support/press";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";

/**
 * A new user meets one way of writing a date: the receipt said "Anmält: 23 november 2026 kl. 13:00" while
 * its "Möte" fact, the meetings card, the form's meeting choices, the minutes and the usage texts wrote
 * "2027-01-12 13:00". Every card a person reads now writes meeting dates out in the card's language (inputs
 * keep their ISO values: they are what the client sends). Usage texts name their placeholders in italics:
 * Teams reads "<grupp>" as an HTML tag and shows nothing. Buttons are pressed as the client does.
 */

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const NOW = "2026-11-23T12:00:00Z";
const CHANNEL = "19:channel-1@thread.tacv2";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW, TIME_ZONE: "Europe/Stockholm" });
const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna", locale: "sv-SE" };
const emma = { userId: "29:emma", aadObjectId: "aad-emma", userName: "Emma", locale: "en-US" };
const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara", locale: "sv-SE" };
const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada", locale: "sv-SE" };

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

async function press(card: any, title: string, o: PressOptions = {}) {
  const res = await pressCard(ctx.bot, ctx.connector, card, title, o);
  expect(res.status).toBe(200);
  return invokeCard(res);
}

/** What a person reads on a card: text, facts, choice titles, button titles (not input values, which are sent). */
function visibleTexts(card: any): string[] {
  const out: string[] = [];
  const visit = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    if (node.type === "TextBlock" && typeof node.text === "string") out.push(node.text);
    if (node.type === "FactSet") for (const f of node.facts ?? []) out.push(`${f.title}: ${f.value}`);
    if (node.type === "Input.ChoiceSet") for (const c of node.choices ?? []) out.push(String(c.title));
    if (typeof node.type === "string" && node.type.startsWith("Action.") && typeof node.title === "string") out.push(node.title);
    for (const [k, v] of Object.entries(node)) if (k !== "data" && k !== "value" && k !== "refresh") visit(v);
  };
  visit(card.body);
  visit(card.actions ?? []);
  return out;
}
const isoIn = (card: any) => visibleTexts(card).filter((t) => ISO_DATE.test(t));
const factsOf = (card: any): string[] => card.body.filter((b: any) => b.type === "FactSet").flatMap((f: any) => f.facts.map((x: any) => `${x.title}: ${x.value}`));

describe("meeting dates are written out on every card, in the card's language", () => {
  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara", "--tenant", "tenant-1"]);
    await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås"]);
    const [bound] = await say(ctx.bot, ctx.connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", ...admin });
    expect(bound.text).toMatch(/hemkanal/);
  }, 120_000);

  it("Swedish: the meetings card, the form's meeting choice, the receipt and the triaged card", async () => {
    const meetings = cardOf((await say(ctx.bot, ctx.connector, { text: "möten samverkansgruppen i Västmanland", ...sara }))[0]);
    expect(validateCard(meetings)).toEqual([]);
    expect(visibleTexts(meetings)).toEqual(expect.arrayContaining(["12 januari 2027 kl. 13:00, Västerås"]));
    expect(isoIn(meetings)).toEqual([]);

    const form = cardOf((await say(ctx.bot, ctx.connector, { text: "anmäl ärende samverkansgruppen i Västmanland", ...anna }))[0]);
    expect(visibleTexts(form)).toEqual(expect.arrayContaining(["12 januari 2027 kl. 13:00, Västerås"]));
    expect(isoIn(form)).toEqual([]);
    // The client refuses to send the form while a required field is empty.
    expect(() => pressData(form, "Skicka", { inputs: { title: "", description: "x" } })).toThrow(DeadButtonError);
    const title = "Gemensam rutin för utskrivning";
    const receipt = await press(form, "Skicka", { as: anna, inputs: { title, description: "Hur vi samordnar utskrivningar.", kind: "beslut" } });
    expect(validateCard(receipt)).toEqual([]);
    expect(factsOf(receipt)).toEqual(expect.arrayContaining(["Möte: 12 januari 2027 kl. 13:00", "Anmält: 23 november 2026 kl. 13:00"]));
    expect(isoIn(receipt)).toEqual([]);

    const posted = await ctx.connector.waitFor((c) => c.method === "POST" && c.conversationId === CHANNEL && JSON.stringify(c.body ?? "").includes(title), 15_000);
    const triage = posted.body.attachments[0].content;
    expect(isoIn(triage)).toEqual([]);
    const accepted = await press(triage, "Acceptera", { within: "Acceptera", as: sara });
    expect(factsOf(accepted)).toContain("Möte: 12 januari 2027 kl. 13:00");
    expect(isoIn(accepted)).toEqual([]);
  });

  it("English: the meetings card and the receipt write dates as an English reader does", async () => {
    const meetings = cardOf((await say(ctx.bot, ctx.connector, { text: "meetings samverkansgruppen i Västmanland", ...emma }))[0]);
    expect(visibleTexts(meetings)).toEqual(expect.arrayContaining(["12 January 2027 at 13:00, Västerås"]));
    expect(isoIn(meetings)).toEqual([]);
    const form = cardOf((await say(ctx.bot, ctx.connector, { text: "submit item samverkansgruppen i Västmanland", ...emma }))[0]);
    const receipt = await press(form, "Send", { as: emma, inputs: { title: "Shared discharge routine", description: "How we coordinate discharges." } });
    expect(factsOf(receipt)).toEqual(expect.arrayContaining(["Meeting: 12 January 2027 at 13:00", "Submitted: 23 November 2026 at 13:00"]));
    expect(isoIn(receipt)).toEqual([]);
  });

  it("the minutes card and its paragraph form write the meeting and due dates out", async () => {
    const pasted = "protokoll samverkansgruppen i Västmanland\n# Protokoll\nJusteras senast: 2027-01-19\n\n## 1. Budget\nBeslut: Budgeten fastställs.\nSenast: 2027-02-01";
    const card = cardOf((await say(ctx.bot, ctx.connector, { text: pasted, ...sara }))[0]);
    expect(validateCard(card)).toEqual([]);
    const texts = visibleTexts(card).join("\n");
    expect(texts).toMatch(/möte 12 januari 2027/);
    expect(texts).toMatch(/Justeras senast: 19 januari 2027/);
    expect(texts).toMatch(/senast: 1 februari 2027/);
    expect(isoIn(card).filter((t) => !/samverkan minutes/.test(t))).toEqual([]);
    const form = await press(card, "Lägg till paragraf", { as: sara });
    expect(visibleTexts(form).join("\n")).toMatch(/möte 12 januari 2027: paragraf/);
    // An empty title is refused by the client with a sentence that says what to do.
    expect(inputsOf(form).find((i: any) => i.id === "title")?.errorMessage).toBe("Skriv paragrafens rubrik.");
    expect(() => pressData(form, "Spara paragraf", { inputs: { title: "" } })).toThrow(DeadButtonError);
    const saved = await press(form, "Spara paragraf", { as: sara, inputs: { title: "Lokaler" } });
    expect(visibleTexts(saved).join("\n")).toMatch(/§ 2 är sparad/);
    expect(isoIn(saved).filter((t) => !/samverkan minutes/.test(t))).toEqual([]);
  });

  it("'vem är jag' names the roles in the reader's words, not by their keys", async () => {
    const [sv] = await say(ctx.bot, ctx.connector, { text: "vem är jag", ...sara });
    expect(sv.text).toMatch(/\*\*Roller:\*\* sekreterare \(Länsgemensam samverkansgrupp/);
    expect(sv.text).not.toMatch(/secretary/);
    const [en] = await say(ctx.bot, ctx.connector, { text: "whoami", ...sara, locale: "en-US" });
    expect(en.text).toMatch(/\*\*Roles:\*\* secretary \(Länsgemensam samverkansgrupp/);
  });

  it("usage texts name placeholders in italics and point to Teams commands, not the CLI", async () => {
    for (const [text, who, usage] of [["nytt möte", sara, true], ["new meeting", emma, true], ["protokoll samverkansnämndens ledningsgrupp", anna, false], ["minutes samverkansnämndens ledningsgrupp", emma, false], ["protokoll", anna, false], ["sätt ordförande", admin, true]] as const) {
      const [r] = await say(ctx.bot, ctx.connector, { text, ...who });
      expect(r.text).toEqual(expect.any(String));
      // a usage text names what to fill in as an italic placeholder (Teams shows <…> as nothing)
      if (usage) expect(r.text).toMatch(/(^|\s)_[^_\s][^_]*_/);
      // where the group is named, the reply names it too: no placeholder left to fill
      else if (/ledningsgrupp$/.test(text)) expect(r.text).not.toMatch(/(^|\s)_[^_\s][^_]*_/);
      expect(r.text).not.toMatch(/<[^>]*>/);
      expect(r.text).not.toMatch(/samverkan (minutes|meetings)|README/);
    }
  });
});

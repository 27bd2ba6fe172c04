import { cardOf, say } from "../support/harness";
import { press } from "../support/press";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";

/**
 * "bered <grupp>" / "triage <group>": a chair (here an administrator) triages from a personal chat, not
 * only from the cards in the group's channel. The cards are pressed as the client does; the rights and
 * the item's revision are checked again on the press.
 */

const GROUP_NAME = "samverkansgruppen i Västmanland";
const NOW = "2026-11-23T12:00:00Z";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });

const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna", locale: "sv-SE" };
const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada", locale: "sv-SE" };
const xavier = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier", locale: "sv-SE" };

const texts = (replies: any[]) => replies.map((r) => String(r.text ?? "")).join("\n");
const cards = (replies: any[]) => replies.map(cardOf).filter(Boolean);
const buttons = (card: any) => JSON.stringify(card.actions ?? []);

describe("triage from a personal chat", () => {
  beforeAll(async () => {
    const [meeting] = await say(ctx.bot, ctx.connector, { text: `nytt möte ${GROUP_NAME} 2027-01-12 13:00 Västerås`, ...admin });
    expect(JSON.stringify(meeting)).toMatch(/är skapat/);
    const [formReply] = await say(ctx.bot, ctx.connector, { text: `anmäl ärende ${GROUP_NAME}`, ...anna });
    const sent = await press(ctx.bot, ctx.connector, cardOf(formReply), "Skicka", {
      as: anna,
      inputs: { title: "Rutin för utskrivningsklara patienter", description: "Rutiner för utskrivning från slutenvård i Västmanland", kind: "beslut" },
    });
    expect(JSON.stringify(sent.body)).toMatch(/Väntar på beredning/);
  }, 120_000);

  it("the administrator asks in a personal chat, gets the item's triage card and accepts it; a second press is told who did it", async () => {
    const replies = await say(ctx.bot, ctx.connector, { text: `bered ${GROUP_NAME}`, ...admin });
    expect(texts(replies)).toMatch(/1 ärende väntar på beredning i Länsgemensam samverkansgrupp/);
    const [card] = cards(replies);
    expect(card).toBeDefined();
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/Rutin för utskrivningsklara patienter/);
    expect(buttons(card)).toMatch(/Acceptera/);

    const accepted = await press(ctx.bot, ctx.connector, card, "Acceptera", { within: "Acceptera", as: admin });
    expect(accepted.status).toBe(200);
    expect(JSON.stringify(accepted.body)).toMatch(/Accepterat av Ada/);

    // The same (now stale) card pressed again: a polite answer naming who handled it, no second triage.
    const again = await press(ctx.bot, ctx.connector, card, "Acceptera", { within: "Acceptera", as: admin });
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body)).toMatch(/redan hanterat av Ada/);

    const [empty] = await say(ctx.bot, ctx.connector, { text: `bered ${GROUP_NAME}`, ...admin });
    expect(empty.text).toMatch(/Inga ärenden väntar på beredning/);
  });

  it("someone without a triage role is refused, in words", async () => {
    const replies = await say(ctx.bot, ctx.connector, { text: `bered ${GROUP_NAME}`, ...xavier });
    expect(cards(replies)).toEqual([]);
    expect(texts(replies)).toMatch(/Bara gruppens ordförande, vice ordförande eller sekreterare \(eller en administratör\) kan bereda ärenden/);
  });

  it("in English, and without a group: asks which", async () => {
    // An English conversation (its own, so the Swedish chat above does not decide): "triage" + a Swedish group name.
    const en = { ...admin, conversationId: "a:admin-english", locale: "en-US" };
    const [none] = await say(ctx.bot, ctx.connector, { text: "triage samverkansnämndens ledningsgrupp", ...en });
    expect(none.text).toMatch(/^No items await triage in Samverkansnämndens ledningsgrupp/);
    // ... and the next command in that chat is still answered in English (the Swedish name did not flip it).
    const [agenda] = await say(ctx.bot, ctx.connector, { text: "agenda samverkansnämndens ledningsgrupp", ...en });
    expect(agenda.text).toMatch(/^Samverkansnämndens ledningsgrupp has no meeting planned/);
    // the group was named: the hint names it too (was the placeholder "_group_"), only the date and time left to fill
    expect(agenda.text).toMatch(/\*\*new meeting Samverkansnämndens ledningsgrupp\*\* _YYYY-MM-DD HH:MM_/);
    const [which] = await say(ctx.bot, ctx.connector, { text: "bered", ...admin });
    expect(which.text).toMatch(/Vilken grupp\? Skriv \*\*bered\*\*/);
  });

  it("a question that starts with the word stays a routing question", async () => {
    const replies = await say(ctx.bot, ctx.connector, { text: "Triage of patients in primary care, who owns it?", ...anna, locale: "en-US" });
    expect(texts(replies)).not.toMatch(/await triage|Which group\?|Only the group's chair/);
    expect(cards(replies).length).toBeGreaterThan(0);
  });
});

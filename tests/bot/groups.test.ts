import { cardOf, say } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";

describe("groups in Teams (sample mandates loaded at start)", () => {
  const ctx = useBot();

  it("lists the groups by organisation", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, "grupper");
    expect(reply.text).toMatch(/Grupper per organisation/);
    expect(reply.text).toMatch(/Västra Götalandsregionen/);
    expect(reply.text).toMatch(/Sjukvårdsregion Mellansverige/);
    expect(reply.text).toMatch(/[Ll]edningsgrupp/);
    expect(reply.text).toMatch(/[Bb]ild- och funktionsmedicin/);
  });

  it("shows a group profile card, forgiving about case, diacritics and definite forms", async () => {
    for (const q of ["visa samverkansgruppen i Västmanland", "show SAMORDNINGSRAD BILD- OCH FUNKTIONSMEDICIN"]) {
      const [reply] = await say(ctx.bot, ctx.connector, q);
      const card = cardOf(reply);
      expect(card).toBeDefined();
      expect(validateCard(card)).toEqual([]);
      const facts = JSON.stringify(card);
      expect(facts).toMatch(/Uppdragsgivare|Commissioned by/);
    }
  });

  it("shows the quality flags of the VGR template (placeholders)", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, "visa samordningsråd inom hälso- och sjukvård");
    const card = cardOf(reply);
    expect(card).toBeDefined();
    expect(JSON.stringify(card)).toMatch(/xxx|platshållare|placeholder/i);
    // the flags are in the user's language (Swedish by default), not the CLI's English messages
    expect(JSON.stringify(card)).toContain("Platshållare kvar i dokumentet");
    expect(JSON.stringify(card)).not.toMatch(/placeholder left in the document/i);
  });

  it("says so politely when no group matches, without echoing markup", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, "visa <b>parkeringsgruppen</b>");
    expect(reply.text).toMatch(/hittar ingen|can't find/);
    expect(reply.text).not.toContain("<b>");
    const [usage] = await say(ctx.bot, ctx.connector, "visa");
    expect(usage.text).toMatch(/visa|show/);
  });
});

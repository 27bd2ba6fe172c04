import { cardOf, say } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import { cliAgainst } from "../support/cli";

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

  it("knows a group by the abbreviation people use, with the placeholder word of the help typed too", async () => {
    const [shown] = await say(ctx.bot, ctx.connector, "visa grupp LG");
    expect(JSON.stringify(cardOf(shown))).toMatch(/Samverkansnämndens ledningsgrupp/);
    // VCG is a kind of group: said so, not "no group is called vcg"
    const [agenda] = await say(ctx.bot, ctx.connector, "dagordning vcg");
    expect(agenda.text).toMatch(/Verksamhetschefsgrupper/);
    expect(agenda.text).not.toMatch(/ingen grupp som heter|no group called/i);
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

describe("grupper and profiles as the roles see them", () => {
  const NOW = "2026-11-23T12:00:00Z";
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  const SVG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
  const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada Admin", locale: "sv-SE" };
  const sara = { userId: "29:sara", aadObjectId: "aad-sara", userName: "Sara Svensson", locale: "sv-SE" };
  const member = { userId: "29:mia", aadObjectId: "aad-mia", userName: "Mia Månsson", locale: "sv-SE" };
  const facts = (card: any) => Object.fromEntries((card.body.find((b: any) => b.type === "FactSet")?.facts ?? []).map((f: any) => [f.title, f.value]));
  const flagsShown = (card: any) => JSON.stringify(card).includes("Brister i uppdraget");

  beforeAll(async () => {
    await cli(["roles", "set", SVG, "secretary", "aad-sara", "--name", "Sara Svensson"]);
    await cli(["roles", "set", SVG, "chair", "aad-olle", "--name", "Olle Ordförande"]);
  });

  it("grupper lists the bodies the mandates refer to by name, in a section of their own", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { ...member, text: "grupper" });
    expect(reply.text).toMatch(/\*\*Nämns i uppdragen\*\*/);
    expect(reply.text).toMatch(/Region Västmanland och kommunerna i Västmanland: .*Chefsforum/);
    expect(reply.text).toMatch(/Västra Götalandsregionen: .*Klinisk ledning/);
    expect(reply.text).not.toMatch(/× känd från hänvisningar/);
  });

  it("the chair row names who holds the role; how the chair is chosen is a row of its own; members do not repeat it", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { ...member, text: "visa samverkansgruppen i Västmanland" });
    const card = cardOf(reply);
    expect(validateCard(card)).toEqual([]);
    const f = facts(card);
    expect(f["Ordförande"]).toBe("Olle Ordförande");
    expect(f["Sekreterare"]).toBe("Sara Svensson");
    expect(f["Så utses ordföranden"]).toMatch(/^Gruppen leds av enhetschef och utvecklingsstrateg/);
    expect(f["Ledamöter"]).toBe("Utses av respektive huvudman i Chefsforum.");
    const [other] = await say(ctx.bot, ctx.connector, { ...member, text: "visa bild- och funktionsmedicin" });
    expect(facts(cardOf(other))["Ordförande"]).toBe("ingen registrerad i Samverkan");
  });

  it("the quality flags are for the group's chair and secretary and for administrators only", async () => {
    const q = "visa samverkansgruppen i Västmanland";
    const [asMember] = await say(ctx.bot, ctx.connector, { ...member, text: q });
    expect(flagsShown(cardOf(asMember))).toBe(false);
    const [asSecretary] = await say(ctx.bot, ctx.connector, { ...sara, text: q });
    expect(flagsShown(cardOf(asSecretary))).toBe(true);
    const [asAdmin] = await say(ctx.bot, ctx.connector, { ...admin, text: "visa samordningsråd inom hälso- och sjukvård" });
    expect(flagsShown(cardOf(asAdmin))).toBe(true);
    const [kindAsMember] = await say(ctx.bot, ctx.connector, { ...member, text: "visa samordningsråd inom hälso- och sjukvård" });
    expect(flagsShown(cardOf(kindAsMember))).toBe(false);
    // the flags are not in warning or attention colours
    expect(JSON.stringify(cardOf(asSecretary))).not.toMatch(/"style":"(warning|attention)"/);
  });
});

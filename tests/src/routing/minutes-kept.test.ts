/**
 * Issue 13 (relation): where a group's minutes go is what its minutes clause says. The samordningsråd template sends
 * them to no one (003 Kommunikation: "Mötesanteckningar ska föras vid alla möten … Anteckningarna ska publiceras på
 * intranätet"), so the råd answers, citing that clause — not the hälso- och sjukvårdsdirektör its chair reports to
 * (003 Rapportering). The verksamhetschefsgrupp's clause sends them on (000 "… delges Ledningsgruppen och
 * samverkansnämndens kansli"), and a report is still reported. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("minutes a clause sends to no one stay with the group", () => {
  it.each([
    ["Vart skickas samordningsrådets mötesanteckningar i VGR?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Vem får anteckningarna från samordningsrådet för bild- och funktionsmedicin?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Who receives the minutes of the imaging council in VGR?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s → %s, citing 003 Kommunikation", (question, id) => {
    const r = router.route({ question });
    expect(r.owner?.id).toBe(id);
    expect(r.citations.map((c) => c.text).join(" ")).toMatch(/publiceras på intranätet/);
  });

  it("minutes a clause sends on go where it says (000 → the ledningsgrupp)", () => {
    expect(router.route({ question: "Vart skickas VCG:s minnesanteckningar?" }).owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a report is still reported (003: the chair reports to the hälso- och sjukvårdsdirektör)", () => {
    expect(router.route({ question: "Vem skickar samordningsrådet sin rapport till?" }).owner?.id).toBe("vgr:halso-och-sjukvardsdirektor");
  });
});

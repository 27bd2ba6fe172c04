/*
 * Relation questions as people phrase them: the short names readers use for a group, "vem mer än X" (besides X),
 * "vem bestämmer över X" (who is above X), and a concrete råd that follows its template where its own mandate is
 * silent. Questions written from the mandates' clauses by the lead, not taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the short names readers use for a group name it (samples/overrides)", () => {
  it.each([
    // 004's råd is "bildrådet" in speech, as "röntgenrådet" already is; 004: "Uppdragsgivare: Hälso- och sjukvårdsutvecklingsdirektör"
    ["Vem är uppdragsgivare till bildrådet?", "owner vgr:halso-och-sjukvardsutvecklingsdirektor"],
    // 002's länsgemensam samverkansgrupp is "länsgruppen"; 002: "Chefsforum är uppdragsgivare och prioriterar uppdragen"
    ["Vem bestämmer vilka uppdrag länsgruppen i Västmanland ska ta först?", "owner vastmanland:chefsforum"],
    ["Vilka ska deltagarna i länsgruppen informera om gruppens arbete?", "owner vastmanland:huvudman"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("'mer än X' and 'annan än X' leave X out of the answer, as 'förutom X' does", () => {
  // 000: the VCG's minutes go to the ledningsgrupp and to the kansli
  it.each([
    "Vem mer än ledningsgruppen ska få minnesanteckningarna från en verksamhetschefsgrupp?",
    "Vem förutom ledningsgruppen ska få minnesanteckningarna från en verksamhetschefsgrupp?",
  ])("%s", (q) => expect(say(q)).toBe("owner sjukvardsregion-mellansverige:kansli"));
});

describe("'vem bestämmer över X' asks who is above X, as 'vem står över X' does", () => {
  it.each([
    // 000: "Samverkansnämndens ledningsgrupp är uppdragsgivare" for the verksamhetschefsgrupper
    ["vem bestämmer över vcg:erna", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Vem bestämmer över samverkansgruppen i Västmanland?", "owner vastmanland:chefsforum"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));

  it("leaves a topic a group is given alone: who decides on mammography in VGR is the råd that has it", () => {
    expect(say("vem bestämmer över mammografin i VGR")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("a concrete råd follows its template where its own mandate does not say who proposes its chair", () => {
  it("answers the förvaltningschefer (003: 'efter förslag från förvaltningscheferna'), not the råd's own NPO duty", () => {
    expect(say("Vem föreslår ordförande till samordningsrådet för bild- och funktionsmedicin?")).toBe("owner vgr:forvaltningschef");
    expect(say("vem nominerar ordförande i bildrådet")).toBe("owner vgr:forvaltningschef");
  });

  it("keeps the råd's own duty when the question names what the duty is about (004: 'Nominera ordförande … till nationella programområden')", () => {
    expect(say("Vem nominerar ordförande till nationella programområden inom bild- och funktionsmedicin?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("the costs of taking part, in every form of the word", () => {
  // 001 Ekonomi: "Gruppens hemlandsting står för rese- och lönekostnader för sjukvårdsregionalt arbete": the group's own
  // mandate says it (the hemlandsting has no entry of its own); "resekostnaderna" had asked nothing and tied with 000
  it.each(["Vem står för resekostnaderna för LG-ledamöter?", "vem star for resekostnaderna for lg ledamoter"])("%s", (q) =>
    expect(say(q)).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp"),
  );
});

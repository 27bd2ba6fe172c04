/**
 * Issue 13 (relation): "Vem leder ledningsgruppen?" asks for its chair. 001 says who appoints the chair
 * ("Regiondirektörsgruppen utser ordförande och vice ordförande"), not who holds it, and the chair has no entry of its
 * own: the group whose mandate sets the chair answers (label rule 3), not "none". A clause saying who the group is led
 * by still answers with that body (002: "gruppen leds av enhetschef och utvecklingsstrateg från … UoU").
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("who leads a group", () => {
  it("no clause says it is led by anyone: the group itself", () => {
    expect(owner("Vem leder ledningsgruppen?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a clause says who leads it: that body", () => {
    expect(owner("Vem leder samverkansgruppen i Västmanland?")).toBe("owner vastmanland:uou-vkl");
  });
});

describe("who chairs or leads a group whose mandate only says who appoints its chair", () => {
  // the chair leads the group: its mandate's chair clause is what a person can check (before, "Vem är ordförande i …?"
  // fell to the topic reading and cited a clause on the group's members)
  const { router } = sampleRouter();
  it.each([
    ["Vem är ordförande i samordningsrådet för bild- och funktionsmedicin?", "vgr:samordningsrad-bild-och-funktionsmedicin", /^Utses av ledningsgrupp hälso- och sjukvård/],
    ["Vem är ordförande i bildrådet?", "vgr:samordningsrad-bild-och-funktionsmedicin", /^Utses av ledningsgrupp hälso- och sjukvård/],
    ["Vem är ordförande i VCG?", "sjukvardsregion-mellansverige:verksamhetschefsgrupp", /^Samverkansnämndens ledningsgrupp utser ordförande/],
    // "leder" asks the same: 003's "Principen är att linjen leder och ansvarar för …" says what another thing leads,
    // with no body of the catalog leading, so it is no clause on who leads the group
    ["Vem leder bildrådet?", "vgr:samordningsrad-bild-och-funktionsmedicin", /^Utses av ledningsgrupp hälso- och sjukvård/],
    ["Who chairs the imaging council in VGR?", "vgr:samordningsrad-bild-och-funktionsmedicin", /^Utses av ledningsgrupp hälso- och sjukvård/],
  ])("%s", (q, id, clause) => {
    const r = router.route({ question: q });
    expect(r.owner?.id).toBe(id);
    expect(r.citations[0]?.text).toMatch(clause);
  });
});

describe("who leads something the group's mandate puts under it", () => {
  // 004 "Regionala processteam inom kunskapsstyrningen rapporterar till samordningsrådet": the team is no catalog group,
  // and the råd of its area answers (a group answering who leads may be the group itself, by its chair)
  it("Vem leder de regionala processteamen för bild- och funktionsmedicin i VGR?", () => {
    expect(owner("Vem leder de regionala processteamen för bild- och funktionsmedicin i VGR?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

/*
 * Region Västmanland is one organisation of its own (002: Landstinget Västmanland and the municipalities) and one of the
 * regions of Sjukvårdsregion Mellansverige (000, 001). A question that names the region with a group only the
 * collaboration has ("ledningsgruppen", "verksamhetschefsgruppen") asks about that group, the region being a party in
 * it; a relative clause whose subject is the asker ("där vi deltar", "we take part in") says which group is meant, not
 * what is asked of it. Questions written by the lead, not taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a region named with a group of the collaboration it is a region of", () => {
  it.each([
    // 001 Deltagare: "En representant per region utsedd av respektive regiondirektör"
    ["Vem utser Region Västmanlands representant i ledningsgruppen?", "owner sjukvardsregion-mellansverige:regiondirektor"],
    // 001: "Regiondirektörsgruppen utser ordförande och vice ordförande"
    ["Jag jobbar i Region Västmanland, vem utser ordförande i ledningsgruppen?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // the same, asked of "the region's person" in the group: a person in a group is one of its members
    ["Vem utser Region Dalarnas person i samverkansnämndens ledningsgrupp?", "owner sjukvardsregion-mellansverige:regiondirektor"],
    // 000: the ledningsgrupp decides the composition of the verksamhetschefsgrupper
    ["Vem utser Västmanlands deltagare i verksamhetschefsgrupperna?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));

  it("keeps the region's own group where the question names it", () => {
    expect(say("Vem leder samverkansgruppen i Region Västmanland?")).toBe("owner vastmanland:uou-vkl");
  });
});

describe("a relative clause about the asker names the group", () => {
  it.each([
    // 000 Uppdragsgivare: the ledningsgrupp gives the verksamhetschefsgrupper their formal assignments
    ["Jag arbetar på röntgen i Region Dalarna. Vem ger formella uppdrag till den verksamhetschefsgrupp där vi deltar?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Which body gives formal assignments to the department-head groups we take part in?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

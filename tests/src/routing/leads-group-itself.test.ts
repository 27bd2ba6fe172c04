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

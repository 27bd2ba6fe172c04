/**
 * Issue 13 (relation): 002 — "Utses av respektive huvudman i Chefsforum och gruppen leds av enhetschef och
 * utvecklingsstrateg från Utvecklings- och Utredningsenheten (UoU)". "gruppen" (the samverkansgrupp) is led by UoU;
 * Chefsforum is only mentioned there. No clause says who leads Chefsforum: the honest answer is no owner.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("a body mentioned in another mandate's sentence is not the one it speaks of", () => {
  it("does not answer UoU for who leads Chefsforum", () => {
    expect(owner("Vem leder Chefsforum?")).not.toBe("owner vastmanland:uou-vkl");
    expect(owner("Vem leder Chefsforum?")).toMatch(/^(none|ambiguous)/);
  });

  it("still answers UoU for who leads the samverkansgrupp", () => {
    expect(owner("Vem leder samverkansgruppen i Västmanland?")).toBe("owner vastmanland:uou-vkl");
  });
});

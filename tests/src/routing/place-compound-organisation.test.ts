/*
 * "Västmanlandsgruppen" speaks of the group as "gruppen i Västmanland" does: Swedish names a thing by a compound whose
 * head says what it is and whose first part what it belongs to, so the first part names the organisation the question
 * is asked in, as the name said apart would (002: Chefsforum "utser samverkansgruppen medlemmar"; "gruppen leds av …
 * UoU"). Real router, sample mandates; questions written for this test, no organisation given or remembered.
 */
import { sampleRouter } from "./sample-router";

const { router, say: owner } = sampleRouter();

describe("an organisation named as the first part of a group compound", () => {
  it.each([
    ["Vem utser ledamöterna i Västmanlandsgruppen?", "vastmanland:chefsforum"],
    ["Vem leder Västmanlandsgruppen?", "vastmanland:uou-vkl"],
  ])("%s → %s", (q, id) => {
    expect(owner(q)).toBe(`owner ${id}`);
    expect(router.routeDetailed({ question: q }).analysis.organization?.id).toBe("vastmanland");
  });

  it("a compound of another head names no organisation ('patientgruppen')", () => {
    expect(router.routeDetailed({ question: "Vem tar hand om patientgruppen?" }).analysis.organization).toBeNull();
  });
});

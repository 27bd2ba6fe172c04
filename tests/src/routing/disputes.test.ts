/**
 * Issue 13 (topic, boundary, typed): a municipality and the region disagreeing on who is responsible is the duty of one
 * group — 002: "Identifiera områden där oenighet råder om tolkningar i ansvar och utarbeta förslag till lösning", in
 * the group for "ett välfungerande samarbete mellan länets kommuner och landsting" — however many words the question
 * has for the thing disputed; not a municipality in another organisation. The regions' own disputes in their
 * collaborations are 000's ("Verka för att eventuella problem/tvister i samarbetssituationer löses"). Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { disputeClauseOf } from "../../../src/routing/disputes";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};
const GROUP = "owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("a municipality's disagreement with the region on responsibility", () => {
  it("typed, the municipality and the region named", () => {
    expect(owner("kommunen i arboga o regionen oense om vem som ska ta blodprover pa patienter i hemtjansten, vart")).toBe(GROUP);
  });
  it("the organisation known, the region the asker's own side", () => {
    expect(owner("Vi tjafsar med kommunen om vem som ska lägga om såren hos patienterna i hemsjukvården. Vilken grupp tar det?", "vastmanland")).toBe(GROUP);
  });
  it("cites the clause", () => {
    const r = router.route({ question: "kommunen i arboga o regionen oense om vem som ska ta blodprover pa patienter i hemtjansten, vart" });
    expect(r.citations[0]?.text).toMatch(/oenighet råder om tolkningar i ansvar/);
  });
  it("another organisation's municipality is not Västmanland's matter", () => {
    expect(owner("Borås stad och VGR är oense om vem som ska stå för hjälpmedlen i hemsjukvården. Vilken grupp tar det?")).not.toBe(GROUP);
  });
  it("who decides the dispute is still asked of the relation (Chefsforum takes the position)", () => {
    expect(owner("Kommunerna i Västmanland och regionen är oense om vem som ska ge insulinet i hemmet. Vem tar slutligen ställning?")).toBe("owner vastmanland:chefsforum");
  });
});

describe("disputeClauseOf", () => {
  it("finds the one duty of disagreement on responsibility in a mandate that speaks of the municipalities", () => {
    expect(disputeClauseOf(sampleCatalog().entries)?.entryId).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});

describe("regions of the sjukvårdsregion disagreeing in a collaboration", () => {
  // 000: "Verka för att eventuella problem/tvister i samarbetssituationer löses" (the verksamhetschefsgrupper)
  it.each([
    "Region Dalarna och Region Gävleborg är oense om hur patienterna ska remitteras mellan sjukhusen. Vart tar vi det?",
    "Region Värmland och Region Örebro län bråkar om hur operationstiderna ska delas i det gemensamma samarbetet. Vilken grupp hjälper till?",
  ])("%s", (q) => expect(owner(q)).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"));
  it("a municipality in the dispute is the other clause's", () => {
    expect(owner("Köpings kommun och Region Västmanland är oense om vem som ska ta blodproverna i hemsjukvården. Vart tar vi det?")).toBe(GROUP);
  });
});

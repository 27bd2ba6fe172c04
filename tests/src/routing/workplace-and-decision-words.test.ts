/**
 * Issue 13 (topic, relation): three facts of general Swedish.
 * - Where the asker works ("Jag jobbar på patientnämnden …") says who asks, not that the matter is one person's case
 *   (egna-arenden.yaml lists "patientnämnden" because a complaint about one patient's care goes there).
 * - "fatta beslut om" is "ta beslut om", also with "beslutet" definite: who decided a mandate document is who adopted
 *   it (004 "Datum för beslut … Hälso- och sjukvårdsdirektör"; 003 "Uppdraget fastställs: … Hälso- och sjukvårdsdirektör").
 * - "bli bredare och djupare" is "breddas och fördjupas" (001: "… att den sjukvårdsregionala samverkan breddas och
 *   fördjupas"), the verbs made from the adjectives.
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("where the asker works is not an own case", () => {
  it("a patient-board officer asks about waiting times in imaging", () => {
    expect(owner("Jag jobbar på patientnämnden i VGR och ser att allt fler hör av sig om köerna till mammografi. Vilken grupp arbetar med tillgängligheten där?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
  it("one patient's complaint is still a case", () => {
    expect(owner("Hur gör jag för att anmäla min behandling till patientnämnden?")).toBe("none");
  });
});

describe("'fatta beslut om' a mandate document asks who adopted it", () => {
  it.each([
    ["Vem fattade beslutet om uppdragshandlingen för bildrådet?", "owner vgr:halso-och-sjukvardsdirektor"],
    ["Vem har fattat beslut om uppdragsbeskrivningen för samordningsråden i VGR?", "owner vgr:halso-och-sjukvardsdirektor"],
  ])("%s", (q, want) => expect(owner(q)).toBe(want));
});

describe("'bredare och djupare' is 'breddas och fördjupas'", () => {
  it("the ledningsgrupp's purpose, asked after a greeting and who asks", () => {
    expect(owner("Hej! Jag är ny som utvecklingsledare och läser på om strukturen. Skulle du kunna säga vilken grupp som har till uppgift att få samarbetet inom vården i Mellansverige att bli bredare och djupare?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

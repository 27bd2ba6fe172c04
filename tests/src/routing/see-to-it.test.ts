/**
 * Issue 13 (topic, ifOrg): "vem ser till att X" is everyday Swedish for "vem säkerställer att X" — the particle verb "se
 * till att" frames the question as "ansvarar för" does (fragor.yaml questionWords; as there, each of its words is then
 * no topic word anywhere, and "se"/"ser" seldom is one). Read as a word
 * of its own, "ser" was a word no mandate has, and its weight left too little of the question covered to answer.
 * 001: "… och säkerställer en god samverkan med kommunerna"; 000: the VCGs' "implementering" of what is agreed.
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("'se till att' frames the question", () => {
  it("Vem ser till att samverkan med kommunerna i hälso- och sjukvårdsfrågor fungerar i sjukvårdsregionen?", () => {
    expect(owner("Vem ser till att samverkan med kommunerna i hälso- och sjukvårdsfrågor fungerar i sjukvårdsregionen?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
  it("with the organisation known: what was agreed carried out in the units", () => {
    expect(owner("Vem ser till att det vi kommit överens om gemensamt faktiskt genomförs ute i verksamheterna?", "sjukvardsregion-mellansverige")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
  it("still finds the topic where 'se' is another particle verb ('se över')", () => {
    expect(owner("Vem ser över hur kompetensförsörjningen av röntgensjuksköterskor fungerar i VGR?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

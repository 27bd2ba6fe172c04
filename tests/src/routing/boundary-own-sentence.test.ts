/*
 * 000: "Gruppens tar självständigt kontakt med grupper inom samverkansnämndens organisation och andra
 * samarbetspartners. Formella uppdrag kan endast ges av ledningsgruppen." A boundary clause of two sentences: only the
 * one naming the Ledningsgrupp sends anything to it; contacts with other groups are the verksamhetschefsgrupp's own.
 * Questions written for these tests.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string) => router.route({ question }).owner?.id;
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";

describe("a two-sentence boundary clause sends only what its sending sentence says", () => {
  it("contacts with other groups stay with the verksamhetschefsgrupp, whoever the question offers", () => {
    expect(owner("Får en verksamhetschefsgrupp själv ta kontakt med andra samarbetspartners, eller måste ledningsgruppen godkänna det?")).toBe(VCG);
    expect(owner("Vår VCG vill ta kontakt med en grupp i samverkansnämndens organisation. Behöver vi ledningsgruppens lov?")).toBe(VCG);
  });

  it("formal assignments still come from the Ledningsgrupp", () => {
    expect(owner("Vem kan ge en verksamhetschefsgrupp formella uppdrag?")).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

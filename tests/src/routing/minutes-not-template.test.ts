/**
 * Issue 13 (relation): the object of "godkänner" says what is approved. "Vem godkänner minnesanteckningarna från ett
 * samordningsråd som följer mallen?" asks who approves the minutes (003 Kommunikation: "Mötesanteckningar ska … godkännas
 * av ordförande"), answered by the råd's own template — not who adopted the template a later clause names (003: the
 * hälso- och sjukvårdsdirektör). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("approving the minutes is not adopting the template", () => {
  it.each([
    "Vem godkänner anteckningarna från ett samordningsråd som arbetar enligt VGR:s mall?",
    "Who approves the minutes of a council that follows the VGR template?",
  ])("%s → the samordningsråd template", (question) => {
    expect(router.route({ question }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("who approved the template is still the adoption (003)", () => {
    expect(router.route({ question: "Vem fastställde mallen för samordningsråden?" }).owner?.id).toBe("vgr:halso-och-sjukvardsdirektor");
  });
});

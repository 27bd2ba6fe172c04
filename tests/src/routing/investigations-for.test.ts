/**
 * Issue 13 (relation): "göra utredningar åt X" — doing a group's investigations for it — is the support 000 says it
 * draws on: "Möjlighet finns att avropa utredningsresurser från Samverkansnämndens kansli". Swedish "göra något åt
 * någon" says for whose account it is done. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("who does a group's investigations", () => {
  it.each([
    "Vem gör utredningarna åt verksamhetschefsgrupperna i Mellansverige när de behöver ett underlag?",
    "Är det ledningsgruppen som gör utredningar åt VCG:erna?",
  ])("%s → Samverkansnämndens kansli (000 utredningsresurser)", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("support");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
    expect(d.result.citations[0]?.text).toMatch(/utredningsresurser/);
  });
});

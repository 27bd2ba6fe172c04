/**
 * Issue 13 (relation): Swedish leaves out a passive's agent when the sentence before names it: "En representant per
 * region utsedd av respektive regiondirektör. Både ordinarie och ersättare ska utses." (001). Who appoints the
 * ordinarie and ersättare is the regiondirektör of each region, cited with both sentences. A yes/no question on the fact
 * ("Ska både ordinarie och ersättare utses?") asks no party and is answered by the ledningsgrupp's mandate itself.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the agent of the sentence before", () => {
  it.each([
    "Vem utser ordinarie ledamöter och ersättare i ledningsgruppen?",
    "Vem är det som utser ersättarna och de ordinarie ledamöterna i ledningsgruppen i Mellansverige?",
  ])("%s", (q) => {
    const r = router.route({ question: q });
    expect(`${r.status} ${r.owner?.id}`).toBe("owner sjukvardsregion-mellansverige:regiondirektor");
    expect(r.citations[0]?.text).toBe("En representant per region utsedd av respektive regiondirektör. Både ordinarie och ersättare ska utses.");
  });
  it("a yes/no question on the fact asks no party", () => {
    const r = router.route({ question: "Ska både ordinarie ledamot och ersättare utses till ledningsgruppen i Mellansverige?" });
    expect(`${r.status} ${r.owner?.id}`).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

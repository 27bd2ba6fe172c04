/**
 * Issue 13: "en fråga till X", "ett ärende till X" is the asker's matter on its way to group X — how it gets there is the
 * group's procedure (002 Ärendegång: "Frågor ska anmälas till enhetschef eller utvecklingsstrateg på … UoU"), never what
 * X itself prepares for another body (001: "bereder ärenden till samverkansnämnden"). "Vem bereder ärenden till …"
 * still asks who prepares. Chat "ja" for "jag" reads as "jag". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const routed = (q: string) => {
  const r = router.routeDetailed({ question: q });
  return { line: `${r.result.status} ${r.result.owner?.id} ${r.analysis.asks}`, reason: r.analysis.reason };
};

describe("a question to a group", () => {
  it.each([
    "Vem ska jag kontakta om en fråga till samverkansgruppen i Västmanland?",
    "vem ska ja kontakta om en fråga till samverkansgruppen i västmanland",
    "Vem tar emot ett ärende till samverkansgruppen i Västmanland?",
  ])("%s goes the group's way in", (q) => {
    expect(routed(q).line).toBe("owner vastmanland:uou-vkl prepares");
  });
  it("a question to the ledningsgrupp is not what it prepares for samverkansnämnden", () => {
    const r = routed("Jag har en fråga till ledningsgruppen i Mellansverige om nära vård, vem tar emot den?");
    expect(r.line).not.toContain("samverkansnamnden");
    expect(r.line).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp prepares");
  });
  it("who prepares matters for a body is still the preparing relation", () => {
    expect(routed("vem bereder ärenden till samverkansnämnden").line).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp prepares");
  });
});

/**
 * Issue 13 (relation): "vems"/"whose" asks for the possessor of the noun after it; a mandate sentence that writes a
 * body's genitive before that noun names it — 001 "Ordinarie ledamot deltar i samverkansnämndens möten". The clause is
 * the ledningsgrupp's own, which had answered. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const SN = "sjukvardsregion-mellansverige:samverkansnamnden";

describe("whose noun", () => {
  it.each([
    "Vems möten deltar den ordinarie ledamoten i ledningsgruppen i Mellansverige i?",
    "Whose meetings do the regular members of the healthcare region's management group take part in?",
  ])("%s → samverkansnämnden", (q) => {
    expect(router.routeDetailed({ question: q }).result.owner?.id).toBe(SN);
  });
});

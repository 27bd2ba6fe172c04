/**
 * Issue 13 (relation): who sets a working group's assignment — 001 "Gruppen fastställer uppdrag för arbetsgrupper
 * kopplade till ledningsgruppen". "fastställer uppdraget för en arbetsgrupp" names the working group whose assignment is
 * set, not the ledningsgrupp's own mandate (who adopted that is asked by "Vem fastställde ledningsgruppens uppdrag?").
 * The question had been answered "not sure". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";

describe("a working group's assignment", () => {
  it.each([
    "Vem fastställer uppdraget för en arbetsgrupp kopplad till ledningsgruppen i Mellansverige?",
    "Vem fastställer arbetsgruppens uppdrag när gruppen hör till samverkansnämndens ledningsgrupp?",
  ])("%s → the ledningsgrupp", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("subgroups");
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(LG);
  });
});

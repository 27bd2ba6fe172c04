/**
 * Issue 13 (relation): a yes/no question of who stands above a group, said from the lower group's side ("Är VCG
 * underställda ledningsgruppen?", "Lyder VCG under …?"): the group right after the verb is the one whose commissioner
 * is asked, the other group the asker's guess — 000 "Grupperna är … underställda samverkansnämndens ledningsgrupp"
 * confirms it. Said from above ("Är ledningsgruppen uppdragsgivare för VCG?") the first group is the guess, as before.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";

describe("above a group, asked from below", () => {
  it.each([
    "Är VCG underställda ledningsgruppen?",
    "Är verksamhetschefsgrupperna underordnade ledningsgruppen i Mellansverige?",
    "Lyder VCG under ledningsgruppen?",
    "Är ledningsgruppen uppdragsgivare för VCG?",
  ])("%s → the ledningsgrupp, asked of the VCG", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.subject?.id).toBe(VCG);
    expect(d.result.owner?.id).toBe(LG);
  });
});

/**
 * Issue 13 (topic): a collaboration that "har kört fast" stands still because its parties do not agree — 000 puts that
 * on the verksamhetschefsgrupp ("Verka för att eventuella problem/tvister i samarbetssituationer löses"). The words had
 * read only as "fast" (the stem of "fastighet", a premises matter), which left the question between the
 * verksamhetschefsgrupp and the ledningsgrupp. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";

describe("a stalled collaboration", () => {
  it.each([
    "Vem hjälper till när samarbetet om hörselvården mellan Dalarna och Gävleborg har kört fast?",
    "Samarbetet kring obesitaskirurgin mellan Sörmland och Värmland har kört fast. Vem löser det?",
  ])("%s → the verksamhetschefsgrupp", (q) => {
    expect(router.routeDetailed({ question: q }).result.owner?.id).toBe(VCG);
  });
});

/**
 * Issue 13, boundary (round 24): general facts, with example sentences written for these tests (not taken from the
 * development sets).
 * - A Swedish proper name takes the genitive -s ("Kungsörs kommun"): the place is named all the same, also when the
 *   stemmer cuts the two forms to different keys.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a place name in the genitive names its organisation", () => {
  it.each([
    "Kungsörs kommun och regionen är oense om vem som sköter hemsjukvården. Vem tar det?",
    "Vem ska lösa att Kungsörs hemtjänst och landstingets distriktssköterskor inte kommer överens?",
  ])("%s", (q) => {
    expect(router.routeDetailed({ question: q }).analysis.organization?.id).toBe("vastmanland");
  });
});

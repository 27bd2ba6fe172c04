/**
 * Issue 13, boundary (round 24): general facts, with example sentences written for these tests (not taken from the
 * development sets).
 * - 000 "Vara remissinstans till ledningsgruppen": to answer a remiss (svara på / besvara remissen) is to be the
 *   remissinstans, and a remissyttrande is what the remissinstans hands in. The asking sentence speaks of that, not of
 *   the decision an earlier sentence mentions: who answers the ledningsgrupp's remiss are the verksamhetschefsgrupper,
 *   and their remissyttranden go to the ledningsgrupp.
 * - A Swedish proper name takes the genitive -s ("Kungsörs kommun"): the place is named all the same, also when the
 *   stemmer cuts the two forms to different keys.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const VCG = "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const LG = "owner sjukvardsregion-mellansverige:ledningsgrupp";

describe("answering a remiss is being the remissinstans (000)", () => {
  it.each([
    ["Ledningsgruppen i Mellansverige vill veta vad verksamheterna tycker om ett förslag innan beslutet fattas. Vem svarar på remissen?", VCG],
    ["Samverkansnämndens ledningsgrupp ska fatta beslut om ett förslag om nya ledtider. Vem besvarar remissen?", VCG],
    ["Vart ska verksamhetschefsgruppen för ögonsjukvård skicka sitt remissyttrande?", LG],
  ])("%s", (q, want) => {
    expect(say(q)).toBe(want);
  });
});

describe("a place name in the genitive names its organisation", () => {
  it.each([
    "Kungsörs kommun och regionen är oense om vem som sköter hemsjukvården. Vem tar det?",
    "Vem ska lösa att Kungsörs hemtjänst och landstingets distriktssköterskor inte kommer överens?",
  ])("%s", (q) => {
    expect(router.routeDetailed({ question: q }).analysis.organization?.id).toBe("vastmanland");
  });
});

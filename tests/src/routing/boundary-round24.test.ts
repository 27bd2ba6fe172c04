/**
 * Issue 13, boundary (round 24): general facts, with example sentences written for these tests (not taken from the
 * development sets).
 * - 000 "Vara remissinstans till ledningsgruppen": to answer a remiss (svara på / besvara remissen) is to be the
 *   remissinstans, and a remissyttrande is what the remissinstans hands in. The asking sentence speaks of that, not of
 *   the decision an earlier sentence mentions: who answers the ledningsgrupp's remiss are the verksamhetschefsgrupper,
 *   and their remissyttranden go to the ledningsgrupp.
 * - 004 "Där varken ordförande eller deltagare har mandat att fatta beslut eskaleras frågan …": in a question the
 *   group's name and its care area ("samordningsrådet för ortopedi") stand between the finite verb and the negation
 *   ("Har rådet för X inte mandat …?"); the missing mandate asks where the matter is escalated all the same.
 * - A Swedish proper name takes the genitive -s ("Kungsörs kommun"): the place is named all the same, also when the
 *   stemmer cuts the two forms to different keys.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const VCG = "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const LG = "owner sjukvardsregion-mellansverige:ledningsgrupp";
const KOG = "owner vgr:koncernovergripande-grupp";

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

describe("a missing mandate asked with the group and its care area before the negation", () => {
  it.each([
    "Har samordningsrådet för urologi inte mandat att ändra detta, vart går frågan då?",
    "Har samordningsrådet inom hudsjukvården inte befogenhet att besluta om det? Vart lyfter vi det?",
  ])("%s", (q) => {
    expect(say(q)).toBe(KOG);
  });

  it("the care area is no part of a relation's words elsewhere: who gives the råd its mandate is still asked", () => {
    expect(say("Vem ger samordningsrådet för urologi dess uppdrag?")).toBe("owner vgr:koncernledning-halso-och-sjukvard");
  });
});

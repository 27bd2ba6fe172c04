/**
 * Issue 13 (typed): an abbreviation compounded with a group's head noun without the hyphen ("BoFrådet", "bofradet" for
 * "BoF-rådet", "vcggruppen") is read as the abbreviation and the noun, as the hyphenated form is. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("an abbreviation written together with a group noun", () => {
  it.each([
    ["vem utser ordf i bofradet", "vgr:samordningsrad-bild-och-funktionsmedicin", "vgr:koncernledning-halso-och-sjukvard"],
    ["Vem utser ordförande i BoFrådet?", "vgr:samordningsrad-bild-och-funktionsmedicin", "vgr:koncernledning-halso-och-sjukvard"],
    ["vem utser ordf i vcggruppen", "sjukvardsregion-mellansverige:verksamhetschefsgrupp", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s", (q, subject, owner) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.subject?.id).toBe(subject);
    expect(d.result.owner?.id).toBe(owner);
  });
});

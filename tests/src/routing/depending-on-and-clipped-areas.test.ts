/**
 * Issue 13, recall (new writers' questions): two general facts of Swedish about care-area words.
 * - "beroende på" is a preposition ("depending on"), not addiction care: "vänta olika länge beroende på var man bor" names
 *   no second care area, so a matter of one area stays that area's (not "flera verksamhetsområden", Klinisk ledning, 004).
 * - Health care clips the names of its specialities ("klinfys", "neurofys"; "nuklearmed", "nukmed" for nuklearmedicin):
 *   the clipped name is the area, and in VGR that area is Samordningsråd bild- och funktionsmedicin's.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();
const BOF = "owner vgr:samordningsrad-bild-och-funktionsmedicin";

describe("'beroende på' is no care area", () => {
  it.each([
    "Vem i VGR ser till att väntetiderna på röntgen inte skiljer sig beroende på vilket sjukhus man går till?",
    "Vilken grupp i Västra Götaland jobbar för att ultraljudsköerna inte ska vara olika långa beroende på var patienten bor?",
  ])("one area, one råd: %s", (q) => expect(say(q)).toBe(BOF));

  it("still reads addiction care as a care area of its own (the kind in VGR)", () => {
    expect(say("Vem i VGR samordnar beroendevården mellan sjukhusen?")).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

describe("clipped names of nuklearmedicin", () => {
  it.each(["vem samordnar nukmed i vgr", "kon till nuklearmed pa SU ar lang, vem tar det regionalt i vgr"])("%s", (q) => expect(say(q)).toBe(BOF));
});

/*
 * An area adjective right before an area noun restricts it: "ortopedisk kirurgi" is one speciality, not ortopedi and
 * kirurgi (a general fact of Swedish: an attributive adjective narrows its noun). So a change of ways of working in
 * it is a matter of one care area, which a samordningsråd has for its own area (003), not one of the "flera
 * verksamhetsområden" that 004 sends to Klinisk ledning ("Klinisk ledning ska omhänderta frågor som rör förändrade
 * arbetssätt och processer i flera verksamhetsområden och därför inte kan hanteras av ett enskilt samordningsråd").
 * Questions written for this test from those clauses, not from the development sets.
 */
import { sampleRouter } from "./sample-router";

const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const KL = "vgr:klinisk-ledning";
const { say } = sampleRouter();

describe("an adjective and its noun name one care area (003, 004)", () => {
  it.each([
    "Vi vill förändra processerna inom ortopedisk kirurgi på sjukhusen i VGR. Vem tar det?",
    "Hur patienterna tas emot inom ortopedisk kirurgi ska förändras på alla sjukhus i VGR. Vilken grupp driver det?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${KIND}`);
  });
});

describe("areas listed together are still several (004 Klinisk ledning)", () => {
  it("Vi vill ändra arbetssättet för patienter som går mellan ortopedin, geriatriken och primärvården i VGR. Vem tar det?", () => {
    expect(say("Vi vill ändra arbetssättet för patienter som går mellan ortopedin, geriatriken och primärvården i VGR. Vem tar det?")).toBe(`owner ${KL}`);
  });
});

/*
 * The adjective of a speciality names the same care area as the speciality (radiologi → radiologisk, nuklearmedicin →
 * nuklearmedicinsk): general Swedish, in samples/lexicon/synonymer.yaml. So the concrete group of that area answers
 * (004: Samordningsråd bild- och funktionsmedicin; "Där PPR beslutar om regiongemensamma prioriteringar har
 * samordningsråden en viktig roll i genomförandet"). Questions written for this test, not taken from the development sets.
 */
import { sampleRouter } from "./sample-router";

const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";
const { say } = sampleRouter();

describe("a speciality's adjective says its area", () => {
  it.each([
    "PPR har beslutat att en ny nuklearmedicinsk behandling ska prioriteras i VGR. Vem ser till att den genomförs ute i verksamheterna?",
    "Vem samordnar det neurofysiologiska utvecklingsarbetet mellan sjukhusen i VGR?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${BFM}`);
  });
});

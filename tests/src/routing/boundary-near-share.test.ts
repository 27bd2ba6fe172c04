/*
 * A question that names a group (or its area) is placed in that group's mandate by the name; which of the mandate's
 * clauses covers the rest is a comparison among them. A boundary clause that covers the rest better than every clause
 * of the group's own sends it on, with the evidence a question needs to count as near a group (NEAR_SHARE of the
 * threshold) — the rest of a long question is short on the mandates' words. 004: "Övergripande frågor som rör
 * organisation och arbetsvillkor inkl ersättningar och lokalförsörjning hanteras via regionövergripande samordnande
 * grupper och inte av samordningsråden". Questions written for this test from that clause, not from the development sets.
 */
import { sampleRouter } from "./sample-router";

const ROSG = "vgr:regionovergripande-samordnande-grupper";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";
const { say } = sampleRouter();

describe("lokalförsörjning with many other words goes to the regionövergripande samordnande grupper (004)", () => {
  it.each([
    "Hur lokalbehovet för fysiologi i hela VGR ska lösas framöver – samordningsrådets sak?",
    "Hur ska lokalförsörjningen för röntgen i hela VGR ordnas de närmaste tio åren, är det något för samordningsrådet?",
    "Lokalbristen på röntgen i VGR blir värre för varje år som går. Är det samordningsrådet som ska ta tag i den?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${ROSG}`);
  });
});

describe("a matter the råd's own clauses cover stays with the råd", () => {
  it("Vem samordnar utvecklingsarbetet inom röntgen mellan sjukhusen i VGR?", () => {
    expect(say("Vem samordnar utvecklingsarbetet inom röntgen mellan sjukhusen i VGR?")).toBe(`owner ${BFM}`);
  });
});

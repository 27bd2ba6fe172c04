/**
 * Issue 13 (round 27): "lyfta" a question is everyday Swedish for "ta upp" it, a word of the question's frame
 * (fragor.yaml), never its topic: "var ska jag lyfta att …" asks who owns what follows. The passive "lyfts till" of
 * 004's escalation clause ("… eskaleras frågan inom förvaltning eller lyfts till berörd koncernövergripande grupp")
 * keeps asking for escalation. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the asker who lifts a question asks who owns it", () => {
  it.each([
    ["var ska jag lyfta att vi har för få fysiologer på kliniken i Skövde", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Vart lyfter vi att väntetiderna till ultraljud skiljer sig mellan sjukhusen i VGR?", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s", (q, want) => {
    expect(say(q)).toBe(want);
  });
});

describe("escalation keeps its clause", () => {
  it("Rådet saknar mandat att besluta i frågan. Vart lyfts den?", () => {
    expect(say("Varken ordföranden eller vi deltagare i röntgenrådet har mandat att besluta. Vart lyfts frågan?")).toBe("owner vgr:koncernovergripande-grupp");
  });
});

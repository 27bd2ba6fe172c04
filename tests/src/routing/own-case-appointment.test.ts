/**
 * Issue 13, nothing covers it (round 27): booking or getting an appointment with someone ("boka en tid hos
 * tandläkaren", "få en tid hos en hudläkare") is one person's own visit, whoever asks for it (egna-arenden.yaml's rule:
 * groups own kinds of questions, never one case). A care area named in it (tandvård) does not make it a group's
 * matter. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("an appointment is the asker's own case", () => {
  it.each([
    "kan du boka en tid hos tandläkaren åt mig?",
    "Hur får jag en tid hos en hudläkare i Västerås fortare?",
  ])("%s", (q) => {
    expect(say(q)).toBe("none");
  });
});

describe("the care of a whole area stays a group's", () => {
  it("Vem samordnar tandvården mellan kommunerna och regionen i Västmanland?", () => {
    expect(say("Vem samordnar tandvården mellan kommunerna och regionen i Västmanland?")).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});

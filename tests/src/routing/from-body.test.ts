/**
 * Issue 13: a clause that says where a thing comes from ("Möjlighet finns att avropa utredningsresurser från
 * Samverkansnämndens kansli", 000) answers "who / where do we turn for that thing" with the body after "från" — but
 * only when the question names that thing: "ta emot uppdrag från ledningsgrupp hälso- och sjukvård" (004) answers no
 * question about which group is a referensgrupp. Questions written by the lead from the clauses.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the body a thing comes from is where to turn for it", () => {
  it.each([
    "Vart vänder vi oss för att avropa utredningsresurser?",
    "Vem kan man avropa utredningsresurser från i sjukvårdsregionen?",
    "We need investigation resources for a study, who do we ask?",
  ])("%s → the kansli (000)", (q) => {
    expect(say(q)).toBe("owner sjukvardsregion-mellansverige:kansli");
  });

  it("does not answer the body a group takes assignments from when asked which group is a reference group", () => {
    expect(say("Vilken grupp i VGR är referensgrupp till koncernledningen i frågor om hudsjukvård?")).not.toBe("owner vgr:koncernledning-halso-och-sjukvard");
  });
});

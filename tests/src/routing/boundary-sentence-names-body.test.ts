/*
 * 000 "Ansvar och befogenheter": "Gruppens tar självständigt kontakt med grupper inom samverkansnämndens organisation och
 * andra samarbetspartners. Formella uppdrag kan endast ges av ledningsgruppen." Only the second sentence sends anything
 * to the ledningsgrupp; the first is the verksamhetschefsgrupp's own freedom. Acting "på eget initiativ" / "on its own
 * initiative" is acting självständigt (not "initiating" a body). Questions written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a boundary clause's sentence that does not name the body stays the group's own", () => {
  it.each([
    ["Kan en VCG på eget initiativ kontakta andra grupper i samverkansnämndens organisation?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["Can a VCG contact other groups in the samverkansnämnd organisation on its own initiative?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["Can the department head groups reach out to partners of their own accord?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));

  it("still sends formal assignments to the ledningsgrupp", () => {
    expect(say("Vem ger VCG formella uppdrag?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

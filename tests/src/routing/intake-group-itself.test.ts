/**
 * Issue 13 (relation): how the asker raises a matter with a group. A mandate that states the way in answers with it
 * (002 Ärendegång: "Frågor ska anmälas till enhetschef eller utvecklingsstrateg på … UoU"); where no mandate names one
 * (000, 001), the matter is raised with the group itself — not "none": the group is the one the asker named and the
 * only party the mandates leave.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("raising a matter with a group whose mandate names no way in", () => {
  it("the verksamhetschefsgrupp itself", () => {
    expect(owner("Hur lämnar jag in en fråga till verksamhetschefsgruppen?")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("the ledningsgrupp itself", () => {
    expect(owner("Vart skickar jag ett ärende till samverkansnämndens ledningsgrupp?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a mandate that states the way in still answers with it", () => {
    expect(owner("Hur anmäler jag ett ärende till samverkansgruppen i Västmanland?")).toBe("owner vastmanland:uou-vkl");
  });
});

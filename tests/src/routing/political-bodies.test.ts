/**
 * Issue 13 point 5, nothing covers it: an elected body outside the mandates (regionstyrelsen, kommunfullmäktige,
 * socialnämnden, a hospital board) is led, staffed and convened under the Local Government Act by its assembly, not by
 * any governance group (politiska-organ.yaml). Asked about with no group named, the answer is `none` with its own reason
 * — before, "ordförande" read as the chair relation of some group ("Vem är ordförande i regionstyrelsen?" got the
 * samordningsråd's kontaktperson). Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const route = (question: string) => router.routeDetailed({ question });

describe("an elected body outside the mandates", () => {
  it.each([
    "Vem är ordförande i regionstyrelsen i Västra Götaland?",
    "Vem leder kommunstyrelsen i Västerås?",
    "Vilka sitter i regionfullmäktige i Region Västmanland?",
    "När sammanträder socialnämnden i Köping?",
    "Who chairs the regional executive board in VGR?",
    "Who sits on the hospital board at Sahlgrenska?",
  ])("is answered none: %s", (q) => {
    const d = route(q);
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("political");
  });

  it("leaves a question that names a group to that group's mandate", () => {
    // 001: the ledningsgrupp's commissioner is the regiondirektörsgrupp, whatever body the asker guesses
    const d = route("Vem är uppdragsgivare till samverkansnämndens ledningsgrupp? Är det regionstyrelserna?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });

  it("reads a body said outside the asking sentence as the setting, not what is asked", () => {
    // 001 "Ledningsgruppen företräder sjukvårdsregionen i nationella sammanhang"
    const d = route("Jag är sekreterare åt kommunstyrelsen i Örebro. Vem företräder Sjukvårdsregion Mellansverige i nationella sammanhang?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

/**
 * Issue 13 (english): the document that sets out a mandate — "commissioning document", "mandate document" — is Swedish
 * "uppdragshandling" (004's title, "Uppdragshandling för samordningsråd bild- och funktionsmedicin, reviderad juni
 * 2026"), not the commissioner ("commissioning body" is uppdragsgivare). Who signed it off is who adopted the mandate:
 * 004's signature, "Datum för beslut … (ifylls av beslutsfattaren vid godkännande) … Hälso- och sjukvårdsdirektör".
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the mandate's document in English", () => {
  it.each([
    "Who signed off the latest commissioning document for the imaging and functional medicine council in VGR?",
    "Which director approved the mandate document of the VGR imaging council?",
  ])("%s", (q) => expect(say(q)).toBe("owner vgr:halso-och-sjukvardsdirektor"));

  it("keeps 'commissioning body' the commissioner", () => {
    expect(say("Who is the commissioning body of the VGR imaging council?")).toBe("owner vgr:halso-och-sjukvardsutvecklingsdirektor");
  });
});

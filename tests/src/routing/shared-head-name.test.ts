/*
 * Swedish shares a compound's head among first parts joined with a hyphen and "och": "bild- och funktionsrådet" is
 * the råd for "bild- och funktions-", as "bild- och funktionsmedicin" is the medicine — the concrete råd whose name
 * writes those words (004 "Samordningsråd bild- och funktionsmedicin"). Named so, it is the group asked about; offered
 * as a guess ("Är det bild- och funktionsrådet som …?"), the rest of the question decides: another speciality's
 * matter is the kind's (003, label rule 4). Questions written for this test, not taken from the development sets.
 */
import { sampleRouter } from "./sample-router";

const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const HSUD = "vgr:halso-och-sjukvardsutvecklingsdirektor";
const { say } = sampleRouter();

describe("'bild- och funktionsrådet' names Samordningsråd bild- och funktionsmedicin", () => {
  it("is the group a relation is asked of (004 Uppdragsgivare)", () => {
    expect(say("Vem är uppdragsgivare för bild- och funktionsrådet?")).toBe(`owner ${HSUD}`);
  });

  it("is the group asked about", () => {
    expect(say("Vad gör bild- och funktionsrådet?")).toBe(`owner ${BOF}`);
  });

  it("offered as a guess for another speciality's matter, the kind answers", () => {
    expect(say("Är det bild- och funktionsrådet som hanterar väntetiderna till knäoperationer?")).toBe(`owner ${KIND}`);
  });
});

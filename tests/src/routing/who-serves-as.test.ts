/**
 * Issue 13 (relation): "Vilken grupp är referensgrupp för …?" makes the question word the subject and says the role of
 * it — the question asks which group serves as reference group, a duty of the group's own mandate (003 "vara
 * referensgrupp i olika projekt och utredningar", inherited by the imaging råd), not whom a named group serves. With a
 * group between the verb and the role ("Vem är verksamhetschefsgrupperna remissinstans åt?") or a party served after
 * "till"/"åt" ("Vilken grupp är remissinstans till ledningsgruppen?") the relation still reads it. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("which group serves as a reference group", () => {
  it("the group whose duty it is", () => {
    expect(say("Vilken grupp i VGR är referensgrupp för projekt och utredningar inom bild- och funktionsmedicin?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("whom a named group serves, and who serves a named group, stay the relation's", () => {
    expect(say("Vem är verksamhetschefsgrupperna remissinstans åt?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
    expect(say("Vilken grupp är remissinstans till ledningsgruppen i Mellansverige?")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});

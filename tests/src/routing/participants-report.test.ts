/**
 * Issue 13 (relation): whom a group's participants report to is not whom its chair reports to. 004: "Deltagarna i
 * samordningsråden rapporterar i sin ordinarie linjestruktur" names no body, so the group whose mandate says it answers
 * (label rule 3), citing that sentence; 003: "Ordförande rapporterar till hälso- och sjukvårdsdirektören" is the chair's.
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const route = (question: string) => router.route({ question });
const owner = (question: string) => {
  const r = route(question);
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("the participants' reporting", () => {
  it.each([
    ["Vem rapporterar ledamöterna i bildrådet till?", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Who do the members of the VGR imaging council report to?", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
    // the chair's reporting is the template's
    ["Vem rapporterar ordföranden i bildrådet till?", "owner vgr:halso-och-sjukvardsdirektor"],
    // Västmanland's participants inform their principal, by its own line (002)
    ["Vem ska deltagarna i samverkansgruppen i Västmanland återrapportera till om hur arbetet går?", "owner vastmanland:huvudman"],
  ])("%s", (q, want) => expect(owner(q)).toBe(want));
  it("cites the participants' sentence, not the paragraph's sentences on the kontaktperson", () => {
    const text = route("Vem rapporterar ledamöterna i bildrådet till?").citations[0]?.text;
    expect(text).toMatch(/Deltagarna i samordningsråden rapporterar i sin ordinarie linjestruktur/);
    expect(text).not.toMatch(/kontaktperson/);
  });
});

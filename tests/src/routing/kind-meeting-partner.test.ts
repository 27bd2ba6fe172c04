/**
 * Issue 13 (boundary): whom a råd agrees its meeting frequency with is the party the meeting clause names (004:
 * "Mötesfrekvensen kan anpassas utifrån behoven i aktuellt samordningsråd i dialog med kontaktperson"). Asked of "rådet"
 * in VGR — the kind, whose own clause (003 "Mötesfrekvens: 4 – 8 ggr/år") names no one — the one party its groups'
 * meeting clauses name answers; "föra/ha dialog med" is "i dialog med" as a verb phrase. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a kind's meetings agreed with whom", () => {
  it.each([
    ["Vi vill ses mer sällan i rådet. Vem ska vi föra dialog med?", "vgr"],
    ["Vårt samordningsråd vill ha fler möten i år. Med vem ska vi ha en dialog om det?", "vgr"],
  ])("%s (org %s) → kontaktperson", (question, org) => {
    expect(router.route({ question, org }).owner?.id).toBe("vgr:kontaktperson-samordningsrad");
  });

  it("how often the kind meets is still its own clause", () => {
    expect(router.route({ question: "Hur ofta träffas rådet?", org: "vgr" }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

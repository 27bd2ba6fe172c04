/**
 * Issue 13 (boundary): a pronoun after a preposition in the asking sentence ("… samverkar om det …", "… about this")
 * refers back to the sentence before, whose matter is then what is asked — its words count as fully as the asking
 * sentence's own. A speciality's cooperation across the regions of Mellansverige is 000's verksamhetschefsgrupper's
 * ("stärka det operativa samarbetet"), so the ledningsgrupp may no longer be stated as the owner on the strength of the
 * asking sentence's "samverkar … mellan regionerna" alone. "om det finns" is "if there is", not a pronoun pointing
 * back. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a pronoun that points back to the sentence before", () => {
  it.each([
    "Nuklearmedicinen i Västmanland vill samarbeta mer med Uppsala och Örebro. Vilken grupp samverkar om det mellan regionerna i Mellansverige?",
    "Ortopedin i Västmanland vill samarbeta mer med Uppsala och Örebro. Vilken grupp samverkar om det mellan regionerna i Mellansverige?",
  ])("the speciality of the sentence before counts: %s", (q) => {
    const r = router.route({ question: q });
    expect(r.owner?.id).not.toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(r.candidates.map((c) => c.id)).toContain("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
  it("'om det finns' is a condition, not a pronoun pointing back", () => {
    const r = router.route({ question: "Vet du om det finns någon grupp som samordnar röntgen i VGR?" });
    expect(`${r.status} ${r.owner?.id}`).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

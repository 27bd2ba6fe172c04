/**
 * Issue 13 (ambiguous, re-asked with the organisation): "vårdfrågor" is the everyday word for the mandates'
 * "hälso- och sjukvårdsfrågor" (002) — care matters in general, not a kind of care. Read as the word "vård", it matched
 * only 000's "god och jämlik vård" and "Nära vård", so "samverkan med kommunerna i vårdfrågor" in Mellansverige tied the
 * verksamhetschefsgrupp with the ledningsgrupp, whose mandate says it (001 "säkerställer en god samverkan med
 * kommunerna"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'vårdfrågor' are care matters in general", () => {
  it.each([
    "Vilken grupp i Mellansverige håller i samverkan med kommunerna i vårdfrågor?",
    "Vem sköter samarbetet med kommunerna i vårdfrågorna på sjukvårdsregional nivå?",
  ])("%s → the ledningsgrupp", (q) => {
    const r = router.route({ question: q, org: "sjukvardsregion-mellansverige" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

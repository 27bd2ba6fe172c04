/**
 * Issue 13 (topic): the civil servants ("tjänstemän", plural of "-man" is "-män"; "tjänstepersoner") and how they are
 * organised are 001's "tjänstemannaorganisationen": "Gruppen ansvarar för … att tjänstemannaorganisationen i övrigt är
 * ändamålsenlig". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("tjänstemän are the tjänstemannaorganisation", () => {
  it.each([
    ["Vem ska se till att tjänstemännens organisation i sjukvårdsregionen fungerar bra?"],
    ["Vem ser till att tjänstepersonerna i sjukvårdsregionen är organiserade på ett vettigt sätt?"],
  ])("%s → the ledningsgrupp", (question) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });
});

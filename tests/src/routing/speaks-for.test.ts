/**
 * Issue 13 (topic): "föra någons talan" (to speak for someone) is to represent them — 001 "Ledningsgruppen företräder
 * sjukvårdsregionen i nationella sammanhang". Said with that idiom, the question had too little of the clause to be
 * answered. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("speaking for the healthcare region is representing it", () => {
  it.each([
    ["Vem för regionernas talan utåt i Mellansverige?", undefined],
    ["Vilken grupp i sjukvårdsregionen för vår talan gentemot SKR?", "sjukvardsregion-mellansverige"],
  ])("%s → the ledningsgrupp", (q, org) => {
    const r = router.route({ question: q, org });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

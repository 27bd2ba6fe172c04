/**
 * Issue 13 (relation): a relation is asked with an act and what it is done to standing close ("utser ordförande"). The
 * same verb again far away in another sentence is no word of that relation: "X utser ordförande … Vem utser
 * deltagarna?" asks who appoints the members — the sentence before only tells what the asker knows. 001: "En
 * representant per region utsedd av respektive regiondirektör"; 003: "De utses av respektive förvaltningschef".
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each([
  ["Regiondirektörsgruppen utser ordförande i ledningsgruppen vartannat år enligt det gamla mandatet från förra perioden. Vem utser de regionala representanterna som sitter i gruppen?", undefined, "sjukvardsregion-mellansverige:regiondirektor"],
  ["Ordföranden i vårt samordningsråd utses av koncernledningen efter ett långt och ganska krångligt förfarande i höstas. Vem utser deltagarna?", "vgr", "vgr:forvaltningschef"],
])("%s → members: %s", (question, org, owner) => {
  const d = router.routeDetailed({ question, ...(org ? { org } : {}) });
  expect(d.analysis.asks).toBe("members");
  expect(d.result.owner?.id).toBe(owner);
});

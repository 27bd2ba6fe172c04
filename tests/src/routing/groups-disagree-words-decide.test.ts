/**
 * Issue 13 (relation): with the organisation known and no group named, its groups may name different parties for the
 * relation (Mellansverige: 000 "Ledningsgruppen utser ordförande" for the verksamhetschefsgrupper, 001
 * "Regiondirektörsgruppen utser ordförande och vice ordförande" for the ledningsgrupp). The clause that says every word
 * the question asks with is the group meant: only 001 has a vice chair and a verksamhetsplan ("Gruppen ska årligen
 * presentera en verksamhetsplan som fastställs av regiondirektörsgruppen"). Where both clauses say the words, the
 * answer stays open. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const org = "sjukvardsregion-mellansverige";

it.each([
  ["Vem är det som utser vice ordförande hos oss?", "chair"],
  ["Vem ska fastställa verksamhetsplanen?", "plan"],
  ["vem faststaller verksamhetsplanen", "plan"],
])("%s (Mellansverige) → the regiondirektörsgrupp (001)", (question, asks) => {
  const d = router.routeDetailed({ question, org });
  expect(d.analysis.asks).toBe(asks);
  expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
});

it("a chair both groups have: no one answer", () => {
  expect(router.route({ question: "Vem utser ordförande?", org }).status).not.toBe("owner");
});

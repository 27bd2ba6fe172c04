/**
 * Issue 13 (none): a licence to practise (legitimation) is issued to one person, by a national authority; no mandate
 * takes it up, so a question about one is one person's case (egna-arenden.yaml), not the verksamhetschefsgrupp's
 * "utbildning" (000) for the word "utbildad". Recruiting staff from abroad stays the groups' matter. Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a licence to practise is one person's case", () => {
  it.each([
    "Hur lång tid tar det att få svensk legitimation som sjuksköterska utbildad i Tyskland?",
    "Who issues a Swedish licence to practise for a doctor trained in Poland?",
  ])("%s → none", (q) => {
    expect(router.route({ question: q }).status).toBe("none");
  });

  it("recruiting doctors from abroad in Mellansverige stays the verksamhetschefsgrupp's", () => {
    expect(router.route({ question: "Which group handles recruitment of doctors from abroad in Mellansverige?" }).owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});

/**
 * Issue 13 (boundary): a municipality and the region disagreeing on responsibility is 002's "Identifiera områden där
 * oenighet råder om tolkningar i ansvar …" (disputes.ts) also when the asker only asks where to raise it and names a
 * body of another organisation as the guess: no escalation clause answers that, and the dispute clause says who takes
 * it up. Sentence written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("a Västmanland dispute the asker would raise to Mellansverige's samverkansnämnd → the Västmanland group (002)", () => {
  const d = router.routeDetailed({ question: "Kommunerna i Västmanland och regionen är oeniga om vem som ska bekosta hjälpmedel i hemmet. Ska det lyftas till samverkansnämnden för Mellansverige?" });
  expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  expect(d.result.citations[0]?.text).toMatch(/oenighet/);
});

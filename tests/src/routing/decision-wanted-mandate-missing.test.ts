/**
 * Issue 13 (relation): a decision wanted and the mandate for it missing, said in the sentence before one that asks whom
 * to turn to, ask where the matter is raised — not who decides. 004: "Ordförande kan lyfta behov av regiongemensamt
 * beslutsfattande till samordningsrådets kontaktperson". Sentence written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("the chair wants a region-wide decision without the mandate → the samordningsråd's kontaktperson (004)", () => {
  const d = router.routeDetailed({ question: "Ordföranden i bildrådet vill ha ett gemensamt beslut för hela VGR men har inte mandat själv. Vem ska hon gå till?" });
  expect(d.analysis.asks).toBe("escalation");
  expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
});

/**
 * Issue 13 (relation): a question that asks who and then lists the answers it offers — after a dash or a colon,
 * joined by "eller" ("Vem utser ordföranden i VCG: ledningsgruppen eller samverkansnämnden?", multiple choice with
 * (a), (b), (c)) — asks the relation of the group before the list; the listed bodies are guesses, not its subject. A
 * colon after a question that asks who opens that list, as a dash does; it ends no sentence. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("answers offered after a dash or a colon", () => {
  it.each([
    ["Vem utser ordföranden i VCG: ledningsgruppen eller samverkansnämnden?", "chair", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Vem utser ordföranden i VCG – ledningsgruppen eller samverkansnämnden?", "chair", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Vem rapporterar ordföranden i ett samordningsråd i VGR till: (a) regiondirektören, (b) hälso- och sjukvårdsdirektören eller (c) Koncernkontoret?", "reports", "vgr:halso-och-sjukvardsdirektor"],
    ["Who does the chair of a VGR samordningsråd report to: (a) the regiondirektör, (b) the hälso- och sjukvårdsdirektör, or (c) Koncernkontoret?", "reports", "vgr:halso-och-sjukvardsdirektor"],
  ])("%s", (question, asks, owner) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe(asks);
    expect(d.result.owner?.id).toBe(owner);
  });

  it("a lead-in before a colon still ends its sentence", () => {
    const d = router.routeDetailed({ question: "Snabb fråga: vem utser ordföranden i VCG?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

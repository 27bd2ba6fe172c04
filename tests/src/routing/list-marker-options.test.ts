/**
 * Issue 13 (typed as people type): options numbered or lettered after the question ("1) kansliet 2) ledningsgruppen
 * 3) regiondirektören"), also after its question mark, are the answers offered, each a guess, as a list joined by
 * "eller" is — the group the question asks about is the one named before them. 000: "Samverkansnämndens ledningsgrupp utser ordförande" in each
 * verksamhetschefsgrupp. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("numbered options are offered answers", () => {
  it.each([
    "Vem av dessa utser ordförande i verksamhetschefsgrupperna: 1) samverkansnämndens kansli 2) ledningsgruppen 3) regiondirektören?",
    "Vem tillsätter ordföranden i VCG: a) kansliet b) regiondirektören c) ledningsgruppen?",
    // the options after the question mark, on a line each or on one line
    "Vem tillsätter ordföranden i VCG?\n1) kansliet\n2) regiondirektören\n3) ledningsgruppen",
    "Vem utser ordförande i verksamhetschefsgrupperna? a) kansliet b) ledningsgruppen c) regiondirektören",
  ])("%s → the ledningsgrupp (000)", (question) => {
    expect(router.route({ question }).owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a question about the ledningsgrupp itself still asks of it (001: the regiondirektörsgrupp appoints its chair)", () => {
    expect(router.route({ question: "Vem utser ordförande i ledningsgruppen i Mellansverige?" }).owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

/**
 * Issue 13 (relation): in a Swedish question the subject stands between the finite verb and its stranded particle
 * ("Vem står ledningsgruppen under?"); a pronoun taking up a group named before is that subject too ("… Vem står den
 * under?", "Vem rapporterar den till?"), so the relation's phrase reads as one. A pronoun followed by more words may
 * stand for a topic ("ligger den under neurologin?") and is left in. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const RDG = "sjukvardsregion-mellansverige:regiondirektorsgrupp";

describe("a pronoun before the stranded particle is the subject", () => {
  it.each([
    ["Samverkansnämndens ledningsgrupp – vem står den under?"],
    ["Jag sitter i ledningsgruppen i Mellansverige. Är den fristående, eller vem står den under?"],
  ])("%s → the regiondirektörsgrupp (001: 'Gruppen är underställd … regiondirektörsgrupp')", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("commissioner");
    expect(d.result.owner?.id).toBe(RDG);
  });
});

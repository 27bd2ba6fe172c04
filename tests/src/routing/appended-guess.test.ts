/**
 * Issue 13 (relation): "Vem tar fram förslaget på ordförande, förvaltningscheferna?" — a short phrase after the last
 * comma (or a dash) of a "vem"/"vilken" question is an elliptic "är det …?": the asker's guess at the answer, not the
 * group whose relation is asked. The relation is asked of the other group named, and its clause confirms or corrects
 * the guess (003: "Förvaltningschefer … tar fram förslag på ordförande"; 000: "Ledningsgruppen utser ordförande i
 * verksamhetschefsgrupperna"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a body appended after the question is the guess", () => {
  it.each([
    ["Vem lägger fram förslag på ordförande till ett samordningsråd i VGR, förvaltningscheferna?", "vgr:forvaltningschef"],
    ["vem utser ordf i verksamhetschefsgrupperna, regiondirektorsgruppen", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Vem utser ordförande för verksamhetschefsgruppen – regiondirektörsgruppen?", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (question, owner) => {
    expect(router.route({ question }).owner?.id).toBe(owner);
  });

  it("a list after the comma names no guess: the topic is still read", () => {
    const d = router.routeDetailed({ question: "Vilken grupp i VGR samordnar röntgen, ultraljud och mammografi?" });
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

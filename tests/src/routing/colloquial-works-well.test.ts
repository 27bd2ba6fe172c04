/**
 * Issue 13 (topic, everyday Swedish): "funkar" is the spoken form of "fungerar", and "jättebra", "superbra" are "bra"
 * made stronger — an arrangement that "funkar jättebra" somewhere is a good example, which 004 asks the imaging råd to
 * spread ("Verka för spridning av goda exempel mellan deltagande utförarförvaltningar"), as "fungerar bra" already
 * read. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a practice that 'funkar jättebra' is a good example", () => {
  it.each([
    "Vårt nya sätt att planera ultraljudstiderna i Skövde funkar superbra. Vilken grupp i VGR tar vara på sånt?",
    "Vi har ett upplägg för MR-bokningar som funkar bra på Sahlgrenska. Vem kan hjälpa oss att få ut det till de andra sjukhusen?",
  ])("%s → the imaging råd", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

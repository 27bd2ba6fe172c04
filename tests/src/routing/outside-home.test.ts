/**
 * Issue 13 (none): someone in a region the catalog does not cover compares with one it does ("VGR har ett råd för …")
 * and asks who does it "hos oss": the sentence that asks is about the asker's own place, where no mandate of the
 * catalog holds (004: the råd "företräder inte VGR i kontakter utanför regionen"). The covered organisation named for
 * comparison had made it the question's. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a question about the asker's own place outside the catalog", () => {
  it.each([
    "Jag har precis börjat på Region Skåne. I VGR finns visst ett samordningsråd för ortopedi. Finns något sådant hos oss?",
    "Vi sitter i Region Halland och har läst om bild- och funktionsrådet i Västra Götaland. Vilken grupp gör samma sak hos oss?",
  ])("%s → none", (q) => {
    expect(router.route({ question: q }).status).toBe("none");
  });

  it("'hos oss' in a covered organisation is that organisation's", () => {
    expect(router.route({ question: "Jag jobbar i VGR. Vem samordnar röntgenköerna hos oss?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

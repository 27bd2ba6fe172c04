/**
 * Issue 13 (topic, english): a way or a solution that works well, to be spread to other units, is a good example —
 * 002 "en arena för att sprida goda exempel"; 004 "Sprida och breddinföra utvecklingsarbete som faller väl ut".
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (question: string) => {
  const r = router.route({ question });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("a smart way to spread is a good example", () => {
  it("Swedish, an imaging unit's way of booking", () => {
    expect(owner("Vi på fysiologen i Skövde har tagit fram ett smidigt sätt att boka arbetsprov. Vem kan hjälpa oss att få ut det till de andra sjukhusen i regionen?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
  it("English, a radiology department's way of booking", () => {
    expect(owner("We run the radiology department at Sahlgrenska and want to share a good way of booking MRI slots with other hospitals in VGR. Who should we talk to?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

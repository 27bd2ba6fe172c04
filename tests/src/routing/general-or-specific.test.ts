/**
 * Issue 13 (kind vs concrete group): "ett generellt samordningsråd eller något specifikt" says which kind of group is
 * asked for, never what the matter is (fragor.yaml question words); the matter is the care area, which 004's concrete
 * råd holds (bild- och funktionsmedicin, of which klinisk fysiologi and neurofysiologi are parts). Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const owner = (q: string) => {
  const r = router.route({ question: q });
  return `${r.status} ${r.owner?.id}`;
};

describe("a general or a specific group", () => {
  it.each([
    "Klinisk fysiologi i VGR: tillhör den ett generellt samordningsråd eller något specifikt?",
    "Nuklearmedicinen i VGR – ligger den under ett generellt samordningsråd eller ett specifikt?",
    "Hör neurofysiologin i VGR till något specifikt samordningsråd eller till de generella?",
    "Ultraljud i VGR, är det ett specifikt råd eller det generella samordningsrådet?",
  ])("%s", (q) => {
    expect(owner(q)).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

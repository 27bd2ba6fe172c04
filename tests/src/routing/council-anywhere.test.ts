/**
 * Issue 13 (relation): "rådet" said alone, with no organisation named or remembered. Of the five mandates' organisations
 * only VGR calls its groups råd (003/004: the samordningsråd), so the council the asker has in mind is a VGR
 * samordningsråd, and the relation asked is read from the kind's mandate — as it already was when VGR was known.
 * "gruppen" is every organisation's head word and still settles nothing. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const answer = (question: string) => {
  const r = router.route({ question });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("a council spoken of with no organisation known", () => {
  it.each([
    ["Varken ordföranden eller deltagarna i rådet har mandat att besluta om en fråga. Vad händer då?", "owner vgr:koncernovergripande-grupp"],
    ["Vart eskaleras en fråga som ingen i rådet har mandat att besluta om?", "owner vgr:koncernovergripande-grupp"],
    ["Vem utser ledamöterna i rådet?", "owner vgr:forvaltningschef"],
  ])("%s → %s", (q, want) => {
    expect(answer(q)).toBe(want);
  });
  it("'gruppen' names no organisation's kind: no owner is stated", () => {
    expect(answer("Vart eskaleras en fråga som ingen i gruppen har mandat att besluta om?")).not.toMatch(/^owner/);
  });
});

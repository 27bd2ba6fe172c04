/**
 * Issue 13: to decide on new groups of a kind is to set them up ("Regiondirektören har fördelat ansvaret att inrätta och
 * avveckla samordningsråd till hälso- och sjukvårdsutvecklingsdirektören", 004). "Vem tar beslut om nya samordningsråd?"
 * asks the creates relation as "Vem inrättar samordningsråd?" does; "nya" must stand next to the group noun, so a
 * decision on new ways of working in a råd stays a question of that råd's topic. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const asked = (q: string) => {
  const r = router.routeDetailed({ question: q });
  return `${r.result.status} ${r.result.owner?.id} ${r.analysis.asks}`;
};

describe("a decision on new groups", () => {
  it.each([
    "Vem tar beslut om nya samordningsråd i VGR?",
    "Vem beslutar om nya samordningsråd?",
    "Vem fattar beslut om ett nytt samordningsråd för ortopedi i VGR?",
    // English "new" (engelska.yaml) before the group's noun
    "Who decides on new coordination councils in VGR?",
    "Who takes the decision on a new council for orthopaedics in VGR?",
  ])("%s", (q) => {
    expect(asked(q)).toBe("owner vgr:halso-och-sjukvardsutvecklingsdirektor creates");
  });
  it("new ways of working in a råd are its topic, not a new råd", () => {
    expect(asked("Vem bestämmer om nya arbetssätt i samordningsrådet?")).not.toContain("creates");
    expect(asked("Who decides on new ways of working in the coordination council?")).not.toContain("creates");
  });
});

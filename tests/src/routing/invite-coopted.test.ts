/**
 * Issue 13 (relation): to invite someone from outside a group to take part ("bjuda in privata vårdgivare att delta") is to
 * coopt them — 004: "Samordningsrådet kan besluta om ett begränsat antal adjungerade deltagare … vårdgrannar i form av
 * regioner, kommuner och privata vårdgivare". The group decides it itself, citing that clause. Inviting to a meeting
 * ("bjuder in till mötet") is not coopting. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("inviting outsiders to take part is coopting them", () => {
  it.each([
    ["Vem kan bjuda in privata vårdgivare att delta i samordningsrådets möten?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Får bildrådet bjuda in kommunerna att delta i mötena?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s → %s, citing the coopting clause", (q, want) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("coopted");
    expect(d.result.owner?.id).toBe(want);
    expect(d.result.citations[0]?.text).toMatch(/adjunger/i);
  });
  it("inviting to a meeting is no coopting", () => {
    expect(router.routeDetailed({ question: "Vem bjuder in till mötet i ledningsgruppen?" }).analysis.asks).not.toBe("coopted");
  });
});

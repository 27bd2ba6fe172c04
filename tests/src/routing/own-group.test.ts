/**
 * Issue 13 (relation, typed): the asker speaks of their own group without naming it.
 * - A possessive makes a Swedish noun definite without its ending: "våra möten", "sina gemensamma möten" are the meetings
 *   of a group the asker has in mind, as "mötena" are — in Västmanland, whose one group is 002's samverkansgrupp, the
 *   group whose meetings 002 sets ("Mötesfrekvens och plats") and whose meetings UoU leads (002 "gruppen leds av …").
 *   A question for how often such meetings are held asks a fact of that group, not of the world.
 * - "vår ordförande", "hos oss" with the organisation known: of its groups, those whose mandate says the relation name
 *   the party (003 "Ordförande rapporterar till hälso- och sjukvårdsdirektören"); groups whose mandates say nothing are
 *   passed over, and groups that name different parties leave the question open.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const answer = (question: string, org?: string) => {
  const r = router.route({ question, ...(org ? { org } : {}) });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};
const SAMVERKANSGRUPP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("the asker's own group, spoken of by a possessive", () => {
  it.each([
    ["Hur ofta har kommunerna och regionen i Västmanland sina möten?", undefined, `owner ${SAMVERKANSGRUPP}`],
    ["Hur ofta har vi våra gemensamma möten?", "vastmanland", `owner ${SAMVERKANSGRUPP}`],
    ["Vem leder våra möten?", "vastmanland", "owner vastmanland:uou-vkl"],
    ["who chairs our meetings", "vastmanland", "owner vastmanland:uou-vkl"],
    ["Vem rapporterar vår ordförande till?", "vgr", "owner vgr:halso-och-sjukvardsdirektor"],
  ])("%s [%s] → %s", (q, org, want) => {
    expect(answer(q, org)).toBe(want);
  });
  it("groups whose mandates name different parties leave it open (VCG chair: the ledningsgrupp; ledningsgrupp chair: RDG)", () => {
    expect(answer("Vem utser vår ordförande?", "sjukvardsregion-mellansverige")).not.toMatch(/^owner/);
  });
  it("'ska vara ordförande' is the verb, not 'vår'", () => {
    expect(answer("Vem ska vara ordförande?", "vgr")).not.toBe("owner vgr:halso-och-sjukvardsdirektor");
  });
});

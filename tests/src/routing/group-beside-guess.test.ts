/**
 * Issue 13 (boundary): "Är det Koncernkontoret eller ordföranden som ska se till att rådet har en koordinator?" offers
 * Koncernkontoret as a guess of who does it; the group whose relation is asked is "rådet" — a definite group noun, a
 * group already known (VGR's samordningsråd; 004 "tillhandahåller Koncernkontoret koordinator till varje
 * samordningsråd"). The guessed name had hidden the group spoken of, and the topic step answered the råd itself. An
 * indefinite "en grupp som bereder" asks for a group instead, and stays so. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the group spoken of beside a guessed body", () => {
  it.each([
    "Är det Koncernkontoret eller rådet självt som ska se till att rådet har en koordinator?",
    "Är det Koncernkontoret eller vi själva som ska skaffa en koordinator till rådet?",
    "Är det Koncernkontoret eller ordföranden som ska ge rådet en koordinator?",
  ])("%s → Koncernkontoret", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:koncernkontoret");
  });

  it("an indefinite group beside a guess is the group asked for", () => {
    const r = router.route({ question: "Ska en fråga om Västmanlands länsgemensamma avtal om hjälpmedel gå direkt till Chefsforum, eller finns det en grupp som bereder den?" });
    expect(r.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});

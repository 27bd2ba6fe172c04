/**
 * Issue 13 (a kind instead of a group): a care area before the kind's whole noun names the concrete råd of that area, as
 * before its head does ("röntgenrådet"): Swedish "röntgensamordningsrådet" is one compound with "samordningsråd" as its
 * head; English puts the modifier before the noun, "the imaging samordningsråd" (004: "Samordningsråd bild- och
 * funktionsmedicin" is the råd of that area; 004: "Samordningsrådet kan besluta om ett begränsat antal adjungerade deltagare"). An area no concrete råd has stays
 * the kind. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const IMAGING = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("a care area before the kind's noun", () => {
  it.each([
    ["Kan röntgensamordningsrådet adjungera någon?", IMAGING],
    ["Can the radiology samordningsråd co-opt someone?", IMAGING],
    ["May the imaging samordningsråd set up working groups of its own?", IMAGING],
  ])("%s → %s", (question, id) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(id);
  });

  it("an area no concrete råd has is the kind", () => {
    expect(router.route({ question: "Can the urology samordningsråd co-opt someone?" }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

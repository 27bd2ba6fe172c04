/**
 * Issue 13 (boundary): "… till Chefsforum för att få upp det på dagordningen hos samverkansgruppen": the group whose
 * agenda the question names is where the matter should go, and its way in is its procedure clause (002 Ärendegång:
 * "Frågor ska anmälas till enhetschef eller utvecklingsstrateg på … UoU … så att frågan sätts upp på dagordningen") —
 * not what the samverkansgrupp prepares for Chefsforum. A body named in the clause of purpose ("för att …") is no
 * alternative of an either-or. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the agenda's holder", () => {
  it.each([
    ["Vi skickar ärendet till Chefsforum för att få upp det på dagordningen hos samverkansgruppen i Västmanland – är det rätt väg?"],
    ["Ska vi mejla Chefsforum eller UoU för att få upp frågan på dagordningen hos länsgruppen i Västmanland?"],
  ])("%s → UoU", (question) => {
    const r = router.route({ question });
    expect(r.owner?.id).toBe("vastmanland:uou-vkl");
  });
});

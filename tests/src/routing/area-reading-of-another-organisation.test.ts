/**
 * Issue 13 (ambiguous): with no organisation known, a question of one care area that Mellansverige's per-area
 * verksamhetschefsgrupper cover as a kind (000: "Samverka kring … investeringar") is also VGR's råd of that very area
 * (004: samordningsråd bild- och funktionsmedicin) when that råd has evidence enough to answer in VGR: both are offered
 * and the card asks which organisation. With the organisation known (named or remembered) each answers alone.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("another organisation's group of the area asked", () => {
  it.each([["Vem samordnar investeringar i en ny datortomograf?"], ["Which group coordinates investments in new MRI machines?"]])("%s → both, the organisation asked", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("ambiguous");
    expect(d.result.candidates.map((c) => c.id)).toEqual(expect.arrayContaining([VCG, BFM]));
    expect(d.analysis.askOrganization).toBe(true);
    // each group cited by a clause of its mandate, not by its name quoted under its name
    for (const c of d.result.citations) expect(c.text).not.toBe(d.result.candidates.find((x) => x.id === c.groupId)?.name);
  });

  it.each([
    ["Vem samordnar investeringar i en ny datortomograf i Mellansverige?", undefined, VCG],
    ["Vem samordnar investeringar i nya magnetkameror i VGR?", undefined, BFM],
    ["Vem samordnar investeringar i en ny datortomograf?", "vgr", BFM],
  ])("%s (%s) → %s", (question, rememberedOrg, owner) => {
    expect(router.route({ question, ...(rememberedOrg ? { rememberedOrg } : {}) }).owner?.id).toBe(owner);
  });
});

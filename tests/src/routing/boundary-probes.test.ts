/*
 * Probe questions written from the mandates' boundary clauses for round 14 (boundary-probes.ts): the real router over
 * the sample mandates. On 7b1f5f0 43 of the 47 were right; the floor holds what the round reached.
 */
import { Router } from "../../../src/routing/router";
import { PROBES } from "./boundary-probes";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const answer = (q: string) => {
  const r = router.route({ question: q });
  return r.status === "owner" ? r.owner!.id : r.status;
};

describe("probes from the boundary clauses", () => {
  it("answers at least 46 of the 47 as the clauses say", () => {
    const wrong = PROBES.filter((p) => answer(p.q) !== p.want).map((p) => `${p.q} → ${answer(p.q)} (want ${p.want})`);
    expect(wrong.length).toBeLessThanOrEqual(1);
  });

  it("a body offered as a guess ('Är det X som …?') is checked against the mandates, not taken for its name", () => {
    expect(answer("Är det verksamhetschefsgruppen som ska representera sjukvårdsregionen gentemot Socialstyrelsen?")).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    // an article may stand between "det" and the name
    expect(answer("Är det de regionövergripande samordnande grupperna som ansvarar för bemanningen inom röntgen?")).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("a compound is a kind of its head: 'planera gallstensoperationerna' says 'planera operationer' (000: gemensam produktionsplanering)", () => {
    const r = router.route({ question: "Vilken grupp ska planera gallstensoperationerna gemensamt för regionerna i Mellansverige?" });
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("a word a boundary clause says of its matter counts though the receiving body's name has it too ('Övergripande frågor …' → regionövergripande samordnande grupper)", () => {
    const r = router.route({ question: "Övergripande frågor om lokalförsörjningen i VGR – vem hanterar dem?" });
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("Klinisk ledning's clause needs several areas: a changed way of working in one area stays with that area's råd", () => {
    expect(answer("Är det Klinisk ledning som ska hantera ett förändrat arbetssätt för bokning inom bara röntgen?")).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(answer("Ett nytt arbetssätt för utskrivning berör både kirurgi, ortopedi och geriatrik. Vilken grupp omhändertar det?")).toBe("vgr:klinisk-ledning");
  });
});

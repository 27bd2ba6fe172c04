/*
 * 004 Samband och gränsdragning: "Program- och prioriteringsrådets (PPR) roll … är att, vid införande av nya läkemedel
 * och medicinska metoder som har betydande organisatoriska och/eller ekonomiska konsekvenser, säkerställa gemensamma
 * prioriteringar i VGR", and apart from it "Klinisk ledning ska omhänderta frågor som rör förändrade arbetssätt och
 * processer …". Introducing a new way of working is no new drug or medical method: the PPR clause does not cover it
 * on "införa" alone (lexicon `condition` / `otherMatter`). A new drug or method still goes to PPR. Questions written
 * for this test, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const PPR = "vgr:program-och-prioriteringsradet";

describe("the PPR clause holds for new drugs and medical methods, not for any 'införa'", () => {
  it.each([
    "Vi vill införa ett nytt arbetssätt för sårvården i VGR. Vem ansvarar?",
    "Vi vill införa ett nytt arbetssätt i hela VGR. Vem driver det?",
  ])("%s is not PPR's", (q) => {
    const r = router.route({ question: q });
    expect(r.owner?.id ?? "").not.toBe(PPR);
  });

  // the knowledge-management system's recommendations are no new drugs or methods either: prioritising them is the
  // samordningsråd's in VGR (003 "prioritera utvecklingsinsatser"), the verksamhetschefsgrupp's in Mellansverige (000)
  it("prioritising kunskapsstyrningsrekommendationer in VGR is the samordningsråd's", () => {
    const r = router.route({ question: "Vilken grupp i VGR prioriterar vilka av kunskapsstyrningsrekommendationerna som ska införas först?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it.each([
    "Vem prioriterar när VGR ska införa ett nytt dyrt läkemedel?",
    "Vi vill införa en ny behandlingsmetod med stora ekonomiska konsekvenser i VGR. Vem prioriterar?",
  ])("%s is PPR's", (q) => {
    expect(router.route({ question: q }).owner?.id).toBe(PPR);
  });
});

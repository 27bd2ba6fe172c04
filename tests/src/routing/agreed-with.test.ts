/**
 * Issue 13 (boundary): "Vem måste vi stämma av med?" asks whom a group must agree a matter with — the body a sentence
 * of its mandate names with "stämmas av" / "i dialog med": 004 "Ställningstaganden som påverkar stödprocesser ska
 * stämmas av i dialog med berörd ansvarig funktion eller koncernövergripande grupp" for a purchase or an IT system, and
 * 004 "Mötesfrekvensen kan anpassas … i dialog med kontaktperson" for the meetings (read by the meetings relation, as
 * before). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const GROUP_WIDE = "vgr:koncernovergripande-grupp";
const CONTACT = "vgr:kontaktperson-samordningsrad";

describe("whom a matter is agreed with", () => {
  it.each([
    "Ortopedrådet i VGR vill byta journalsystem på alla sjukhus. Vem måste rådet stämma av det med?",
    "BoF-rådet vill ändra hur upphandlingen av röntgenutrustning går till. Med vem ska de stämma av?",
    "Our VGR coordination council for surgery wants a new booking system in every hospital. Who must we consult?",
  ])("%s → the koncernövergripande grupp (004 stödprocesser)", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("consults");
    expect(d.result.owner?.id).toBe(GROUP_WIDE);
    expect(d.result.citations[0]?.text).toMatch(/stödprocesser/);
  });

  it("meetings agreed with someone stay the meeting clause's kontaktperson", () => {
    const d = router.routeDetailed({ question: "BoF-rådet vill ha färre möten i år. Med vem stämmer de av det?" });
    expect(d.result.owner?.id).toBe(CONTACT);
  });
});

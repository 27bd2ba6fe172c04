/**
 * Issue 13 (boundary): "lyfta ett ärende om X" is the everyday "ta upp" of a matter the question names, so it asks where
 * X belongs — a topic, which a boundary clause may send elsewhere (004 "Övergripande frågor som rör organisation och
 * arbetsvillkor inkl ersättningar … hanteras via regionövergripande samordnande grupper och inte av samordningsråden").
 * Escalation (004 "… lyfts till berörd koncernövergripande grupp") is asked where a matter goes that a body cannot
 * decide, and stays so. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const REGION_WIDE = "vgr:regionovergripande-samordnande-grupper";
const GROUP_WIDE = "vgr:koncernovergripande-grupp";

describe("raising a named matter", () => {
  it.each([
    "Vi vill lyfta ett ärende om ersättningen för jourpassen på röntgen i VGR. Hör det hemma i BoF-rådet?",
    "Jag vill lyfta en fråga om OB-tilläggen för undersköterskorna inom ortopedin i VGR, tar samordningsrådet det?",
  ])("%s → the matter's owner by the boundary clause", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe(REGION_WIDE);
  });

  it.each([
    "Varken ordföranden eller deltagarna i BoF-rådet har mandat att besluta. Vart lyfter vi frågan?",
    "Ingen i ortopedirådet har mandat i frågan. Vart ska den lyftas?",
  ])("%s → escalation, as before", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("escalation");
    expect(d.result.owner?.id).toBe(GROUP_WIDE);
  });
});

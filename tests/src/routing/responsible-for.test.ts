/**
 * Issue 13 (boundary): the body a mandate sentence says bears the responsibility for a thing answers who is responsible
 * for it — 004 "Beslut fattas med respekt för det ansvar som respektive förvaltningschef har för den samlade
 * verksamheten i förvaltningen samt givna budgetramar" puts the budget frames on the förvaltningschef, not on the råd
 * whose mandate says it. Swedish names who bears a responsibility with "ha ansvar för" / "ansvara för"; "bestämma över"
 * a thing asks the same. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const FC = "vgr:forvaltningschef";

describe("who bears the responsibility a sentence names", () => {
  it.each([
    "Vem har ansvaret för budgetramarna på ortopeden i VGR?",
    "Vem ansvarar egentligen för budgetramarna i förvaltningen?",
    "Vem bestämmer över budgetramarna för kirurgin på NÄL, rådet eller förvaltningen?",
  ])("%s → the förvaltningschef", (q) => {
    expect(router.routeDetailed({ question: q }).result.owner?.id).toBe(FC);
  });

  it("who organises a meeting is who is responsible for it being held (000 'Ledningsgruppen ansvarar för att ett årligt möte … genomförs')", () => {
    const d = router.routeDetailed({ question: "Vem anordnar mötet där varje verksamhetschefsgrupp presenterar föregående års verksamhet?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a responsibility the group's own sentence puts on another body stays that body's", () => {
    const d = router.routeDetailed({ question: "Vem ansvarar för det årliga mötet med ordförandena i verksamhetschefsgrupperna?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

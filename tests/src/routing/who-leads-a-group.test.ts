/**
 * Issue 13 (relation): "vem som ska leda X", "den som leder X" is X's chair (general Swedish: who leads a group chairs
 * it; 002 "gruppen leds av …"). With a verb of appointing before it, the question asks who appoints the chair (000:
 * "Samverkansnämndens ledningsgrupp utser ordförande"); "Vem leder X?" alone still asks who leads. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";

describe("who decides who leads a group", () => {
  it.each([
    ["Vem bestämmer vem som ska leda verksamhetschefsgruppen för hjärtsjukvård i Mellansverige?"],
    ["Vem utser den som leder verksamhetschefsgruppen för psykiatri i Mellansverige?"],
    ["Who decides who will lead the cancer care group of the Mellansverige healthcare region?"],
  ])("%s → the ledningsgrupp appoints the chair", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("chair");
    expect(d.result.owner?.id).toBe(LG);
  });

  it("who leads a group, asked alone, is who leads it", () => {
    const d = router.routeDetailed({ question: "Vem leder samverkansgruppen i Västmanland?" });
    expect(d.analysis.asks).toBe("leads");
    expect(d.result.owner?.id).toBe("vastmanland:uou-vkl");
  });
});

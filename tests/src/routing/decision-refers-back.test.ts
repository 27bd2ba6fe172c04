/**
 * Issue 13 (relation): "the decision" (definite) in the asking sentence points back to the decision a sentence before
 * it speaks of — the decision on a group's proposal — however many words stand between. 002: the samverkansgrupp
 * prepares "förslag till lösning som Chefsforum får ta ställning till". A long preamble ("… så att vi kan börja i
 * höst") had put the proposal out of reach of "vem fattar beslutet?", and the question was left unanswered. Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the decision spoken of before", () => {
  it.each([
    "Jag är utredare i Sala. Samverkansgruppen i Västmanland är klar med sitt förslag om hur läkemedelsgenomgångarna ska fördelas, nu återstår bara att det beslutas så att vi kan sätta igång i vår. Vem fattar beslutet?",
    "Från vår MAS: 'Länsgruppen har lagt fram sitt förslag om ansvaret för syrgas i hemmet, det måste beslutas innan sommaren så att vi hinner utbilda personalen.' Vem är det som fattar beslutet?",
  ])("%s → Chefsforum", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vastmanland:chefsforum");
  });
});

/*
 * Who decides a matter is the decides relation of the group whose mandate covers it, also when the question names no
 * group: 002 "Chefsforum är även beslutande organ" and "… utarbeta förslag till lösning som Chefsforum får ta
 * ställning till" — the samverkansgrupp prepares, Chefsforum decides. "Det formella beslutet" is the binding decision
 * (general Swedish), as against preparing or proposing. Questions written for this test from those clauses, not taken
 * from the development sets.
 */
import { sampleRouter } from "./sample-router";

const CF = "vastmanland:chefsforum";
const SG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const { router, say } = sampleRouter();

describe("who decides a matter the samverkansgrupp prepares: Chefsforum (002)", () => {
  it.each([
    "Vem fattar till sist beslutet om hur ansvaret för hemsjukvården fördelas mellan regionen och kommunerna i Västmanland?",
    "Vem tar det formella beslutet om ett nytt avtal om ansvarsfördelning mellan länets kommuner och regionen i Västmanland?",
    // "i slutändan" is "till slut" (general Swedish): the final say, not the preparing
    "Vem bestämmer i slutändan om hemsjukvårdsavtalet i Västmanland?",
    "Vem avgör i slutändan hur kostnaderna för hjälpmedel delas mellan kommunerna och regionen i Västmanland?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${CF}`);
  });

  it("cites the clause that gives the decision to Chefsforum", () => {
    const r = router.route({ question: "Vem fattar till sist beslutet om hur ansvaret för hemsjukvården fördelas mellan regionen och kommunerna i Västmanland?" });
    expect(r.citations[0]?.groupId).toBe(SG);
    expect(r.citations[0]?.text).toMatch(/Chefsforum/);
  });
});

describe("a matter of the samverkansgrupp that does not ask who decides keeps the group", () => {
  it("Vem arbetar med tolkningen av avtalen om ansvarsfördelning mellan kommunerna och regionen i Västmanland?", () => {
    expect(say("Vem arbetar med tolkningen av avtalen om ansvarsfördelning mellan kommunerna och regionen i Västmanland?")).toBe(`owner ${SG}`);
  });
});

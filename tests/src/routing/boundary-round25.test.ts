/**
 * Issue 13, boundary (round 25): rules from mandate clauses, with example sentences written for these tests (not taken
 * from the development sets).
 * - 002 "Identifiera områden där oenighet råder … och utarbeta förslag till lösning som Chefsforum får ta ställning
 *   till": the samverkansgrupp prepares the solution to a disagreement, Chefsforum decides it. Who decides (settles)
 *   the solution asks the decides relation, not who works with the disagreement.
 */
import { sampleRouter } from "./sample-router";

const CF = "vastmanland:chefsforum";
const SG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const { say } = sampleRouter();

describe("who decides the solution of a disagreement the samverkansgrupp prepares: Chefsforum (002)", () => {
  it.each([
    "Vem bestämmer lösningen när kommunerna och regionen i Västmanland är oense om ansvaret för hemsjukvården?",
    "Vilket organ beslutar om lösningar på oenigheter om ansvaret mellan kommunerna och landstinget i Västmanland?",
    "Är det samverkansgruppen i Västmanland som avgör lösningen när länets kommuner och regionen inte är överens?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${CF}`);
  });

  it("who works out the solution keeps the samverkansgrupp", () => {
    expect(say("Vem tar fram förslag till lösning när kommunerna och regionen i Västmanland är oense om ansvaret?")).toBe(`owner ${SG}`);
  });
});

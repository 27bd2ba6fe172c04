/**
 * Issue 13 (owner precision): a question asking only when, why or how asks a fact of what a clause says, not who acts
 * in it — 002 "Chefsforum initierade under 2015 att det fanns behov av en ny samverkansgrupp … Samverkansgruppen startade
 * 2016": when the samverkansgrupp started is the group's fact; who took the initiative is Chefsforum.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("when/why questions are not answered with the clause's actor", () => {
  it("when the group started: the group", () => {
    expect(owner("När startade samverkansgruppen för hälso- och sjukvårdsfrågor i Västmanland?")).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });

  it("who took the initiative: Chefsforum", () => {
    expect(owner("Vem tog initiativ till samverkansgruppen i Västmanland?")).toBe("owner vastmanland:chefsforum");
  });
});

/**
 * Issue 13 (relation): "förbereda" is everyday Swedish for "bereda" (relationer.yaml decides): who decides what another
 * group prepares is the body it prepares for (002 "Samverkansgruppen … har en beredande och processande funktion till
 * Chefsforum", "Chefsforum är även beslutande organ"), not who prepares the group's own meetings. Questions written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("who decides what a group prepares", () => {
  it.each(["Vem fattar beslut om det som samverkansgruppen i Västmanland förbereder?", "Vilken instans tar beslut i frågorna som samverkansgruppen har förberett?"])("%s", (q) => {
    expect(say(q)).toBe("owner vastmanland:chefsforum");
  });
  it("who prepares the group's meetings is still asked as before", () => {
    expect(say("Vem förbereder frågorna inför samverkansgruppens möten?")).toBe("owner vastmanland:uou-vkl");
  });
});

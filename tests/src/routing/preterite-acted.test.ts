/**
 * Issue 13 (boundary): a body the question says has done its act sets the scene. The preterite says it as the perfect
 * does ("PPR prioriterade …" as "PPR har prioriterat …"), and "vilket" asks as "vilken" does: implementing what PPR has
 * prioritised is the samordningsråd's (004: "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en
 * viktig roll i genomförandet"), not PPR's. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a body's preterite act is done", () => {
  it("PPR prioriterade … Vilket samordningsråd ska införa det? → the BoF råd", () => {
    const question = "PPR prioriterade förra året en ny ultraljudsmetod för levern. Vilket samordningsråd ska införa den?";
    expect(router.route({ question }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

/**
 * Issue 13 (relation): "ledamöter till X" are X's members. Seats in a national body the catalog does not hold are filled
 * by the group whose mandate gives it that duty (004: "Nominera ordförande och ledamöter till nationella
 * programområden") — the group's name after "programområdet för" only says which programme area, it does not make the
 * question one of who decides the group's own members (003: "De utses av respektive förvaltningschef"). Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("seats in a body outside the catalog", () => {
  it.each([
    "Vem utser ledamöter från Västra Götaland till det nationella programområdet för bild- och funktionsmedicin?",
    "Vem föreslår ordförande till nationella programområdet för bild- och funktionsmedicin i VGR?",
  ])("%s → the BoF råd, whose duty it is", (question) => {
    expect(router.route({ question }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("the group's own members are still who appoints them (003: förvaltningschef)", () => {
    expect(router.route({ question: "Vem utser ledamöterna till samordningsrådet för bild- och funktionsmedicin?" }).owner?.id).toBe("vgr:forvaltningschef");
  });
});

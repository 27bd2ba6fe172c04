/**
 * Issue 13 (relation, typed): "Utser X deltagarna i samordningsråden, eller förvaltningscheferna?" guesses two actors; the
 * body after "eller" (chat: "el"; its verb may come first, "eller gör förvaltningscheferna det?") is the other guess, not
 * the group whose members are asked about — the råd's own clause answers (003: "De utses av respektive
 * förvaltningschef"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const FC = "vgr:forvaltningschef";

describe("a body after 'eller' is another guess of the actor", () => {
  it.each([
    ["Utser koncernkontoret deltagarna i samordningsråden eller förvaltningscheferna?"],
    ["utser klhs deltagarna i samordningsraden el forvaltningscheferna"],
    ["Utser KLHS deltagarna i samordningsråden, eller gör förvaltningscheferna det?"],
  ])("%s → förvaltningschef", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("members");
    expect(d.result.owner?.id).toBe(FC);
  });
});

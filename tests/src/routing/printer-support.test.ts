/**
 * Issue 13 (nothing covers it): a printer and its driver are IT support's, as a keyboard or a webcam is
 * (utanfor-varden.yaml) — never 004's "driva" a matter, which the English "drivers" was read as. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("printers and their drivers are IT support", () => {
  it.each([
    "Where do I find drivers for the printer on our ward?",
    "The new printers at the clinic need drivers – who installs them?",
    "Var hittar jag drivrutinen till skrivaren på avdelningen?",
  ])("%s → none", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("not-care");
  });

  it("a group that drives a matter is still asked ('Who drives the work on waiting times for imaging in VGR?')", () => {
    expect(router.route({ question: "Who drives the work on waiting times for imaging in VGR?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

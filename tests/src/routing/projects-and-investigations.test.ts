/**
 * Issue 13 (english): "projects and investigations" a group is a reference group for are the work itself — 003 "vara
 * referensgrupp i olika projekt och utredningar", 004 "Vara referensgrupp …" — not the kansli's investigative resources
 * that "investigations" alone means in a question of support. Sentence written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("the reference group for projects and investigations in imaging and clinical physiology → the imaging råd", () => {
  const d = router.routeDetailed({ question: "Which group is the reference group for projects and investigations in imaging and clinical physiology in VGR?" });
  expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
});

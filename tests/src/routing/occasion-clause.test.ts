/**
 * Issue 13 (none): a practical matter of a workplace (parking) is no mandate's, also when a group is named only in a
 * clause of time that sets the occasion ("… när jag ska på möte med bildrådet?"): the main clause asks where to park,
 * the group's meeting is only when. "Parkera en fråga" (to put it aside) is no parking. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it("parking on the way to a named group's meeting → none (not care)", () => {
  const d = router.routeDetailed({ question: "Var kan jag parkera bilen vid NÄL när jag ska på möte med bildrådet?" });
  expect(d.result.status).toBe("none");
  expect(d.analysis.reason).toBe("not-care");
});

it("putting a question aside in a named group stays that group's", () => {
  const d = router.routeDetailed({ question: "Kan vi parkera frågan i samordningsrådet för bild- och funktionsmedicin?" });
  expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
});

/**
 * Issue 13 (relation): a group's link, channel or way in ("länk in i", "ingång till", "link into") to another body is its
 * contact person there — 004 "Till varje samordningsråd utses en kontaktperson bland deltagarna i koncernledning hälso-
 * och sjukvård". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each([
  "Vem är samordningsrådets ingång till koncernledningen i VGR?",
  "Vem är bildrådets länk in i koncernledningen?",
  "Who is the imaging council's link into group management?",
])("%s → the samordningsråd's kontaktperson", (q) => {
  const d = router.routeDetailed({ question: q });
  expect(d.analysis.asks).toBe("contact");
  expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
});

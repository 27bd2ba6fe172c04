/**
 * Issue 13 (relation): "återkoppla" (to report back on how the work goes) is to inform the one who gave the work:
 * 002 "ansvara för att informera uppdragsgivaren om hur arbetet i samverkansgruppen fortlöper, enligt respektive
 * huvudmans ledningsstruktur". Asked with that verb, the question had been read as a topic and answered with the group
 * itself (or none). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("reporting back is informing", () => {
  it.each([
    "Vem ska deltagarna i samverkansgruppen i Västmanland återkoppla till?",
    "Jag sitter med i länsgruppen i Västmanland för kommunerna. Till vem återkopplar jag hur det går?",
  ])("%s → the participant's huvudman", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vastmanland:huvudman");
  });
});

/**
 * Issue 13 (relation): "lämna över ansvaret till någon" hands a responsibility on — a delegation, asked of the one who
 * gave it (004: the hälso- och sjukvårdsutvecklingsdirektör sets up and closes samordningsråd on the regiondirektör's
 * delegation) — where "lämna (över) rapporten till …" hands in a report. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a responsibility handed over is a delegation, not a report", () => {
  it("who handed the responsibility over → the regiondirektör", () => {
    const d = router.routeDetailed({ question: "Hälso- och sjukvårdsutvecklingsdirektören får starta och lägga ned samordningsråd. Vem har lämnat över det ansvaret till hen?" });
    expect(d.analysis.asks).toBe("creates");
    expect(d.result.owner?.id).toBe("vgr:regiondirektor");
  });

  it("a report handed over is still reporting", () => {
    const d = router.routeDetailed({ question: "Vem lämnar samordningsrådet över sin rapport till?" });
    expect(d.analysis.asks).toBe("reports");
    expect(d.result.owner?.id).toBe("vgr:halso-och-sjukvardsdirektor");
  });
});

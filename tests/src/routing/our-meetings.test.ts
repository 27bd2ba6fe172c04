/**
 * Issue 13 (relation): "Vi behöver hjälp med samordning inför våra möten – vem står för det stödet?" (the organisation
 * known): "våra möten" are the meetings of the asker's own group, as "vår grupp" speaks of it — so the relation asked is
 * that group's, here 003 "Koncernkontoret tillhandahåller koordinerande och samordnande stöd". Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("our meetings are our group's", () => {
  it.each([
    ["Vi behöver hjälp med samordning inför våra möten – vem står för det stödet?"],
    ["Vem ger oss koordinerande stöd inför våra möten?"],
  ])("%s (VGR) → Koncernkontoret", (question) => {
    const d = router.routeDetailed({ question, rememberedOrg: "vgr" });
    expect(d.analysis.asks).toBe("support");
    expect(d.result.owner?.id).toBe("vgr:koncernkontoret");
  });
});

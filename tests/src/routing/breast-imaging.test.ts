/**
 * Issue 13 (topic, kind vs group): breast diagnostics (bröstdiagnostik — mammography and breast ultrasound, run by
 * breast radiology) lies in bild- och funktionsmedicin, so VGR's concrete råd of that area answers, not the samordningsråd
 * kind (label rule 4; 004 "Regionala processteam inom kunskapsstyrningen rapporterar till samordningsrådet"). Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("breast diagnostics", () => {
  it.each([
    "Vem samordnar bröstdiagnostiken mellan sjukhusen i VGR?",
    "Processteamet för bröstdiagnostik i VGR har ett förslag. Vart rapporterar teamet?",
  ])("%s → the råd for bild- och funktionsmedicin", (q) => {
    expect(router.routeDetailed({ question: q }).result.owner?.id).toBe(BOF);
  });
});

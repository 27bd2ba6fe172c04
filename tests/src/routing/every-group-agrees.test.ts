/**
 * Issue 13 (relation, organisation known, no group named): whichever group is meant, the answer is the same when every
 * group of the organisation with a mandate names the same party — 003 "Ordförande: Utses av koncernledning hälso- och
 * sjukvård …", 004 "Ordförande: Utses av ledningsgrupp hälso- och sjukvård …"; 003/004 "De utses av respektive
 * förvaltningschef". Where they differ (000: the ledningsgrupp appoints the VCG chair; 001: the regiondirektörsgrupp the
 * ledningsgrupp's), the question does not settle it.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const say = (question: string, org: string) => {
  const r = router.route({ question, org });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("a relation every group of the organisation answers alike", () => {
  it("VGR: who appoints the chair", () => {
    expect(say("Vem utser ordföranden?", "vgr")).toBe("owner vgr:koncernledning-halso-och-sjukvard");
  });

  it("VGR: who appoints the participants", () => {
    expect(say("Vem utser deltagarna i gruppen?", "vgr")).toBe("owner vgr:forvaltningschef");
  });

  it("Mellansverige: the mandates differ, no owner", () => {
    expect(say("Vem utser ordföranden?", "sjukvardsregion-mellansverige")).not.toMatch(/^owner/);
  });

  it("a duty named besides the relation stays the group's topic", () => {
    expect(say("Vem tar fram förslag på vilka från Västra Götaland som ska sitta i det nationella programområdet för radiologi?", "vgr")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

/**
 * Issue 13 (relation, organisation known): VGR's mandated groups are all samordningsråd — the template (003) and
 * Samordningsråd bild- och funktionsmedicin (004), a råd of that kind — so "gruppen" said in VGR with no name is a
 * samordningsråd, whose relations the template says, as "rådet" already was. Before, two entries counted as two groups
 * and the question was answered "none". "Which VGR group …" still asks for a group (the word is the one asked for).
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'gruppen' in an organisation whose groups are one kind", () => {
  it.each([
    ["Vem ger vår grupp dess formella uppdrag?", "vgr:koncernledning-halso-och-sjukvard"],
    ["Hur ofta ska gruppen träffas?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
  ])("%s (VGR) → %s", (q, owner) => {
    const r = router.route({ question: q, org: "vgr" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(owner);
  });

  it("'Which VGR group' asks for the group that does it", () => {
    expect(router.route({ question: "Which VGR group has to weigh research aspects when it prepares imaging matters across hospitals?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

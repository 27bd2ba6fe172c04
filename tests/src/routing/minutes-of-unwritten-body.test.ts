/**
 * Issue 13 (round 28): who writes or approves the minutes of a body the mandates only name (VGR's Koncernledning
 * hälso- och sjukvård, Västmanland's Chefsforum, Mellansverige's Samverkansnämnden). No clause can say how such a body
 * keeps its minutes, and another group's minutes clause (004's samordningsråd) speaks of that group's own minutes: no
 * guess, the body as the only candidate — as for who sits in it (body-without-mandate.test.ts). A group with a mandate
 * keeps its answer (own-minutes.test.ts). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("the minutes of a body with no mandate of its own: no guess, the body as the only candidate", () => {
  it.each([
    ["Vem skriver protokollet i Koncernledning hälso- och sjukvård?", "vgr:koncernledning-halso-och-sjukvard"],
    ["vem justerar chefsforums protokoll?", "vastmanland:chefsforum"],
    ["Vem för minnesanteckningar på samverkansnämndens möten?", "sjukvardsregion-mellansverige:samverkansnamnden"],
  ])("%s", (q, body) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("none");
    expect(r.candidates.map((c) => c.id)).toEqual([body]);
  });
});

describe("a group with a mandate keeps its own minutes", () => {
  it("Vem godkänner ledningsgruppens minnesanteckningar?", () => {
    expect(say("Vem godkänner ledningsgruppens minnesanteckningar?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

/**
 * The group a question names, asked who does something: its name says what the question is about, not that its
 * mandate covers what is asked (router.ts, OWN_NAME_STEPS). That held for a group found by topic; it holds as well when
 * the group is found as the kind for the care area the question names (003's template for "samordningsrådet för
 * kirurgi") or as the body a boundary clause sends to. Neither mandate says who makes the coffee or cleans up after a
 * meeting: no owner, the group as the candidate. What the template does say keeps its answer.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("a named group whose own clauses do not cover what is asked", () => {
  it("is no owner when found as the kind of the area it names", () => {
    const r = router.route({ question: "Vem kokar kaffet till mötena i samordningsrådet för kirurgi?" });
    expect(r.status).toBe("none");
    expect(r.candidates[0]?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("is no owner when found by a boundary clause that sends to it", () => {
    const r = router.route({ question: "Vem städar efter mötena i ledningsgruppen i Mellansverige?" });
    expect(r.status).toBe("none");
    expect(r.candidates[0]?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("keeps the kind when the template covers what is asked (003: 'uppfylla vårdgarantin')", () => {
    const r = router.route({ question: "Vem i samordningsrådet för kirurgi följer upp vårdgarantin?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

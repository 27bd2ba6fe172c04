/*
 * Minutes are written, approved and published where the meetings are held: asked who does that for a named group whose
 * mandate says nothing of minutes (001, the ledningsgrupp), the group itself — not the verksamhetschefsgrupp, whose
 * clause (000: "Minnesanteckningar ska föras vid möten med verksamhetschefsgrupper och delges Ledningsgruppen …") names
 * the ledningsgrupp only as a recipient of the VCG's own minutes. Real router, sample mandates; questions written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router, say: owner } = sampleRouter();
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";

describe("a named group's own minutes", () => {
  it.each(["Vem godkänner ledningsgruppens minnesanteckningar?", "Vem skriver protokollet på ledningsgruppens möten?", "Vem justerar protokollet i ledningsgruppen?"])(
    "%s → the ledningsgrupp, below a clause's confidence, citing its own reporting",
    (q) => {
      expect(owner(q)).toBe(`owner ${LG}`);
      const r = router.route({ question: q });
      expect(r.confidence).toBeLessThan(0.7);
      expect(r.citations[0]?.text).toMatch(/Rapportering sker fortlöpande/);
    },
  );

  it("minutes sent to the ledningsgrupp are the sender's, as 000 says", () => {
    expect(owner("Vem godkänner minnesanteckningarna innan de skickas till ledningsgruppen?")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("a mandate with a minutes clause keeps it (003: 'godkännas av ordförande')", () => {
    expect(owner("Vem godkänner mötesanteckningarna i samordningsrådet för kirurgi i VGR?")).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

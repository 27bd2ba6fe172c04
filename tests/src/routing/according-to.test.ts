/**
 * Issue 13 (relation): "enligt uppdraget", "according to the mandate" names where the answer is to be read, not what is
 * asked about. Read as part of the question, "uppdraget" with "beslutar" asked who adopted the mandate (003/004:
 * "Fastställt av … hälso- och sjukvårdsdirektör") instead of the relation the question asks (003 "Undergrupper:
 * Beslutas av ordförande" — the råd's own matter). A general fact of Swedish: "enligt X" names a source. Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";

describe("a source named with 'enligt' is not what is asked", () => {
  it.each([
    ["Vi vill ha arbetsgrupper under samordningsrådet för kirurgi i VGR. Vem beslutar om dem enligt uppdragsbeskrivningen?", KIND],
    ["Who decides on working groups under the surgery coordination council in VGR, according to the mandate?", KIND],
    // a genitive's "s" ("VGR:s") is no word of the source's phrase (round 39)
    ["I ett samordningsråd enligt VGR:s gemensamma mall, vem beslutar om arbetsgrupper?", KIND],
    ["Enligt VGR:s allmänna mall, vem beslutar om undergrupper i ett samordningsråd?", KIND],
  ])("%s → %s", (q, owner) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(owner);
  });

  it("who adopted the mandate is still asked without 'enligt'", () => {
    expect(router.route({ question: "Vem beslutade uppdragsbeskrivningen för samordningsråden i VGR?" }).owner?.id).toBe("vgr:halso-och-sjukvardsdirektor");
  });
});

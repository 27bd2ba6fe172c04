/**
 * Issue 13 (relation): which other meetings a group's members attend is said by a sentence of its mandate — 001
 * "Ordinarie ledamot deltar i samverkansnämndens möten", 002 "Deltagare i samverkansgruppen har ett ansvar att delta på
 * samverkansgruppens inplanerade möten" — and answered with the body whose meetings it names. "Vem deltar i …" asks for
 * the members, not for meetings. A group named in the genitive after "förutom" leaves out its meetings, not the group.
 * A successor ("efterträdaren") takes the office a sentence before names. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const SN = "sjukvardsregion-mellansverige:samverkansnamnden";
const WESTMAN = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("which meetings a group's members attend", () => {
  it.each([
    "Vilka andra möten ska den ordinarie ledamoten i Samverkansnämndens ledningsgrupp delta i?",
    "Vilket organs möten deltar ordinarie ledamöter i ledningsgruppen i Mellansverige i?",
    "Which other meetings does the regular member of the management group in Mellansverige attend?",
  ])("%s → samverkansnämnden, citing 001's sentence", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.asks).toBe("attends");
    expect(d.result.owner?.id).toBe(SN);
    expect(d.result.citations[0]?.text).toMatch(/Ordinarie ledamot deltar i samverkansnämndens möten/);
  });

  it("the Västmanland group's own meetings, by its own sentence", () => {
    const d = router.routeDetailed({ question: "Vilka möten måste deltagarna i samverkansgruppen i Västmanland delta på?" });
    expect(d.result.owner?.id).toBe(WESTMAN);
    expect(d.result.citations[0]?.text).toMatch(/delta på samverkansgruppens inplanerade möten/);
  });

  it("who attends a group's meetings asks for its members, not for another body's meetings", () => {
    const d = router.routeDetailed({ question: "Vem deltar i ledningsgruppens möten i Mellansverige?" });
    expect(d.analysis.asks).not.toBe("attends");
    expect(d.result.owner?.id).not.toBe(SN);
  });

  it("a group named in the genitive after förutom is still the group asked about", () => {
    const d = router.routeDetailed({ question: "Förutom ledningsgruppens egna möten – vilket annat organs möten deltar ledamoten i ledningsgruppen i Mellansverige i?" });
    expect(d.result.owner?.id).toBe(SN);
  });
});

describe("a successor takes the office named before", () => {
  it("a member's successor is appointed as the members are (001: utsedd av respektive regiondirektör)", () => {
    const d = router.routeDetailed({ question: "Region Örebro läns ledamot i Samverkansnämndens ledningsgrupp har fått ett nytt jobb och lämnar gruppen efter sommaren. Vem hos oss i regionen utser efterträdaren?" });
    expect(d.analysis.asks).toBe("members");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektor");
  });

  it("the chair's successor as the chair is (001: Regiondirektörsgruppen utser ordförande)", () => {
    const d = router.routeDetailed({ question: "Ordföranden i Samverkansnämndens ledningsgrupp har fått ett nytt jobb och lämnar gruppen efter sommaren. Vem utser då efterträdaren?" });
    expect(d.analysis.asks).toBe("chair");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

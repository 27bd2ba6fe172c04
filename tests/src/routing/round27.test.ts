/**
 * Issue 13 (round 27): rules from mandate clauses and general facts of Swedish, with example sentences written for
 * these tests (not taken from the development sets).
 * - Colloquial Swedish may put the possessive after the noun in its definite form ("lönen min", "schemat mitt"): the
 *   same as "min lön", "mitt schema", so egna-arenden.yaml's own-case phrases hold for it too.
 * - "det ska bildas undergrupper i rådet": the sub-groups are what is formed, not the råd they are formed in; who decides
 *   on sub-groups is the råd's own matter (004 "Samordningsrådet kan besluta om undergrupper"; 003 "Undergrupper:
 *   Beslutas av ordförande"), not who creates a samordningsråd.
 * - "samverkansgruppen för ortopedi": the words of Västmanland's group name (002, one group "för hälso- och
 *   sjukvårdsfrågor") followed by "för" and a care area describe a group of that area, a kind that exists once per area
 *   (VGR's samordningsråd, Mellansverige's verksamhetschefsgrupper). With no organisation, each organisation's party is
 *   a candidate and the answer is ambiguous; with the organisation named, its party answers.
 * - A body that wants a thing done ("X vill …", "X behöver …") in a sentence before the one that asks who does it is the
 *   one who asks for it, not the one who does it: it is no candidate (not when it only wants to know, "vill veta").
 * - "plocka fram/ut" (colloquial Swedish: select) asks who appoints the chair, as it already asked who appoints members
 *   (004 "Ordförande: Utses av ledningsgrupp hälso- och sjukvård"; 003 "Utses av koncernledning hälso- och sjukvård").
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("a possessive after a definite noun is the asker's own case (egna-arenden.yaml)", () => {
  it.each([
    "Varför blev semesterersättningen min så liten i år?",
    "Hur räknas övertiden min ut?",
  ])("%s", (q) => {
    expect(say(q)).toBe("none");
  });

  it("'mitt i/på' after a definite noun is the adverb, no possessive", () => {
    expect(router.routeDetailed({ question: "Vem bestämmer om schemat mitt i sommaren för röntgen i VGR?" }).analysis.reason).not.toBe("own-case");
  });

  it("a group after its definite noun and a possessive is no own case", () => {
    // "rapporten min chef skrev": "min chef" is a person, so "rapporten" is not the asker's
    expect(router.routeDetailed({ question: "Vem ska få rapporten min chef skrev om lönesättningen i samordningsrådet i VGR?" }).analysis.reason).not.toBe("own-case");
  });
});

const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";

describe("sub-groups that 'bildas' in a råd: the råd's own decision (003, 004)", () => {
  it("the passive of bilda with a sub-group word asks about sub-groups", () => {
    expect(say("Vem bestämmer om det kan bildas undergrupper i ett samordningsråd inom VGR?")).toBe(`owner ${KIND}`);
    expect(say("Kan det bildas undergrupper i ett samordningsråd, och vem bestämmer det?")).toBe(`owner ${KIND}`);
  });

  it("a råd that is formed still asks who creates råd", () => {
    expect(say("Vem avgör om det ska bildas ett nytt samordningsråd i VGR?")).not.toBe(`owner ${KIND}`);
  });
});

describe("a group word + 'för' + a care area describes a group of that area, not Västmanland's one group (002)", () => {
  const candidates = (q: string) => router.route({ question: q }).candidates.map((c) => c.id);

  it.each([
    "Vem väljer vilka som ska ingå i samverkansgruppen för kardiologi?",
    "Vem bestämmer om det ska finnas en samverkansgrupp för en viss specialitet?",
  ])("%s", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("ambiguous");
    expect(candidates(q)).not.toContain("vastmanland:chefsforum");
    expect(candidates(q)).toContain("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("a topic question: those name words are no evidence for Västmanland's group", () => {
    expect(say("Finns det en samverkansgrupp för kardiologi?")).not.toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });

  it("with the organisation named, that organisation's party answers", () => {
    expect(say("Vem väljer vilka som ska ingå i samverkansgruppen för kardiologi i VGR?")).toBe("owner vgr:forvaltningschef");
  });

  it("Västmanland's group named by its own words stays that group", () => {
    expect(router.routeDetailed({ question: "Vem utser ordförande i samverkansgruppen för hälso- och sjukvårdsfrågor?" }).analysis.subject?.id).toBe(
      "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor",
    );
  });
});

describe("a body that wants a thing done is not who does it", () => {
  it("the group the wanting body's wish is for answers (000: verksamhetschefsgrupperna 'Genomföra gemensam produktionsplanering')", () => {
    expect(say("Ledningsgruppen i Mellansverige vill samordna produktionsplaneringen inom kärlkirurgi mellan regionerna. Vilken grupp gör det?")).toBe(
      "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp",
    );
  });

  it("also when the party is asked later in the same sentence", () => {
    expect(say("Ledningsgruppen i Mellansverige vill att någon samordnar produktionsplaneringen inom kärlkirurgi, vem gör det?")).toBe(
      "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp",
    );
  });
});

describe("'plocka fram/ut' a chair: who appoints the chair", () => {
  it.each(["Vem plockar fram ordföranden till ett samordningsråd i VGR?", "Vem plockar ut ordförande i samordningsrådet för bild- och funktionsmedicin?"])("%s", (q) => {
    expect(say(q)).toBe("owner vgr:koncernledning-halso-och-sjukvard");
  });
});

/**
 * Issue 13 (relation): a fact of a named group's chair asked when, how long or how ("Hur länge sitter ordföranden i
 * LG?") — no party asked for, and no clause but the chair clause speaks of it. The group's own mandate holds it:
 * 001 Deltagare "Ordförande utses på två år, liksom vice ordförande. Vice ordförande efterträder ordinarie ordförande
 * efter två år". Who appoints the chair stays the appointing body (001: "Regiondirektörsgruppen utser ordförande").
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("a fact of a named group's chair", () => {
  it("how long the chair sits: the group, citing its chair clause", () => {
    const r = router.route({ question: "Hur länge sitter ordföranden i samverkansnämndens ledningsgrupp?" });
    expect(`${r.status} ${r.owner?.id}`).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
    expect(r.citations[0]?.text).toContain("två år");
  });

  it("the abbreviation and no å/ä/ö, the organisation given", () => {
    expect(router.route({ question: "hur lange ar ordf vald i LG", org: "sjukvardsregion-mellansverige" }).owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("who appoints the chair is still the appointing body", () => {
    expect(say("Vem utser ordföranden i samverkansnämndens ledningsgrupp?")).toBe("owner sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

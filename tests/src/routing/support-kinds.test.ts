/**
 * Issue 13 (relation): support comes in kinds, each from its own party — "Ordförande i respektive verksamhetsgrupp
 * ansvarar för ev. administrativt stöd. Möjlighet finns att avropa utredningsresurser från Samverkansnämndens kansli."
 * (000). Administrative support for a verksamhetschefsgrupp is the group's own (its chair's); investigative resources
 * are called off from the kansli.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("which party gives which kind of support", () => {
  it.each([
    "Vem ordnar administrativt stöd åt verksamhetschefsgruppen i Mellansverige?",
    "Who arranges administrative support for the clinical heads groups in Mellansverige?",
  ])("administrative support is the group's own (its chair's): %s", (q) => {
    expect(owner(q)).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("investigative resources come from the kansli", () => {
    expect(owner("Var kan verksamhetschefsgruppen i Mellansverige avropa utredningsresurser?")).toBe("owner sjukvardsregion-mellansverige:kansli");
  });

  // the everyday words: "administration" is the administrative work (synonymer.yaml), one who "sköter" or "hjälper till
  // med" something for a group supports it, and "utredningsresurser" are resources for its utredningar (relationer.yaml)
  it.each([
    "Vem sköter administrationen för en verksamhetschefsgrupp?",
    "Vem sköter administration för en verksamhetschefsgrupp?",
  ])("the administration is the group's own (its chair's): %s", (q) => {
    expect(owner(q)).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("help with the group's investigations comes from the kansli", () => {
    expect(owner("Vem hjälper verksamhetschefsgruppen med utredningar?")).toBe("owner sjukvardsregion-mellansverige:kansli");
  });
});

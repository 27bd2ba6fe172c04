/**
 * Issue 13 (the actor step): which body of a mandate sentence does the act the question asks about.
 * - The agent of a passive does its act: 000 "Ledningsgruppen ansvarar för att ett årligt möte … genomförs då
 *   föregående års verksamhet och kommande års planering presenteras av respektive verksamhetschefsgrupp" — the
 *   ledningsgrupp sees to the meeting, each verksamhetschefsgrupp presents its planning.
 * - A yes/no question about what a named group may do is not answered by a sentence that only names the same bodies.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();
const VCG = "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const LG = "owner sjukvardsregion-mellansverige:ledningsgrupp";

describe("the actor of a clause is the one who does the asked act", () => {
  it("planning presented by each verksamhetschefsgrupp: the group, not the ledningsgrupp", () => {
    expect(owner("Vem planerar kommande års verksamhet mellan regionerna i Mellansverige?")).toBe(VCG);
    expect(owner("Vem presenterar planeringen för kommande år i Mellansverige?")).toBe(VCG);
  });

  it("the annual meeting itself stays the ledningsgrupp's", () => {
    expect(owner("Vem ordnar det årliga mötet där ordförandena i verksamhetschefsgrupperna presenterar vad de gjort?")).toBe(LG);
  });

  it("a yes/no question about a group's own contacts: the group", () => {
    expect(owner("Måste verksamhetschefsgruppen för ortopedi i Mellansverige gå via ledningsgruppen innan de kontaktar Socialstyrelsen?")).toBe(VCG);
  });

  it("who decides which groups exist still reads the sentence's subject", () => {
    expect(owner("Vem beslutar vilka verksamhetschefsgrupper som ska finnas i Mellansverige?")).toBe(LG);
  });
});

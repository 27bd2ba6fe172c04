/*
 * 004: "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en viktig roll i genomförandet." When
 * a question says PPR has done its part and asks who carries out the rest, the clause gives that part to the
 * samordningsråd: the one of the question's care area, else the kind. The real router over the sample mandates;
 * questions written for these tests, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });
const CLAUSE = /har samordningsråden en viktig roll i genomförandet/;

describe("PPR has done its part: the samordningsråd carries out the rest, citing the clause", () => {
  it("an imaging method PPR has prioritised goes to the imaging råd", () => {
    const d = ask("PPR har prioriterat en ny ultraljudsmetod för levern i VGR. Vem ser till att den genomförs på sjukhusen?");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(d.result.citations[0]?.text).toMatch(CLAUSE);
  });

  it("an adverb between 'har' and the participle keeps the act done ('har redan beslutat')", () => {
    const d = ask("PPR har redan beslutat om en ny behandling inom ortopedin. Vem ser till att den kommer igång i verksamheterna?");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(d.result.citations[0]?.text).toMatch(CLAUSE);
  });

  it("PPR itself is not the answer to who carries out what it has decided", () => {
    const d = ask("PPR har nu godkänt ett nytt läkemedel. Vem ansvarar för genomförandet i VGR?");
    expect(d.result.owner?.id).not.toBe("vgr:program-och-prioriteringsradet");
  });
});

/*
 * 004: "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en viktig roll i genomförandet." A body's
 * genitive with an action noun ("PPR:s prioriteringar", "nämndens beslut") names the result of the body's act: the act
 * is done, as with "PPR har prioriterat", and what happens to the result next is the other part. Asked for the result
 * itself ("Vem tar fram PPR:s prioriteringar?"), the body still owns it. Questions written for these tests.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });
const CLAUSE = /har samordningsråden en viktig roll i genomförandet/;

describe("a body's genitive with an action noun: the act is done", () => {
  it("implementing PPR's priorities belongs to the samordningsråd, citing the clause", () => {
    for (const q of ["Vem ser till att PPR:s prioriteringar genomförs?", "Vem ansvarar för att PPR:s prioriteringar genomförs i verksamheterna?"]) {
      const d = ask(q);
      expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
      expect(d.result.citations[0]?.text).toMatch(CLAUSE);
    }
  });

  it("the result asked for itself, with no verb after it, stays PPR's", () => {
    expect(ask("Vem tar fram PPR:s prioriteringar?").result.owner?.id).toBe("vgr:program-och-prioriteringsradet");
  });
});

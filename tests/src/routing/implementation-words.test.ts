/**
 * Issue 13, boundary: 004 "Där PPR beslutar om regiongemensamma prioriteringar har samordningsråden en viktig roll i
 * genomförandet". That a decided method "kommer på plats" (is in place, in use) is its implementation in everyday
 * Swedish (samples/lexicon/gransdragning.yaml, genomförandet).
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("implementation in everyday words", () => {
  it("what PPR has decided coming into place on the hospitals is the samordningsråd's part", () => {
    const r = router.route({ question: "PPR har bestämt att en ny metod ska införas. Vem ser till att den kommer på plats ute på sjukhusen?" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});

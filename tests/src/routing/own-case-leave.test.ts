/**
 * Issue 13 point 5, nothing covers it: one employee's own leave, sick report or treatment by a manager is a personnel
 * matter of that person's manager (egna-arenden.yaml), never a governance group's assignment: `none`, not an owner.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("one employee's own matter", () => {
  it.each([
    "Jag är sjuk i dag. Hur gör jag i personalsystemet?",
    "En undersköterska blir illa behandlad av sin chef på avdelningen. Vem ska hon vända sig till?",
    "Jag vill gå ner i tid för att studera. Vem ska godkänna det?",
    // leave is granted to the one who applies (by that person's manager), whoever asks about it
    "Hur ansöker jag om tjänstledighet?",
    "Vem beviljar tjänstledighet för att plugga?",
    // a complaint is one case (one patient's care, one encounter): the unit and the patientnämnd take it
    "Vem tar emot klagomål från patienter?",
    "Who handles complaints from patients about their treatment?",
  ])("is answered none: %s", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("own-case");
  });
});

describe("an adjective between the possessive and the noun", () => {
  // "min första lön" is "min lön" (general Swedish: an adjective after a possessive takes the weak form, in -a or -e,
  // and stands between it and its noun): the asker's own pay, not pay as a matter of working conditions (004)
  it.each(["Jag började i augusti, när betalas min första lön ut?", "Var hittar jag mitt nya lönebesked?", "Vem ändrar mitt nya schema?"])("is answered none: %s", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("own-case");
  });

  it("still reads the possessive's own word", () => {
    // ("min egen grupp" is no case: a group word after the adjective is a group of the asker's)
    expect(router.routeDetailed({ question: "Vem utser ordförande i min nya grupp i Västmanland?" }).analysis.reason).not.toBe("own-case");
  });
});

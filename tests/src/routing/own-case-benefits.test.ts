/**
 * Issue 13 point 5, nothing covers it: one clinician's patient, one employee's benefit, course or wrongly paid
 * allowance, and an access card are one person's matter or a service's (egna-arenden.yaml, utanfor-varden.yaml),
 * never a governance group's assignment. Questions written by the lead, not taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("one person's own matter", () => {
  it.each([
    "Min patient vill byta vårdcentral, hur går det till?",
    "Vem betalar min friskvårdsersättning?",
    "Vem godkänner att jag går en kurs i HLR?",
    "Jag har fått fel OB-ersättning på lönen, vem rättar det?",
    "Hur många semesterdagar har jag kvar i år?",
    // something that "blev fel för mig" is the asker's own case, whatever it is
    "OB-ersättningen blev fel för mig i oktober, vart vänder jag mig?",
  ])("is answered none: %s", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("own-case");
  });

  it.each(["Jag behöver ett nytt passerkort, vem fixar det?", "Where can I get a new ID badge?"])("is a service's: %s", (question) => {
    expect(router.routeDetailed({ question }).analysis.reason).toBe("not-care");
  });

  it("leaves the pay rules themselves with 004's boundary clause (arbetsvillkor inklusive ersättningar)", () => {
    expect(router.routeDetailed({ question: "Vem beslutar om OB-ersättningen för sjuksköterskor i hela VGR?" }).result.status).toBe("owner");
  });
});

/**
 * Issue 13 (relation): "årsrapporten för ledningsgruppen" is the ledningsgrupp's own annual report — "för" after a
 * definite noun says whose it is, as the genitive does — so who takes it is the body its clause names (001: "Rapportering
 * sker fortlöpande och i en skriftlig årlig verksamhetsberättelse" to the regiondirektörsgrupp), not the groups that
 * report to the ledningsgrupp (000). A report sent "till" the ledningsgrupp still asks for its senders. Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'rapporten för X' is X's report", () => {
  it.each([
    "Vem tar emot årsrapporten för ledningsgruppen i Mellansverige?",
    "vem godkanner verksamhetsberattelsen for ledningsgruppen i sjukvardsregionen",
  ])("%s → regiondirektörsgruppen", (question) => {
    expect(router.route({ question }).owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });

  it("reports sent to the ledningsgrupp still ask for their senders (000)", () => {
    expect(router.route({ question: "Vilka grupper lämnar sin verksamhetsberättelse till ledningsgruppen i Mellansverige?" }).owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});

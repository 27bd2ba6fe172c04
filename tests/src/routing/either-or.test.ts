/*
 * "X eller Y – vem beslutar / bereder?": the alternative a mandate names as deciding or preparing (002 "Chefsforum är
 * även beslutande organ", "Samverkansgruppen ska vara en beredande grupp till Chefsforum"; 000 "Ledningsgruppen
 * beslutar om vilka verksamhetschefsgrupper …"). The real router over the sample mandates; questions written for
 * these tests, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });
const CHEFSFORUM = "vastmanland:chefsforum";
const SAMVERKANSGRUPP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("decides vs prepares between two bodies the question offers", () => {
  it.each([
    ["Vem har sista ordet i Västmanland, Chefsforum eller den länsgemensamma samverkansgruppen, när de beslutar om vårdfrågor?", CHEFSFORUM],
    ["Är det samverkansgruppen eller Chefsforum som beslutar om en ny gemensam rutin för läkemedelsgenomgångar i Västmanland?", CHEFSFORUM],
    ["Får samverkansgruppen i Västmanland själv besluta om ansvarsfördelningen, eller ska det till Chefsforum?", CHEFSFORUM],
  ])("the deciding body: %s", (q, owner) => {
    const d = ask(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(owner);
    expect(d.result.citations[0]?.text).toMatch(/beslutande organ/);
  });

  it("the preparing body, citing its 'beredande' sentence", () => {
    const d = ask("Är det Chefsforum eller samverkansgruppen som bereder frågorna om ansvarsfördelning i Västmanland?");
    expect(d.result.owner?.id).toBe(SAMVERKANSGRUPP);
    expect(d.result.citations[0]?.text).toMatch(/beredande/);
  });

  it("in Mellansverige the ledningsgrupp decides which VCG there are, not the regiondirektörsgrupp", () => {
    const d = ask("Är det ledningsgruppen eller regiondirektörsgruppen som beslutar vilka verksamhetschefsgrupper som ska finnas?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.result.citations[0]?.text).toMatch(/beslutar om vilka verksamhetschefsgrupper/);
  });

  it("an 'eller' that offers no alternatives about deciding leaves the question to the topic", () => {
    const d = ask("Vem utser ordförande i ledningsgruppen, och finns det en vice ordförande eller inte?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

describe("two bodies on either side of 'eller' are two alternatives, not one name", () => {
  const router = new Router(sampleCatalog());
  it("'ledningsgruppen eller samverkansnämnden' offers both; the one 001 says prepares (bereder ärenden till samverkansnämnden) answers", () => {
    const d = router.routeDetailed({ question: "Bereds nämndens ärenden av ledningsgruppen eller av Samverkansnämnden själv?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
  it("the name in one piece is still one body", () => {
    const d = router.routeDetailed({ question: "Vem utser ordförande i samverkansnämndens ledningsgrupp?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

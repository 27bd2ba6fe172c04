/*
 * The right body cited with the clause that says it (issue 13 "Done means": relation answers cite the relation's
 * clause). The real router over the sample mandates; questions written for these tests, not taken from the
 * development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });

describe("a reporting question cites the duty it names", () => {
  it("the annual report of VCG cites the verksamhetsberättelse clause, not the minutes clause that also names the ledningsgrupp", () => {
    const d = ask("Vem skickar VCG sin verksamhetsberättelse till?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.result.citations[0]?.text).toMatch(/verksamhetsberättelse/);
    expect(d.result.citations[0]?.text).not.toMatch(/Minnesanteckningar/);
  });

  it("the minutes of VCG still cite the minutes clause", () => {
    const d = ask("Vem får minnesanteckningarna från verksamhetschefsgrupperna?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.result.citations[0]?.text).toMatch(/Minnesanteckningar/);
  });
});

describe("who is in a group: the group, citing its participants clause", () => {
  it.each([
    ["Vem sitter i ledningsgruppen i Mellansverige?", "sjukvardsregion-mellansverige:ledningsgrupp", /representant per region/],
    ["Vilka ingår i samordningsrådet för bild- och funktionsmedicin?", "vgr:samordningsrad-bild-och-funktionsmedicin", /Deltagarna arbetar som chefer/],
    ["Vem sitter i samverkansgruppen för hälso- och sjukvårdsfrågor i Västmanland?", "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor", /Utses av respektive huvudman/],
    // "hur många" asks the number of members, which the same clause gives ("En representant per region", 001); 000's
    // "Ledamöterna i verksamhetschefsgrupperna … beslutas av Ledningsgruppen" had made it a tie with the VCG
    ["Hur många ledamöter har ledningsgruppen?", "sjukvardsregion-mellansverige:ledningsgrupp", /representant per region/],
    ["How many members does the management group have?", "sjukvardsregion-mellansverige:ledningsgrupp", /representant per region/],
  ])("%s", (q, owner, clause) => {
    const d = ask(q);
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(owner);
    expect(d.result.citations[0]?.groupId).toBe(owner);
    expect(d.result.citations[0]?.text).toMatch(clause);
  });

  it("who appoints them is still the members relation (the appointer answers)", () => {
    const d = ask("Vem utser de som sitter i ledningsgruppen i Mellansverige?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektor");
  });
});

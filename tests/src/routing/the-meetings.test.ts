/**
 * Issue 13 (round 28): "mötena" (the definite plural) speaks of meetings known from the context — a group's, the
 * meetings a mandate sets (002 "Mötesfrekvens och plats"). General Swedish:
 * - a neuter noun in -e has its definite plural in -ena (möte, möten, mötena; ärende, ärenden, ärendena): one word, one key;
 * - "Hur ofta är mötena …?" asks a fact of a group, not of the world (fact-question.ts);
 * - in an organisation with one group, "mötena i Västmanland" are that group's.
 * Sentences written for this test.
 */
import { keySv } from "../../../src/routing/normalize";
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("the neuter definite plural -ena has its plural's key", () => {
  it.each([["motena", "moten"], ["motenas", "mote"], ["arendena", "arenden"]])("%s = %s", (a, b) => {
    expect(keySv(a)).toBe(keySv(b));
  });
  it("a word that only ends in -ena keeps its own key (arena is no plural of 'ar')", () => {
    expect(keySv("arena")).not.toBe(keySv("ar"));
  });
});

describe("the meetings of an organisation's one group", () => {
  it.each(["Hur ofta är mötena i Västmanland?", "hur ofta ar motena i vastmanland"])("%s", (q) => {
    expect(say(q)).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
  it("with no organisation known, the meetings are one of several groups': no guess", () => {
    const r = router.route({ question: "hur ofta är mötena?" });
    expect(r.status).not.toBe("owner");
    expect(r.candidates.length).toBeGreaterThan(1);
  });
});

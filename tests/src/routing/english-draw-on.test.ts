/*
 * Issue 13: English from the mandates, not from questions. 000 (VCG, Mellansverige): "Möjlighet finns att avropa
 * utredningsresurser från Samverkansnämndens kansli." English says avropa as "borrow", "draw on", "call on" and the
 * resource as "analysts", "analytical help", "investigative support"; the body the resource comes "from" owns it, even when
 * the asking group is the subject of a yes/no question opened with an article ("Can a … group …", "Can our …").
 * Own sentences, written from the clause.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const owner = (q: string) => router.route({ question: q }).owner?.id;

describe("000: drawing on investigation resources from the secretariat (avropa utredningsresurser från kansliet)", () => {
  it.each([
    "Can a heads-of-department group in Mellansverige borrow analysts from the secretariat?",
    "Can our VCG in Mellansverige draw on the secretariat for analytical help?",
    "Where can a clinical heads group in the Mellansverige healthcare region get investigative support?",
    "Which body can a department heads group in Mellansverige call on for help with an investigation?",
  ])("%s", (q) => {
    expect(owner(q)).toBe("sjukvardsregion-mellansverige:kansli");
  });

  it("the Swedish question with an indefinite article after the verb gets the same owner", () => {
    expect(owner("Kan en verksamhetschefsgrupp i Mellansverige avropa utredare från kansliet?")).toBe("sjukvardsregion-mellansverige:kansli");
  });
});

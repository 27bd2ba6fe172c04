/**
 * Issue 13 (relation, a general fact of Swedish and English): an interrogative determiner with a genitive noun asks
 * the possessor as "vems" does — "vilket organs möten" is "vems möten". 001: "Ordinarie ledamot deltar i
 * samverkansnämndens möten", so the body whose meetings the ordinary member attends is samverkansnämnden. Sentences
 * written for this test.
 */
import { whoseNoun } from "../../../src/routing/actor-clause";
import { words } from "../../../src/routing/normalize";
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'vilket organs möten' asks whose meetings", () => {
  it.each([
    "Vilket organs möten ska ordinarie ledamot i ledningsgruppen i Mellansverige delta i?",
    "Vilken nämnds möten ska den ordinarie ledamoten i ledningsgruppen i Mellansverige vara med på?",
  ])("%s → samverkansnämnden", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:samverkansnamnden");
  });

  it("a noun whose own last letter is s, followed by a verb, is no genitive", () => {
    expect(whoseNoun(words("Vilken status har uppdraget?"))).toBeUndefined();
    expect(whoseNoun(words("Vilket organs möten?"))).toBe(whoseNoun(words("Vems möten?")));
  });
});

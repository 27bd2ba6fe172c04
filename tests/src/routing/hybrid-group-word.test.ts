/**
 * Issue 13 (English): a Swedish compound given an English head ("the verksamhetschefsgroups", "the samverkansgroup") is
 * the Swedish group word, head and all — an English writer keeps the Swedish name and pluralises it in English. 000:
 * "Formella uppdrag kan endast ges av ledningsgruppen"; 002: "Chefsforum … utser samverkansgruppen medlemmar". Sentences
 * written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("Swedish compound with an English head", () => {
  it.each([
    ["Who hands out the formal assignments to the verksamhetschefsgroups?", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["Who chooses the members of the samverkansgroup in Västmanland?", "vastmanland:chefsforum"],
  ])("%s → %s", (question, id) => {
    expect(router.route({ question }).owner?.id).toBe(id);
  });

  it("an English compound stays English (no group of that name)", () => {
    expect(router.route({ question: "Who decides about the focus groups?" }).status).not.toBe("owner");
  });
});

/**
 * Issue 13 (english, relation): "the order of priority" is one noun, and to set the priorities is to prioritise — 002:
 * "Chefsforum är uppdragsgivare och prioriterar uppdragen till samverkansgruppen". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("setting a group's priorities is its commissioner's act", () => {
  it.each([
    ["For Västmanland's joint county group: who sets the order of priority for its assignments?"],
    ["Regarding the joint health care group of the county and the municipalities in Västmanland, who sets the priorities for its tasks?"],
  ])("%s → Chefsforum", (question) => {
    const r = router.route({ question });
    expect(r.owner?.id).toBe("vastmanland:chefsforum");
  });
});

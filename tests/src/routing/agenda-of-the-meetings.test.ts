/**
 * Issue 13 (round 28): "dagordningen för mötena i Västmanland" names no group, but the definite "mötena" speaks of
 * meetings known from the context — in an organisation with one group, that group's. Its agenda is how matters reach
 * it: 002's Ärendegång (UoU), as for "dagordningen för samverkansgruppen i Västmanland" (agenda-of-group.test.ts).
 * An organisation with several groups has no one set of meetings. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the agenda of 'the meetings' in an organisation with one group", () => {
  it.each([
    "vem bestämmer dagordningen för mötena i Västmanland?",
    "Vem sätter agendan till mötet i Västmanland?",
    "who decides the agenda for the meetings in Västmanland?",
  ])("%s", (q) => {
    expect(say(q)).toBe("owner vastmanland:uou-vkl");
  });
});

describe("an organisation with several groups has no one set of meetings", () => {
  it("vem bestämmer dagordningen för mötena i VGR?", () => {
    expect(say("vem bestämmer dagordningen för mötena i VGR?")).not.toBe("owner vastmanland:uou-vkl");
    expect(say("vem bestämmer dagordningen för mötena i VGR?")).not.toMatch(/^owner vgr:samordningsrad/);
  });
});

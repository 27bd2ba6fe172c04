/**
 * Issue 13 (relation): 003 "Ordförande: Utses av koncernledning hälso- och sjukvård efter förslag från
 * förvaltningscheferna". "förslaget", "förslagen", "föreslog" are the same words as "förslag", "föreslår" in other
 * forms (relationer.yaml proposes): asked where the proposal for a råd's chair comes from, the förvaltningschefer.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("who proposes a råd's chair, in the words' other forms", () => {
  it.each([
    "Varifrån kommer förslaget på ny ordförande i samordningsrådet?",
    "Vem föreslog ordföranden i samordningsrådet för ortopedi?",
  ])("%s", (q) => {
    expect(owner(q)).toBe("owner vgr:forvaltningschef");
  });
});

/*
 * "Var kommer koordinatorn ifrån?": the question word is the object of "ifrån", left at the end of the clause, so the
 * question asks where the support comes from — the body that provides it (004: "Till stöd för samordningsråden
 * tillhandahåller Koncernkontoret koordinator till varje samordningsråd"; 003: "Koncernkontoret tillhandahåller
 * koordinerande och samordnande stöd"). Real router, sample mandates; questions written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say: owner } = sampleRouter();

describe("where a group's support comes from", () => {
  it.each([
    "Var kommer samordnaren i samordningsrådet för ortopedi i VGR ifrån?",
    "Vårt samordningsråd i VGR har fått en ny samordnare. Var kommer han ifrån?",
  ])("%s → Koncernkontoret", (q) => {
    expect(owner(q)).toBe("owner vgr:koncernkontoret");
  });
});

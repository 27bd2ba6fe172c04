/**
 * Issue 13, boundary (round 26): rules from mandate clauses and general facts, with example sentences written for these
 * tests (not taken from the development sets).
 * - A radiopharmaceutical (radiofarmakon, a PET tracer, a spårämne) is a drug: it is approved as a läkemedel (general
 *   fact of Swedish health care). Bringing in a new and costly one is 004 PPR's "vid införande av nya läkemedel … som har
 *   betydande … ekonomiska konsekvenser", also when a råd is asked whether it may take a position on it itself.
 */
import { sampleRouter } from "./sample-router";

const PPR = "vgr:program-och-prioriteringsradet";
const { say } = sampleRouter();

describe("a new, costly radiopharmaceutical is a new drug: PPR (004)", () => {
  it.each([
    "Får samordningsrådet själv ta ställning till en ny PET-tracer som är mycket dyr och påverkar både ekonomi och organisation?",
    "Ska rådet besluta om ett nytt radiofarmakon som både kostar mycket och påverkar organisationen?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${PPR}`);
  });
});

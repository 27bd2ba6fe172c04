/**
 * Issue 13, boundary (round 26): rules from mandate clauses and general facts, with example sentences written for these
 * tests (not taken from the development sets).
 * - A radiopharmaceutical (radiofarmakon, a PET tracer, a spårämne) is a drug: it is approved as a läkemedel (general
 *   fact of Swedish health care). Bringing in a new and costly one is 004 PPR's "vid införande av nya läkemedel … som har
 *   betydande … ekonomiska konsekvenser", also when a råd is asked whether it may take a position on it itself.
 * - 004 "Övergripande frågor som rör organisation och arbetsvillkor … hanteras via regionövergripande samordnande grupper
 *   och inte av samordningsråden": the råd's own mandate says, with a negation, that the matter is not the råd's. When
 *   that clause comes as close as a rival to a duty clause of the råd (a care area's new organisation with new levels of
 *   managers), the body the clause names answers instead of an ambiguous answer. A question of the råd's own
 *   coordinating work keeps the råd.
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

const RSG = "vgr:regionovergripande-samordnande-grupper";
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("a boundary clause of the råd's own mandate that says 'inte av samordningsråden' (004)", () => {
  it.each([
    "Vem tar hand om en ny gemensam organisation för hela nuklearmedicinen i VGR med fler chefsnivåer?",
    "Vem hanterar en ny gemensam organisation för all mammografi i VGR med nya chefsled?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${RSG}`);
  });

  it("the råd's own coordinating work keeps the råd", () => {
    expect(say("Vem samordnar det gemensamma arbetet inom bild- och funktionsmedicin i VGR?")).toBe(`owner ${BOF}`);
  });
});

/**
 * Issue 13, boundary (round 26): rules from mandate clauses and general Swedish, with example sentences written for
 * these tests (not taken from the development sets).
 * - A quantifier before a group's name ("varje verksamhetschefsgrupp", "alla verksamhetschefsgrupper") speaks of the
 *   groups of a kind, not of one body offered as a guess: an "eller" after it ("…, eller bara i vissa?") offers another
 *   number of those groups, not another body. A region of Sjukvårdsregion Mellansverige (000/001: "En representant
 *   per region") asking about its part in them asks about the collaboration's group.
 */
import { sampleRouter } from "./sample-router";

const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const { say } = sampleRouter();

describe("a quantified group name with an alternative number is no guess (general Swedish; 000)", () => {
  it.each([
    "Ska Västmanland ha med någon i varje verksamhetschefsgrupp, eller bara i vissa?",
    "Måste Region Västmanland ha en representant i alla verksamhetschefsgrupper, eller räcker det med några?",
    "Behöver Västerås skicka någon till samtliga verksamhetschefsgrupper eller bara ett par?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${VCG}`);
  });
});

/**
 * - A name is a phrase of one sentence (general Swedish: a sentence's end never stands inside a name), and the
 *   sentence that asks says which group is asked about: a råd of another area asked about in the asking sentence is
 *   one of the samordningsråd (004's kind), whatever råd's document the sentence around it names as the setting.
 */
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
describe("a råd named only in the setting sentence does not answer for the råd the asking sentence names (004)", () => {
  it.each([
    "Hur många gånger per år ska samordningsrådet för ortopedi mötas? Jag har bara hittat uppdraget för bild- och funktionsmedicin.",
    "Får samordningsrådet för kirurgi besluta om undergrupper? Vi läste bara uppdragshandlingen för bild- och funktionsmedicin.",
    "Vem kan samordningsrådet för urologi adjungera? Jag har bara bild- och funktionsmedicins uppdragshandling framför mig.",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${KIND}`);
  });
});

/**
 * - "både … och" is a conjunction in two parts (general Swedish, as English "both … and", a stop word there): "både"
 *   joins, it names nothing, so it does not tie a question to 004's "… både inom eget verksamhetsområde och
 *   näraliggande …". A new method with major economic and organisational consequences is PPR's (004).
 */
const PPR = "vgr:program-och-prioriteringsradet";
describe("'både … och' names nothing: a costly new method affecting economy and organisation is PPR's (004)", () => {
  it.each([
    "Får samordningsrådet själv avgöra om VGR inför en ny och väldigt dyr undersökningsmetod som påverkar både ekonomi och organisation?",
    "Ska samordningsrådet ta ställning till om VGR inför en ny och dyr behandling som påverkar både ekonomi och organisation?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${PPR}`);
  });
});

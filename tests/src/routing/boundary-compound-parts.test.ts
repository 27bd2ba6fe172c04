/*
 * A boundary clause sends on what it says and the group's own clause does not. A word the own clause has only as a
 * part of a compound is not said by it: 004's purpose "… med utgångspunkt i deltagarnas mandat i linjeorganisationen
 * samordna arbetet …" (the line of managers) does not speak of organisation as a matter; "Övergripande frågor som rör
 * organisation … hanteras via regionövergripande samordnande grupper och inte av samordningsråden" does.
 * Questions written for this test from that clause, not taken from the development sets.
 */
import { sampleRouter } from "./sample-router";

const ROSG = "vgr:regionovergripande-samordnande-grupper";
const { say } = sampleRouter();

describe("organisation as a matter goes to the regionövergripande samordnande grupper, though the råd's clause says 'linjeorganisationen'", () => {
  it.each([
    "Om sjukhusens röntgenavdelningar i VGR ska slås ihop till en enda organisation, är det bild- och funktionsmedicinrådet som tar den frågan?",
    "Kirurgklinikerna på tre sjukhus i VGR ska slås ihop till en organisation. Är det samordningsrådet för kirurgi som äger frågan?",
    "Ska rådet för barnsjukvård hantera att barnklinikerna i VGR slås ihop till en gemensam organisation?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${ROSG}`);
  });
});

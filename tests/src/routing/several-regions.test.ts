/*
 * Of the catalog's organisations only Sjukvårdsregion Mellansverige is several regions (000, 001: "de sju
 * regionerna"); VGR and Västmanland are one region each. A question about another region, the neighbouring regions
 * or several regions is therefore about Mellansverige (organisationer.yaml), while "regionen" alone is any one
 * region. Questions written by the lead, not taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("other or several regions are the healthcare region's", () => {
  it.each([
    // 000: "Verka för att eventuella problem/tvister i samarbetssituationer löses"
    ["Hur löser vi en tvist med en annan region om vem som ska ta hand om patienter med brännskador?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // 000: "Identifiera områden där utökat samarbete leder till god och jämlik vård"
    ["Vi vill samarbeta mer med grannregionerna om strokevården, vem driver det?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // 000: "Samverka i omställningen till Nära vård", said with everyday words
    ["Vilken grupp jobbar med att flytta vård närmare patienten i sjukvårdsregionen?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));

  it("keeps 'the region and the municipalities' (one region) from the healthcare region", () => {
    expect(say("Vem hanterar tolkningen av avtalet mellan regionen och kommunerna om hemsjukvård?")).not.toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
    expect(say("Vem hanterar tolkningen av avtalet mellan regionen och kommunerna om hemsjukvård?")).not.toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});

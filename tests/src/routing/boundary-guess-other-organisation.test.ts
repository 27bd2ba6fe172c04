/*
 * A body the question offers as a guess ("Är det länets samverkansgrupp som …?") is what the question asks to check,
 * not evidence for itself (guess.ts) — also when it belongs to another organisation than the one the question is
 * placed in. Region Västmanland planning care together with its neighbouring regions is operational cooperation in
 * Sjukvårdsregion Mellansverige (000: "Verksamhetschefsgrupperna ska stärka det operativa samarbetet i
 * sjukvårdsregionen", "Genomföra gemensam produktionsplanering"); the Västmanland group offered as a guess does not
 * pull the question to "none". A genitive before the name is part of what is offered: "länets" says whose county, as
 * "i länet" says where (a general fact of Swedish: the genitive is the noun's determiner). A genitive of a care area
 * ("reumatologins samordningsråd") says which group, and stays in the question.
 * Questions written for this test from those clauses, not from the development sets.
 */
import { sampleRouter } from "./sample-router";

const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const PPR = "vgr:program-och-prioriteringsradet";
const { say } = sampleRouter();

describe("a Västmanland group offered as a guess for cooperation between the regions (000)", () => {
  it.each([
    "Region Västmanland vill lägga upp planeringen av operationer tillsammans med Region Örebro län. Är det länets samverkansgrupp som har hand om sådant, eller någon annan?",
    "Region Västmanland vill planera vården ihop med grannregionerna. Är det kanske länets samverkansgrupp som sköter sånt?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${VCG}`);
  });
});

describe("a genitive of a care area before a guessed råd stays in the question (004 PPR)", () => {
  it("En ny kostsam behandling mot reumatism ska införas i VGR och får stora ekonomiska följder för organisationen. Är det reumatologins samordningsråd som prioriterar?", () => {
    expect(say("En ny kostsam behandling mot reumatism ska införas i VGR och får stora ekonomiska följder för organisationen. Är det reumatologins samordningsråd som prioriterar?")).toBe(`owner ${PPR}`);
  });
});

/*
 * A sentence adverb stands right after the finite verb in a Swedish main clause, inside the verb's phrase: "Vem tar
 * därefter ställning …?", "Vem tar då ställning …?" ask what "Vem tar ställning …?" asks (a general fact of Swedish
 * word order). The relation's words are read without it (relation-detect.ts). 000: the verksamhetschefsgrupper are to
 * "Vara remissinstans till ledningsgruppen": their answer to a remiss goes to the ledningsgrupp, which takes the stand.
 * Questions written for this test from that clause, not from the development sets.
 */
import { sampleRouter } from "./sample-router";

const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const { say } = sampleRouter();

describe("a sentence adverb inside \"ta ställning\" (000 remissinstans till ledningsgruppen)", () => {
  it.each([
    "En verksamhetschefsgrupp har lämnat sitt remissvar om de nya riktlinjerna. Vem tar därefter ställning till svaret?",
    "Verksamhetschefsgruppen för ögonsjukvård har yttrat sig över en remiss. Vem tar då ställning till den?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${LG}`);
  });
});

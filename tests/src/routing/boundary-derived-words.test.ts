/*
 * 004 Samband och gränsdragning: "Program- och prioriteringsrådets (PPR) roll i relation till samordningsråden är att,
 * vid införande av nya läkemedel och medicinska metoder som har betydande organisatoriska och/eller ekonomiska
 * konsekvenser, säkerställa gemensamma prioriteringar i VGR." The clause writes the adjectives; people write the nouns
 * they are made from (Swedish derives -isk from a noun in -i: ekonomi → ekonomisk; -atorisk from one in -ation:
 * organisation → organisatorisk). Questions written for this test from that clause, not taken from the development sets.
 */
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const PPR = "vgr:program-och-prioriteringsradet";
const { router, say } = sampleRouter();
const read = sampleAnalyzer(router);

describe("a noun meets the clause's adjective derived from it", () => {
  it.each([
    ["ekonomin", "ekonomisk"],
    ["ekonomi", "ekonomisk"],
    ["organisationen", "organisatorisk"],
    ["ekonomiska", "ekonomi"],
  ])("%s has the term %s", (word, term) => {
    const t = read(`Vem tar hand om ${word} i VGR?`).tokens.find((x) => x.word === word);
    expect(t?.terms.map((x) => x.term)).toContain(term);
  });

  it.each([
    "Ett nytt läkemedel i VGR som påverkar ekonomin mycket – vem prioriterar det?",
    "En ny medicinsk metod i VGR får följder för både organisationen och ekonomin. Vem ser till att den prioriteras gemensamt?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${PPR}`);
  });
});

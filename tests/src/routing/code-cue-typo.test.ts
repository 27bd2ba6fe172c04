/*
 * Some cues are read by the router's code rather than the lexicon: who handed a responsibility over ("delegerade",
 * "fördelat", 004: "Regiondirektören har fördelat ansvaret att inrätta och avveckla samordningsråd till hälso- och
 * sjukvårdsutvecklingsdirektören") and "förutom X" (X left out of the answer). People misspell them as any word:
 * one letter left out, doubled or swapped is still that word. Questions written for this test.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a typo in a cue word the code reads", () => {
  it.each([
    ["Vem har delgerat ansvaret för att inrätta samordningsråd i VGR?", "Vem har delegerat ansvaret för att inrätta samordningsråd i VGR?"],
    ["Vem var det som delegeerade rätten att avveckla samordningsråden i Västra Götalandsregionen?", "Vem var det som delegerade rätten att avveckla samordningsråden i Västra Götalandsregionen?"],
    ["Vem har fördelta ansvaret att inrätta samordningsråd i VGR?", "Vem har fördelat ansvaret att inrätta samordningsråd i VGR?"],
    ["Vilka får minnesanteckningarna från verksamhetschefsgruppernas möten, frutom ledningsgruppen?", "Vilka får minnesanteckningarna från verksamhetschefsgruppernas möten, förutom ledningsgruppen?"],
    ["Föruotm ledningsgruppen, vem ska ha verksamhetschefsgruppernas minnesanteckningar?", "Förutom ledningsgruppen, vem ska ha verksamhetschefsgruppernas minnesanteckningar?"],
  ])("%s", (typo, clean) => {
    expect(say(clean)).not.toBe("none");
    expect(say(typo)).toBe(say(clean));
  });
});

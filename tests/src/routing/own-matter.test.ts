/*
 * A question that speaks of a thing as the asker's own ("min ledighetsansökan", "mina arbetstider") is one person's
 * case: a word it shares with a clause ("godkänner" ~ beslut, "arbetstider" ~ arbetsvillkor) does not make a group its
 * owner (own-matter.ts; egna-arenden.yaml lists the phrases it always holds for, this is the general reading). A
 * question that says "min chef …" about a kind of matter, or "mitt i" (in the middle of), keeps its owner. Questions
 * written for this test, not taken from the tune or holdout halves.
 */
import { speaksOfOwnThing } from "../../../src/routing/own-matter";
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the asker's own thing is nobody's matter here", () => {
  it.each([
    // once: 004's escalation clause ("Där varken ordförande eller deltagare har mandat att fatta beslut …") for "godkänner"
    "Vem godkänner min ledighetsansökan?",
    // once: 004's boundary clause on arbetsvillkor for one person's working hours
    "Vem bestämmer om mina arbetstider på röntgen i Borås?",
    // once: the Mellansverige ledningsgrupp, for "ersätter"
    "Vem ersätter min utbildningsresa till kongressen?",
  ])("%s → none", (q) => expect(say(q)).toBe("none"));

  it.each([
    // 003: "ta ett gemensamt ansvar för rekrytering, kompetensförsörjning och bemanning inom ansvarsområdet"
    ["Min chef undrar vilken grupp i VGR som tar ansvar för kompetensförsörjningen inom röntgen.", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Vilken grupp i VGR tar ett gemensamt ansvar för bemanningen inom röntgen mitt i sommaren?", "owner vgr:samordningsrad-bild-och-funktionsmedicin"],
    // 000: "Samverka kring … investeringar"
    ["Min chef vill veta vem i Mellansverige som samverkar kring investeringar i nya magnetkameror.", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("speaksOfOwnThing", () => {
  const of = (...words: string[]) => speaksOfOwnThing({ words });
  it("reads a first person singular possessive before a word", () => {
    expect(of("vem", "godkanner", "min", "ledighetsansokan")).toBe(true);
    expect(of("who", "approves", "my", "leave")).toBe(true);
  });
  it("leaves the adverb mitt i, minutes and a group of the asker's", () => {
    expect(of("mitt", "i", "sommaren")).toBe(false);
    expect(of("30", "min")).toBe(false);
    expect(of("vad", "far", "mitt", "rad", "gora")).toBe(false);
    expect(of("min")).toBe(false);
  });
});

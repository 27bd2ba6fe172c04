/**
 * Issue 13, relation (round 27): a group's agenda ("dagordningen", "agendan", "föredragningslistan") is how matters reach
 * that group. 002 Ärendegång says it for the Västmanland group: "Frågor ska anmälas till enhetschef eller
 * utvecklingsstrateg på … UoU … så att frågan sätts upp på dagordningen". It is not what the group itself prepares for
 * another body (001: the ledningsgrupp "bereder ärenden till samverkansnämnden"; 002: "en beredande grupp till
 * Chefsforum"), so "who sets X's agenda" is answered by X's procedure clause, and where no mandate names one, by X
 * itself (as a question of how to send a matter to X is). Sentences written for these tests.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the agenda of a group with a procedure clause: the one its mandate names (002 Ärendegång)", () => {
  it.each([
    "vem bestämmer agendan för samverkansgruppen i Västmanland",
    "Who decides what goes on the agenda of the Västmanland group?",
    "Vem lägger föredragningslistan till länsgruppen i Västmanland?",
  ])("%s", (q) => {
    expect(say(q)).toBe("owner vastmanland:uou-vkl");
  });
});

describe("the agenda of a group whose mandate names no way in: the group itself, not the body it prepares for", () => {
  it.each([
    ["Vem sätter dagordningen för samverkansnämndens ledningsgrupp?", "sjukvardsregion-mellansverige:ledningsgrupp"],
    ["vem bestämmer agendan i röntgenrådet", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s", (q, owner) => {
    expect(say(q)).toBe(`owner ${owner}`);
  });
});

describe("what a group prepares for another body keeps that body", () => {
  it("vem bereder ärendena till samverkansnämnden", () => {
    expect(say("vem bereder ärendena till samverkansnämnden")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

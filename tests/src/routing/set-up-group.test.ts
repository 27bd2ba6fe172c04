/**
 * Issue 13 (relation): "tillsätta en grupp" is to set it up — 002 "Chefsforum initierade under 2015 att det fanns behov
 * av en ny samverkansgrupp …", "Chefsforum … utser samverkansgruppen medlemmar". Said of a group it asks who set it up;
 * said with the group's chair, members or working groups it asks those relations, as before. The question had been
 * answered with the group itself, or "not sure". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const CF = "vastmanland:chefsforum";

describe("who sets up a group", () => {
  it.each([
    "Vem tillsätter samverkansgruppen för hälso- och sjukvårdsfrågor i Västmanland?",
    "Samverkansgruppen i Västmanland tillsattes av Chefsforum, stämmer det?",
  ])("%s → Chefsforum", (q) => {
    expect(router.routeDetailed({ question: q }).result.owner?.id).toBe(CF);
  });

  it.each([
    ["Vem tillsätter ordförande i verksamhetschefsgrupperna?", "chair"],
    ["Vem tillsätter ledamöterna i verksamhetschefsgrupperna?", "members"],
  ])("%s asks %s", (q, relation) => {
    expect(router.routeDetailed({ question: q }).analysis.asks).toBe(relation);
  });
});

/*
 * A boundary clause's match is weighed on the topic it sends, not on the names of the bodies it names (crossing.ts
 * topicShare). A name is the same name in any inflection: 004 writes "… lyfts till berörd koncernövergripande grupp"
 * of the body the catalog calls "Koncernövergripande grupper" (a general fact of Swedish: a noun's plural and definite
 * endings attach to its stem). So a question that only shares "koncernövergripande" with that name is not sent by the
 * escalation clause; 004 gives the matter to the råd: "Samordningsrådet ansvarar för att tillsammans prioritera vilka
 * koncernövergripande uppdrag som den egna verksamheten ska medverka i". Questions written for this test.
 */
import { sampleRouter } from "./sample-router";

const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";
const { say } = sampleRouter();

describe("which koncernövergripande uppdrag a råd's field takes part in is the råd's (004)", () => {
  it.each([
    "Vilka koncernövergripande uppdrag ska röntgen i VGR vara med i – vem beslutar det?",
    "Vem beslutar vilka koncernövergripande uppdrag som neurofysiologin i VGR ska medverka i?",
  ])("%s", (q) => {
    expect(say(q)).toBe(`owner ${BFM}`);
  });
});

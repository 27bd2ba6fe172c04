/**
 * Issue 13 (relation of a group the question describes but does not name): "… till gruppen där vi verksamhetschefer
 * inom urologi samarbetar", "… i den grupp som samordnar ortopedin". The topic finds the group described; a group is not
 * its own commissioner or appointer, so its mandate's party answers — 000 "Formella uppdrag kan endast ges av
 * ledningsgruppen", 003/004 "De utses av respektive förvaltningschef". A question asking which group ("vilken grupp …")
 * or about another body's members (a national programme area) keeps the topic's answer.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const say = (question: string, org: string) => {
  const r = router.route({ question, org });
  return `${r.status} ${r.owner?.id ?? ""}`.trim();
};

describe("a relation of a group the question describes", () => {
  it("who gives assignments to the group the heads of department of a speciality work in (000)", () => {
    expect(say("Vem ger formella uppdrag till gruppen där verksamhetscheferna inom ortopedi samarbetar?", "sjukvardsregion-mellansverige")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("who decides who sits in the group that coordinates a care area (003/004)", () => {
    expect(say("Vem bestämmer vilka chefer som ingår i den grupp som samordnar ortopedin?", "vgr")).toBe("owner vgr:forvaltningschef");
  });

  it("'vilken grupp …' asks for the group itself", () => {
    expect(say("Vilken grupp bestämmer vilka utvecklingsinitiativ inom ortopedin som ska prioriteras?", "vgr")).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("the members of a national programme area are no group of the catalog's (004 'Nominera ordförande och ledamöter')", () => {
    expect(say("Vem föreslår vilka som ska bli ledamöter i det nationella programområdet för radiologi?", "vgr")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

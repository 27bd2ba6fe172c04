/*
 * A question of several sentences: the sentence that asks says which relation is asked; relation words in the
 * sentences before it set the scene ("Jag har precis blivit utsedd till ordförande …" is how the asker came to ask,
 * "Vem rapporterar jag till?" the question: 003 "Ordförande rapporterar till hälso- och sjukvårdsdirektören").
 * Questions written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("the relation of the sentence that asks", () => {
  it.each([
    ["Jag har precis blivit utsedd till ordförande i ett samordningsråd i VGR. Vem rapporterar jag till?", "owner vgr:halso-och-sjukvardsdirektor"],
    ["I was appointed chair of a coordination council in VGR last month. Who do I report to?", "owner vgr:halso-och-sjukvardsdirektor"],
    // the asking sentence's own relation words still win when they are the chair's
    ["Jag är ordförande i ett samordningsråd. Vem utsåg mig?", "owner vgr:koncernledning-halso-och-sjukvard"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

/*
 * An English question keeps the English words the glossary has no Swedish for ("the", "of", "once", "it"): they put no
 * more distance between what is done and what it is done to than Swedish "för", "den" do.
 */
describe("English function words between the act and its object", () => {
  it.each([
    // 001: "Regiondirektörsgruppen fastställer ledningsgruppens verksamhetsplan"
    ["Which body has to formally adopt, once it is drafted by the secretariat, the yearly plan of the Mellansverige management group?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // 000: "Samverkansnämndens ledningsgrupp utser ordförande"
    ["Who appoints, as it says in the mandate, the chair of the department head groups in Mellansverige?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

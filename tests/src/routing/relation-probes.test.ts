/*
 * Relation questions phrased in many ways (relation-probes.jsonl): written by a helper from the five mandates' clauses,
 * not from the tune or holdout halves — the verbs and constructions people use for each relation (utser, tillsätter,
 * tar fram, har sista ordet, lyder under, är chef över, jobbar åt, vilka får protokollet, skriver under …), active
 * and passive, the group by name, abbreviation, kind or short name, Swedish and English. Each line names the clause.
 * On 7b1f5f0 (before the relation reading was widened) 152 of the 188 were answered right (lines 1–164: 135).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

interface Probe {
  q: string;
  owner: string;
  clause: string;
}
const probes: Probe[] = readFileSync(join(__dirname, "relation-probes.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);

describe("relation questions phrased in many ways", () => {
  it("answers at least 178 of the 188 with the body the clause names", () => {
    const wrong = probes.filter((p) => say(p.q) !== `owner ${p.owner}`).map((p) => `${p.q} → ${say(p.q)} (want ${p.owner})`);
    expect(probes.length).toBe(188);
    // the wrong ones are listed when the floor is not met
    expect(probes.length - wrong.length >= 178 ? "floor met" : wrong.join("\n")).toBe("floor met");
  });
});

describe("'A är underställd B': a group named after a word of being below is the one above", () => {
  it.each([
    // 000: "Grupperna är i sjukvårdsregionala frågor underställda samverkansnämndens ledningsgrupp"
    ["Vilka grupper är underställda ledningsgruppen i Mellansverige?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // 001: "Gruppen är underställd samverkansnämndens regiondirektörsgrupp"
    ["Vilken grupp lyder under regiondirektörsgruppen?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    // the group before the word is the one below, as before
    ["Vem är verksamhetschefsgrupperna underställda?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    // English keeps the direction: "oversees X" asks who is above X
    ["Who oversees the management group of Samverkansnämnden?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("the relation asked the other way round: the named group holds the role or receives the reports", () => {
  it.each([
    // "A har B som uppdragsgivare": B holds the role; 000 "Formella uppdrag kan endast ges av ledningsgruppen"
    ["Vem har ledningsgruppen i Mellansverige som uppdragsgivare?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // 002: "Chefsforum är uppdragsgivare och prioriterar uppdragen till samverkansgruppen"
    ["Which group has Chefsforum as its commissioner?", "owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor"],
    // "till" marks the receiver; 003: "Ordförande rapporterar till hälso- och sjukvårdsdirektören"
    ["Vem rapporterar till hälso- och sjukvårdsdirektören?", "owner vgr:samordningsrad-inom-halso-och-sjukvard"],
    // 000: "Minnesanteckningar … delges Ledningsgruppen och samverkansnämndens kansli"
    ["Vilka grupper skickar sina minnesanteckningar till samverkansnämndens kansli?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // "till vem" asks for the receiver, as before (001: "… årlig verksamhetsberättelse till regiondirektörsgruppen")
    ["Till vilken grupp rapporterar samverkansnämndens ledningsgrupp?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("a relation's verb in any of its forms (infinitive, supine, passive) asks for it", () => {
  it.each([
    // 001: "Regiondirektörsgruppen utser ordförande och vice ordförande"
    ["Av vem tillsattes ordföranden i ledningsgruppen?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // 001: "… en verksamhetsplan som fastställs av landstings- och regiondirektörsgruppen"
    ["Vem ska verksamhetsplanen för ledningsgruppen godkännas av?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // 004: "Regiondirektören har fördelat ansvaret att inrätta och avveckla samordningsråd till hälso- och sjukvårdsutvecklingsdirektören"
    ["Vem upplöser ett samordningsråd i VGR?", "owner vgr:halso-och-sjukvardsutvecklingsdirektor"],
    // 002: "Chefsforum är uppdragsgivare och prioriterar uppdragen till samverkansgruppen"
    ["Vem har tilldelat samverkansgruppen i Västmanland dess uppdrag?", "owner vastmanland:chefsforum"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("a power the group's own mandate gives it, with the group as the sentence's subject, is the group's", () => {
  // 001: "Gruppen fastställer uppdrag för arbetsgrupper kopplade till ledningsgruppen och ansvarar för att tillse att kansliet …"
  it("answers the ledningsgrupp itself, not the kansli named in the sentence's next clause", () => {
    expect(say("Får ledningsgruppen sätta upp egna arbetsgrupper?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

describe("minutes are found where they are kept, not sent to anyone", () => {
  // 003: "Anteckningarna ska publiceras på intranätet": where to find them is the template's topic, not a recipient
  it("reads 'var hittar jag protokollen' as the mandate's topic", () => {
    expect(say("Var hittar jag protokollen från samordningsråden i VGR?")).toBe("owner vgr:samordningsrad-inom-halso-och-sjukvard");
  });
  it("reads 'vilka får protokollet' as the recipients (000: 'Minnesanteckningar … delges Ledningsgruppen och samverkansnämndens kansli')", () => {
    expect(say("Vilka får protokollet från en verksamhetschefsgrupps möte?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

/*
 * Relation questions in phrasings new writers use, written by a helper from the mandates' clauses (not from the tune or
 * holdout halves): who holds a group's chair, who stands "ytterst" over it, the commissioner relation asked from the
 * giver's side, a group spoken of by a compound of "grupp".
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();
const LANSGRUPP = "owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("'vem är ordförande i X' asks who leads X, where a clause says who X is led by", () => {
  it.each([
    // 002: "… gruppen leds av enhetschef och utvecklingsstrateg från Utvecklings- och Utredningsenheten (UoU) från … VKL"
    ["Vem är ordförande i samverkansgruppen i Västmanland?", "owner vastmanland:uou-vkl"],
    ["Vem har ordförandeskapet i samverkansgruppen för hälso- och sjukvårdsfrågor?", "owner vastmanland:uou-vkl"],
    ["Vem håller i mötena i den länsgemensamma samverkansgruppen för hälso- och sjukvårdsfrågor?", "owner vastmanland:uou-vkl"],
    // 001 says who appoints the chair, not who holds it: the question is read as before (the group itself)
    ["Vem är ordförande i ledningsgruppen i Mellansverige?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    // an act of appointing keeps the chair relation (001: "Regiondirektörsgruppen utser ordförande")
    ["Vem utser ordförande i ledningsgruppen?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("'ytterst ansvarig för X', 'närmast över X' ask who stands above X", () => {
  it.each([
    // 002: "Chefsforum är uppdragsgivare … Chefsforum är även beslutande organ"
    ["Vem är ytterst ansvarig för samverkansgruppen i Västmanland?", "owner vastmanland:chefsforum"],
    // 001: "Gruppen är underställd samverkansnämndens regiondirektörsgrupp"
    ["Vem har det yttersta ansvaret för samverkansnämndens ledningsgrupp?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // 000: "Grupperna är i sjukvårdsregionala frågor underställda samverkansnämndens ledningsgrupp"
    ["Vem är närmast över verksamhetschefsgrupperna?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("assignments asked from the giver's side: the groups the named body commissions", () => {
  it.each([
    // "av/från X" marks X as the source (002: "Chefsforum är uppdragsgivare och prioriterar uppdragen till samverkansgruppen")
    ["Vem får uppdrag av Chefsforum?", LANSGRUPP],
    ["Which groups get their assignments from Chefsforum?", LANSGRUPP],
    // 000: "Formella uppdrag kan endast ges av ledningsgruppen"
    ["Vilka grupper får sina uppdrag från ledningsgruppen i Mellansverige?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    // a preposition stranded at the end: the question word is its object, the group the giver
    ["Vem ger ledningsgruppen i Mellansverige uppdrag till?", "owner sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["Vem är Chefsforum uppdragsgivare åt?", LANSGRUPP],
    // the receiver named, the giver asked: as before
    ["Från vem får verksamhetschefsgrupperna sina uppdrag?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("a compound of 'grupp' speaks of the organisation's one group, as 'gruppen i Västmanland' does", () => {
  it.each([
    // 002: "… gruppen leds av … UoU"
    ["Vem leder vårdgruppen i Västmanland?", "owner vastmanland:uou-vkl"],
    // 002: "Chefsforum är uppdragsgivare"
    ["Vem ger vårdsamverkansgruppen i Västmanland dess uppdrag?", "owner vastmanland:chefsforum"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("a relation verb misspelt, or its stem spelt another way, asks the same relation", () => {
  it.each([
    // a stem the catalog knows, spelt with one letter short: 001 "Regiondirektörsgruppen utser ordförande och vice ordförande"
    ["vem tillsäter ordförande i ledningsgruppen", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // one letter short of a cue word: 001 "Gruppen ska årligen presentera en verksamhetsplan som fastställs av landstings-
    // och regiondirektörsgruppen"
    ["Vem godkäner verksamhetsplanen för ledningsgruppen?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    // "rapport" in all its forms: 001 "… i en skriftlig årlig verksamhetsberättelse till regiondirektörsgruppen"
    ["Vem skickar ledningsgruppen sina rapporter till?", "owner sjukvardsregion-mellansverige:regiondirektorsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("reporting a matter for a group's agenda asks who keeps its agenda, where a clause names one", () => {
  it.each([
    // 002: "Frågor ska anmälas till enhetschef eller utvecklingsstrateg på Utvecklings- och Utredningsenheten på VKL …
    // så att frågan sätts upp på dagordningen och går ut med kallelsen"
    ["Vart anmäler jag ett ärende till länsgruppen?", "owner vastmanland:uou-vkl"],
    ["vem anmaler man arenden till i lansgruppen", "owner vastmanland:uou-vkl"],
    ["Vem skickar ut kallelsen till länsgruppens möten?", "owner vastmanland:uou-vkl"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("more words new writers use for a relation", () => {
  it.each([
    // a stranded "under": "Vem är X under?" (000: "Grupperna är … underställda samverkansnämndens ledningsgrupp")
    ["Vem är verksamhetschefsgrupperna under?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
    // "placerade under" (003: "Uppdragsgivare: Koncernledningsgrupp hälso- och sjukvård")
    ["Vilken instans är samordningsråden placerade under?", "owner vgr:koncernledning-halso-och-sjukvard"],
    // "stöder X" = ger X stöd (004: "tillhandahåller Koncernkontoret koordinator till varje samordningsråd")
    ["Vem stöder samordningsrådet för bild- och funktionsmedicin?", "owner vgr:koncernkontoret"],
    // "ta fram underlag" = bereda (002: "Samverkansgruppen ska vara en beredande grupp till Chefsforum")
    ["Vem tar fram underlag till Chefsforum?", "owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor"],
    // "vilka som representerar regionerna i X" = X:s representanter (001: "En representant per region utsedd av respektive regiondirektör")
    ["Vem bestämmer vilka som representerar regionerna i ledningsgruppen?", "owner sjukvardsregion-mellansverige:regiondirektor"],
    // "beställer arbete av X" (000: "Formella uppdrag kan endast ges av ledningsgruppen")
    ["Vem beställer arbete av verksamhetschefsgrupperna?", "owner sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (q, want) => expect(say(q)).toBe(want));
});

describe("a råd's own reporting sentence that shares nothing else with the question yields to its template's", () => {
  it("answers whom the chair reports to from 003 ('Ordförande rapporterar till hälso- och sjukvårdsdirektören')", () => {
    expect(say("Vem ska ordföranden i bildrådet rapportera till?")).toBe("owner vgr:halso-och-sjukvardsdirektor");
  });
  it("keeps the råd's own sentence when the question asks what it says (004: 'Deltagarna i samordningsråden rapporterar i sin ordinarie linjestruktur')", () => {
    expect(say("Vem rapporterar deltagarna i bildrådet till?")).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

/*
 * Issue 13, English as people write it who do not know the Swedish terms: each mandate clause said in everyday English
 * (plain words, plurals, -ing forms, phrasal verbs) reaches the Swedish words of the clause through engelska.yaml, and
 * a relation asked in English reaches the relation reader the Swedish question reaches. Example sentences written from
 * the clauses (cited), not taken from any question set. Swedish questions with words English also has stay Swedish.
 */
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const { say } = sampleRouter();
const analyze = sampleAnalyzer();
const M = "sjukvardsregion-mellansverige:";
const V = "vastmanland:";
const SG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("a clause said in plain English reaches its group", () => {
  it.each([
    // 000 "Genomföra gemensam produktionsplanering": together = gemensamt, planning surgery = planera operationer
    ["Which group plans surgery together across the regions of the Mellansverige healthcare region?", `${M}verksamhetschefsgrupp`],
    // 000 "Verka för att eventuella problem/tvister i samarbetssituationer löses"
    ["Two regions in Central Sweden disagree about a shared contract. Who helps sort that out?", `${M}verksamhetschefsgrupp`],
    // 003 "Denna uppdragshandling gäller som längst till och med xxx (fem år)": "at most" is "som längst"
    ["At most how many years does a samordningsråd mandate in VGR last?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    // 000 "Samverka i omställningen till Nära vård"
    ["Which group works on the shift to care closer to home across the Mellansverige regions?", `${M}verksamhetschefsgrupp`],
    // 000 "Följa upp medicinska resultat och kvalitet"
    ["Who keeps track of treatment results across the regions in Mellansverige?", `${M}verksamhetschefsgrupp`],
    // 001 "tillse att kansliet har erforderliga resurser och kompetensprofiler"
    ["Which group makes sure the Mellansverige secretariat has enough staff?", `${M}ledningsgrupp`],
    // 002 "sprida goda exempel och lokala erfarenheter"
    ["Where can the municipalities in Västmanland share good ideas about home nursing?", SG],
    // 002 "Identifiera områden där oenighet råder om tolkningar i ansvar och utarbeta förslag till lösning"
    ["Who works out a proposal when the county council and the municipalities in Västmanland read an agreement differently?", SG],
    // 002 "Revideras Våren 2017"
    ["When is the mandate of the Västmanland health care group supposed to be revised?", SG],
    // 003 "gemensamt prioritera utvecklingsinitiativ", American and British spelling alike
    ["Which group prioritizes development projects in psychiatry in VGR?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Which group prioritises development projects in psychiatry in VGR?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    // 003 "vara stöd/referensgrupp till koncernledning hälso- och sjukvård"
    ["Which VGR group acts as a sounding board for the group management for health care?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
  ])("%s → %s", (q, owner) => expect(say(q)).toBe(`owner ${owner}`));
});

describe("a relation asked in plain English reaches the relation reader", () => {
  it.each([
    // 001 Uppdragsgivare: instructions are assignments
    ["Who gives the management group in Mellansverige its instructions?", `${M}regiondirektorsgrupp`],
    // 001 "Ledningsgruppen ska adjungera berörda personer/verksamheter till sina möten"
    ["Can the Mellansverige management group invite people to its meetings?", `${M}ledningsgrupp`],
    // 003 "Ordförande: Utses av koncernledning hälso- och sjukvård efter förslag från förvaltningscheferna"
    ["Who suggests who should chair the orthopaedics council in VGR?", "vgr:forvaltningschef"],
    // 004 "Regiondirektören har fördelat ansvaret att inrätta och avveckla samordningsråd …": given the authority to
    ["Who gave the healthcare development director in VGR the authority to close down coordination councils?", "vgr:regiondirektor"],
    // 002 Ärendegång: the agenda is prepared by UoU, whom matters are reported to
    ["Who prepares the agenda for the Västmanland collaboration group?", `${V}uou-vkl`],
    // 002 "Chefsforum är uppdragsgivare": whom the group works for
    ["Who is the Västmanland collaboration group working for?", `${V}chefsforum`],
    // 002 "informera uppdragsgivaren om hur arbetet i samverkansgruppen fortlöper"
    ["Who should the participants of the Västmanland group keep updated on how the work is progressing?", `${V}huvudman`],
    // 003 "Mötesanteckningar ska … godkännas av ordförande": to sign off, whatever stands between verb and object
    ["Who signs off the VGR orthopaedics council's meeting notes?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    // 003 Deltagare: "De utses av respektive förvaltningschef": the people on a council are its members
    ["Who chooses the people on the VGR radiology council?", "vgr:forvaltningschef"],
    // 004 "Ordförande kan fatta beslut i enlighet med specifikt erhållna mandat": "decide on their own" is not "decide on"
    ["Can the VGR coordination council chair decide on their own?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    // 004 "Där varken ordförande eller deltagare har mandat att fatta beslut … lyfts till berörd koncernövergripande grupp"
    ["Who decides when nobody on a VGR coordination council has the authority?", "vgr:koncernovergripande-grupp"],
    // 003 "Ordförande: Utses av koncernledning hälso- och sjukvård": to name a chair is to appoint one
    ["Who names the chair of the VGR cardiology council?", "vgr:koncernledning-halso-och-sjukvard"],
    // 001 "Regiondirektörsgruppen utvärderar ledningsorganisationen efter ett år"
    ["Who checks how well the Mellansverige management group is doing?", `${M}regiondirektorsgrupp`],
  ])("%s → %s", (q, owner) => expect(say(q)).toBe(`owner ${owner}`));
});

describe("a Swedish question with words English has too stays Swedish", () => {
  it.each([
    "Vem fastställer ledningsgruppens plan i Mellansverige?",
    "Vilken grupp har en vision för nära vård i Mellansverige?",
    "Vilken chef utser ordförande i ledningsgruppen i Mellansverige?",
    "Vem äger frågan om best practice inom mammografi i VGR?",
    "Vem har mandat att starta en task force för röntgen i VGR?",
    "Är det ok att samverkansgruppen i Västmanland tillsätter en arbetsgrupp?",
    "Vårt team på röntgen i VGR:s sjukhus, t.ex. SU, d.v.s. bild och funktion – vem?",
  ])("%s", (q) => expect(analyze(q).language).toBe("sv"));
});

import { analyzeQuestion } from "../../../src/routing/analyze";
import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);
const ask = (question: string, org?: string) => router.routeDetailed({ question, ...(org ? { org } : {}) });

describe("a long form in the question also matches the abbreviation a mandate writes", () => {
  it("gives the long form's last word the abbreviation's key, spelt out or abbreviated", () => {
    const router2 = new Router(catalog);
    const vocab = (router2 as unknown as { vocab: Parameters<typeof analyzeQuestion>[2] }).vocab;
    const lex = compileLexicon(shippedLexicon());
    for (const q of ["Vad gör Program- och prioriteringsrådet med nya läkemedel?", "Vad gör PPR med nya läkemedel?"]) {
      const a = analyzeQuestion(q, lex, vocab);
      const head = a.tokens.find((t) => t.word === "prioriteringsradet")!;
      expect(head.terms.map((t) => t.term)).toContain("ppr");
    }
  });
});

describe("a body named only in the setting of the question is not what it asks about", () => {
  it("answers who carries out what the named body decided, with the group the clause gives that part", () => {
    const d = ask("Program- och prioriteringsrådet har fattat beslut om en regiongemensam prioritering av en ny metod inom bild- och funktionsmedicin. Vilken grupp har en roll i genomförandet?");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
    expect(d.result.citations[0]?.text).toMatch(/genomförandet/);
  });
});

describe("who adopted a mandate: its validity line names the body", () => {
  it("reads 'Fastställd av Samverkansnämndens ledningsgrupp' as the adopter, citing that line", () => {
    const d = ask("Vem fastställde uppdragsbeskrivningen för verksamhetschefsgrupperna?");
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.analysis.asks).toBe("adopted");
    expect(d.result.citations[0]?.text).toBe("Fastställd av Samverkansnämndens ledningsgrupp 2019-03-22");
  });
});

describe("approving or publishing minutes is not reporting them", () => {
  it("answers who approves the minutes from the clause that says so, not the report's recipient", () => {
    for (const q of ["Vem justerar protokollet från samordningsrådens möten i VGR?", "Var läggs minnesanteckningarna från samordningsråden ut?"]) {
      const d = ask(q);
      expect(d.analysis.asks).toBe("topic");
      expect(d.result.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
      expect(d.result.citations[0]?.text).toMatch(/godkännas av ordförande/);
    }
  });
  it("writing or keeping minutes is done in the group whose meetings they are, not a sending (000 'Minnesanteckningar ska föras vid möten med verksamhetschefsgrupper')", () => {
    for (const q of ["Vem för minnesanteckningar på verksamhetschefsgruppens möten?", "Ska vi skriva minnesanteckningar på varje möte i verksamhetschefsgruppen?", "Who writes the minutes of the VCG meetings?"]) {
      const d = ask(q);
      expect(d.analysis.asks).toBe("topic");
      expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    }
  });
  it("… but a sentence before the question that says the minutes were written leaves the question where they go", () => {
    const d = ask("Jag har skrivit minnesanteckningarna från verksamhetschefsgruppens möte. Vart ska de skickas?");
    expect(d.analysis.asks).toBe("reports");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
  it("still answers where minutes are sent with their recipient", () => {
    const d = ask("Vart skickas minnesanteckningarna från verksamhetschefsgrupperna?");
    expect(d.analysis.asks).toBe("reports");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

describe("a duty to keep someone informed is a reporting duty", () => {
  it("parses the Västmanland group's duty to inform, to respektive huvudman", () => {
    const g = catalog.entries.find((e) => e.id === "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor")!;
    expect(g.reporting.map((r) => r.toId)).toContain("vastmanland:huvudman");
  });
  it("answers whom the group reports to, also when the question says 'the group' of an organisation with one group", () => {
    expect(ask("Vem rapporterar gruppen i Västmanland till?").result.owner?.id).toBe("vastmanland:huvudman");
    expect(ask("Vem ska deltagarna i samverkansgruppen i Västmanland informera om hur arbetet går?").result.owner?.id).toBe("vastmanland:huvudman");
  });
});

describe("'the group' with no name and no organisation", () => {
  it("offers the groups instead of answering with one", () => {
    for (const q of ["Hur ofta möts gruppen?", "Hur ofta träffas gruppen egentligen?"]) {
      const d = ask(q);
      expect(d.result.status).toBe("ambiguous");
      expect(d.result.candidates.length).toBeGreaterThan(1);
    }
  });
  it("answers the organisation's only group once the organisation is known", () => {
    expect(ask("Hur ofta möts gruppen?", "vastmanland").result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});

describe("a boundary clause of the named group's own mandate decides on the matter, not on the verb that points back to it", () => {
  it("sends premises and pay to the body the clause names when the question only asks whether the group can take 'it'", () => {
    for (const q of ["Vi behöver nya lokaler för röntgen i Borås. Kan samordningsrådet för bild- och funktionsmedicin ordna det?", "Vi vill ändra ersättningen för jourpass inom bild- och funktionsmedicin. Kan samordningsrådet ta det?"]) {
      const d = ask(q);
      expect(d.result.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
      expect(d.analysis.reason).toBe("boundary");
      expect(d.result.citations[0]?.text).toMatch(/lokalförsörjning/);
    }
  });
  it("keeps a matter the group's own clauses name", () => {
    expect(ask("Samordningsrådet för bild- och funktionsmedicin vill sprida goda exempel mellan sjukhusen. Kan rådet göra det?").result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("an escalation clause answers where a matter goes with the body it sends it to", () => {
  it("answers the koncernövergripande grupp when neither chair nor participants may decide", () => {
    const d = ask("Ordförande och deltagare i samordningsrådet för bild- och funktionsmedicin saknar mandat att fatta beslut i frågan. Vart lyfts den?");
    expect(d.result.owner?.id).toBe("vgr:koncernovergripande-grupp");
    expect(d.result.citations[0]?.section).toBe("Beslutsfattande");
  });
});

describe("whom a group agrees its meetings with", () => {
  it("answers the body the meeting clause names when the question asks who, the group when it asks how often", () => {
    const who = ask("Vem bestämmer hur ofta samordningsrådet för bild- och funktionsmedicin möts?");
    expect(who.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
    expect(who.result.citations[0]?.text).toMatch(/i dialog med kontaktperson/);
    expect(ask("Hur ofta träffas samordningsrådet för bild- och funktionsmedicin?").result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("the organisation after a group's name belongs to its noun phrase", () => {
  it("reads 'Vem står/ligger X i <organisation> under?' as asking whom X is subordinate to", () => {
    expect(ask("Vem står samordningsrådet i VGR under?").result.owner?.id).toBe("vgr:koncernledning-halso-och-sjukvard");
    const d = ask("Vem ligger verksamhetschefsgrupperna i Mellansverige under?");
    expect(d.analysis.asks).toBe("commissioner");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

describe("a body named by the relation's own word is the answer, not the group asked about", () => {
  it("answers the kontaktperson when the question asks for a council's kontaktperson in koncernledningen", () => {
    const d = ask("Vem är röntgenrådets kontaktperson i koncernledningen?");
    expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
    expect(d.result.citations[0]?.text).toMatch(/kontaktperson/);
  });
});

describe("English 'who chairs X' asks who leads X", () => {
  it("answers the unit that leads the Västmanland group", () => {
    expect(ask("Who chairs the joint health care group in Västmanland?").result.owner?.id).toBe("vastmanland:uou-vkl");
  });
});

describe("English 'decides who sits in X' asks who decides X's members", () => {
  it("answers the body that decides the members, not the group", () => {
    expect(ask("Who gets to decide who sits in the Västmanland health care group?").result.owner?.id).toBe("vastmanland:chefsforum");
  });
  it("answers the management group for the heads-of-department groups (000: it decides their composition)", () => {
    expect(ask("Who decides who sits in a VCG in Mellansverige?").result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

describe("a relation's sentence is chosen by the question's meaning, not only its literal words", () => {
  it("sends a decision for the whole region to the kontaktperson (regiongemensamt beslutsfattande), not to the escalation for missing mandates", () => {
    const d = ask("Ordföranden i röntgenrådet vill ha ett beslut som gäller alla förvaltningar. Vart lyfter hon det?");
    expect(d.result.owner?.id).toBe("vgr:kontaktperson-samordningsrad");
    expect(d.result.citations[0]?.text).toMatch(/regiongemensamt beslutsfattande/);
  });
});

describe("everyday words for a relation's act and object (samples/lexicon/relationer.yaml)", () => {
  it("'spika' a verksamhetsplan is adopting it: 001 'en verksamhetsplan som fastställs av landstings- och regiondirektörsgruppen'", () => {
    const d = ask("Vem spikar verksamhetsplanen för ledningsgruppen i Mellansverige?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
    expect(d.analysis.asks).toBe("plan");
  });

  it("the coordinator's role is the coordinator: 004 'tillhandahåller Koncernkontoret koordinator till varje samordningsråd'", () => {
    const d = ask("Vem står för koordinatorsrollen i samordningsrådet för bild- och funktionsmedicin?");
    expect(d.result.owner?.id).toBe("vgr:koncernkontoret");
    expect(d.analysis.asks).toBe("support");
  });
});

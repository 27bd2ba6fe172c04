import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });

describe("a role named by the relation's own word, whose name says whose role it is", () => {
  // "Kontaktperson för samordningsråd": Swedish "X för Y" names Y's X; 004 Rapportering: "Till varje samordningsråd utses en
  // kontaktperson bland deltagarna i koncernledning hälso- och sjukvård"
  it("answers the kontaktperson, not the samordningsråd, when the question names the role with its group", () => {
    for (const q of ["Vem är kontaktperson för samordningsrådet?", "Vem är kontaktperson för rådet?", "Who is the contact person for the samordningsråd?"]) {
      const d = ask(q);
      expect([q, d.analysis.asks, d.result.owner?.id]).toEqual([q, "contact", "vgr:kontaktperson-samordningsrad"]);
      expect(d.result.citations[0]?.text).toMatch(/kontaktperson/);
    }
  });
});

describe("a yes/no question naming where a document goes", () => {
  // "till"/"to" marks the receiver of a sending; the asker is the sender. 000 Rapportering: the verksamhetschefsgrupper's
  // "skriftlig årlig verksamhetsberättelse … ska sammanställas till samverkansnämndens ledningsgrupp"; their minutes
  // "delges Ledningsgruppen och samverkansnämndens kansli"
  it("confirms the named destination with the duty that sends the document there, not the destination's own reporting", () => {
    for (const q of ["Ska vi skicka årsberättelsen till ledningsgruppen?", "Should we send the annual report to the ledningsgrupp?"]) {
      const d = ask(q);
      expect([q, d.result.owner?.id]).toEqual([q, "sjukvardsregion-mellansverige:ledningsgrupp"]);
      expect(d.result.citations[0]?.text).toMatch(/årlig verksamhetsberättelse.*ledningsgrupp/);
    }
    const minutes = ask("Ska vi skicka protokollen till kansliet?");
    expect(minutes.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
    expect(minutes.result.citations[0]?.text).toMatch(/Minnesanteckningar/);
  });
  it("names the document's own destination when those who send there send that document elsewhere", () => {
    const d = ask("Ska vi skicka årsberättelsen till kansliet?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.result.citations[0]?.text).toMatch(/årlig verksamhetsberättelse/);
  });
  it("cites the duty for the document named by its everyday word when the sender is named", () => {
    const d = ask("Ska ledningsgruppen skicka årsberättelsen till regiondirektörsgruppen?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
    expect(d.result.citations[0]?.text).toMatch(/årlig verksamhetsberättelse/);
  });
});

describe("whose members a question asks about, said by a preposition after the word for them", () => {
  // 004 Uppdragsbeskrivning: "Nominera ordförande och ledamöter till nationella programområden"; "ledamöter till X" are
  // X's members, not the group's own ("Gruppen består av representanter som utsetts av respektive förvaltningschef")
  it("answers the group whose duty is to nominate members to the national programme areas", () => {
    for (const q of ["Vem nominerar ledamöter till nationella programområden inom bild- och funktionsmedicin?", "Vem föreslår ordförande till nationella programområden inom bild- och funktionsmedicin?"]) {
      const d = ask(q);
      expect([q, d.result.owner?.id]).toEqual([q, "vgr:samordningsrad-bild-och-funktionsmedicin"]);
      expect(d.result.citations[0]?.text).toMatch(/nationella programområden/);
    }
  });
  it("still answers who appoints the group's own members with the one who appoints them", () => {
    const d = ask("Vem utser ledamöterna i samordningsrådet för bild- och funktionsmedicin?");
    expect(d.result.owner?.id).toBe("vgr:forvaltningschef");
  });
});

describe("where a group's document is sent, asked with 'vart'/'till vem'/'where' and 'för'", () => {
  // "för"/"for" after a document says whose it is, not where it goes (that is "till"/"åt"/"to"): 000 Rapportering, the
  // verksamhetschefsgrupper's "årlig verksamhetsberättelse … ska sammanställas till samverkansnämndens ledningsgrupp"
  it("answers the recipient of the named group's annual report", () => {
    for (const q of ["Vart skickar man verksamhetsberättelsen för verksamhetschefsgruppen?", "Till vem skickar man verksamhetsberättelsen för verksamhetschefsgruppen?", "Where do I send the annual report for the verksamhetschefsgrupp?", "Who do I send the verksamhetschefsgrupp's annual report to?"]) {
      const d = ask(q);
      expect([q, d.analysis.asks, d.result.owner?.id]).toEqual([q, "reports", "sjukvardsregion-mellansverige:ledningsgrupp"]);
      expect(d.result.citations[0]?.text).toMatch(/årlig verksamhetsberättelse/);
    }
  });
  it("still reads a matter sent 'till' a group as how it reaches that group", () => {
    const d = ask("Vart skickar jag ett ärende till samverkansgruppen?");
    expect(d.analysis.asks).toBe("prepares");
    expect(d.result.owner?.id).toBe("vastmanland:uou-vkl");
  });
});

describe("everyday Swedish for the relations' own words (relationer.yaml)", () => {
  const askIn = (question: string, org: string) => router.routeDetailed({ question, org });
  it("reads 'vad som går först' as prioritising the group's assignments (002: 'Chefsforum … prioriterar uppdragen')", () => {
    const d = ask("Vem avgör vad som ska gå först av samverkansgruppens uppdrag?");
    expect([d.analysis.asks, d.result.owner?.id]).toEqual(["commissioner", "vastmanland:chefsforum"]);
  });
  it("reads 'namnförslaget' as the proposal of a chair (003: 'Utses av koncernledning … efter förslag från förvaltningscheferna')", () => {
    const d = ask("Vem kommer med namnförslaget när samordningsrådet inom hälso- och sjukvård ska ha ny ordförande?");
    expect([d.analysis.asks, d.result.owner?.id]).toEqual(["proposes", "vgr:forvaltningschef"]);
  });
  it("reads 'ge' as giving support like 'ger' (004: 'tillhandahåller Koncernkontoret koordinator till varje samordningsråd')", () => {
    const d = askIn("Vem ska ge oss en koordinator?", "vgr");
    expect([d.analysis.asks, d.result.owner?.id]).toEqual(["support", "vgr:koncernkontoret"]);
  });
  it("reads 'möten om året' and 'färre möten' as the meeting frequency (004: '… i dialog med kontaktperson')", () => {
    for (const q of ["Vi i BoF-rådet vill ha färre möten. Vem ska vi stämma av det med?", "Vi i röntgenrådet vill ha sex möten om året i stället för åtta. Med vem stämmer vi av det?"]) {
      const d = ask(q);
      expect([q, d.analysis.asks, d.result.owner?.id]).toEqual([q, "meetings", "vgr:kontaktperson-samordningsrad"]);
    }
  });
});

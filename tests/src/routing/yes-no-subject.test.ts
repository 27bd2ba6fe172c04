/*
 * A yes/no question puts its finite verb first and its subject right after it: that group is the one the relation is
 * asked about, whatever other group it names later. Real router, sample mandates; questions written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });

describe("the grammatical subject of a yes/no question", () => {
  it.each(["Kan VCG avropa utredare från kansliet?", "Får verksamhetschefsgrupperna avropa utredningsresurser från kansliet?", "Kan verkligen verksamhetschefsgrupperna avropa utredare från kansliet?"])(
    "%s — the VCG is the subject and its clause names the kansli",
    (q) => {
      const d = ask(q);
      expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
      expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
      expect(d.result.citations[0]?.text).toMatch(/avropa utredningsresurser/);
    },
  );

  it("the group after the verb is the subject even when another group stands after 'till' at the end", () => {
    const d = ask("Ska ledningsgruppen skicka sin verksamhetsberättelse till regiondirektörsgruppen?");
    expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:regiondirektorsgrupp");
  });
});

describe("a yes/no question that opens with its finite verb and names two groups", () => {
  const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
  const RDG = "sjukvardsregion-mellansverige:regiondirektorsgrupp";
  // 000: "Samverkansnämndens ledningsgrupp utser ordförande"; 001: "Regiondirektörsgruppen utser ordförande och vice ordförande"
  it.each([
    ["Utser ledningsgruppen ordförande i verksamhetschefsgrupperna?", LG],
    ["Kan ledningsgruppen utse ordförande i verksamhetschefsgrupperna?", LG],
    ["Utser ledningsgruppen ledamöterna i verksamhetschefsgrupperna?", LG],
    ["Utser regiondirektörsgruppen ordförande i verksamhetschefsgrupperna?", LG],
    ["Utser regiondirektörsgruppen ordförande i ledningsgruppen?", RDG],
  ])("%s — the subject is the asker's guess of who appoints; the other group's clause confirms or corrects it", (q, want) => {
    const d = ask(q);
    expect(d.result.owner?.id).toBe(want);
    expect(d.result.citations[0]?.text).toMatch(/utser|beslutas/i);
  });

  // 000: "En skriftlig årlig verksamhetsberättelse … ska sammanställas till samverkansnämndens ledningsgrupp"; 001: "… till regiondirektörsgruppen"
  it.each([
    ["Rapporterar verksamhetschefsgruppen till ledningsgruppen?", LG],
    ["Rapporterar ledningsgruppen till verksamhetschefsgrupperna?", RDG],
  ])("%s — the subject after the verb is the one that reports", (q, want) => {
    expect(ask(q).result.owner?.id).toBe(want);
  });
});

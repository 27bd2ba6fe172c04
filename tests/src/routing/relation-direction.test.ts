/*
 * Who gives and who receives in a relation question is read from Swedish syntax ("ge … till X": X receives), and a
 * relation word in a sentence before the one that asks only sets the scene. The real router over the sample
 * mandates; questions written for these tests, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const ask = (question: string) => router.routeDetailed({ question });

describe("the receiver of a giving is the group the relation is asked of", () => {
  it("'Kan kansliet ge utredningsresurser till VCG?': VCG receives; its mandate names the kansli (000 avropa utredningsresurser)", () => {
    const d = ask("Kan kansliet ge utredningsresurser till VCG?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
    expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(d.result.citations[0]?.text).toMatch(/utredningsresurser/);
  });

  it("'Får ledningsgruppen ge uppdrag till VCG?': VCG receives; its commissioner is the ledningsgrupp", () => {
    const d = ask("Får ledningsgruppen ge uppdrag till verksamhetschefsgrupperna?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    expect(d.analysis.subject?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("the giver after 'från' is still read as the source ('Kan VCG få utredningsresurser från kansliet?')", () => {
    const d = ask("Kan VCG få utredningsresurser från kansliet?");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
  });
});

describe("a relation word in a sentence before the asking one sets the scene only", () => {
  it("minutes received earlier do not make a topic question a reporting question", () => {
    const d = ask("Vi har fått minnesanteckningarna från VCG. Vem äger frågan om kapaciteten på röntgen i Mellansverige?");
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("an annual report read earlier does not make a production-planning question a reporting question", () => {
    const d = ask("Vi har läst verksamhetsberättelsen från ledningsgruppen. Vilken grupp ska samordna produktionsplaneringen mellan regionerna i Mellansverige?");
    expect(d.analysis.asks).toBe("topic");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("an asking sentence with nothing of its own asks about the sentence before ('… verksamhetsberättelsen för VCG. Vart ska den?')", () => {
    const d = ask("Vi har skrivit klart verksamhetsberättelsen för VCG. Vart ska den?");
    expect(d.analysis.asks).toBe("reports");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });
});

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

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

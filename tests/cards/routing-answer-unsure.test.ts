import { routingAnswerCardData } from "../../cards/routing-answer";
import { messages } from "../../src/i18n";
import { Router } from "../../src/routing/router";
import { sampleCatalog } from "../src/routing/sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);

describe("the answer card when no clause settles a relation", () => {
  const question = "Vem utvärderar den länsgemensamma samverkansgruppen i Västmanland?";
  const detail = router.routeDetailed({ question });
  it("is a relation the router is unsure of", () => {
    expect(detail.analysis.reason).toBe("relation-unsure");
    expect(detail.analysis.asks).toBe("evaluates");
  });
  it.each(["sv", "en"] as const)("says which relation of which group was not found (%s), not that several groups fit", (lang) => {
    const t = messages(lang).answer;
    const data = routingAnswerCardData({ catalog, detail, question, lang, t });
    expect(data.explanation).toContain(t.relationAsked.evaluates);
    expect(data.explanation).toContain("Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor");
    expect(data.explanation).not.toBe(t.explanationAmbiguous);
    expect(data.heading).toBe(t.headingRelationUnsure);
    expect(data.choices.length).toBeGreaterThan(0);
  });
});

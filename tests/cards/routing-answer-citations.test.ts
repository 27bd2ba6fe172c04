/*
 * A clause is quoted once on the answer card: two candidates that share a mandate (a kind of group and its
 * instance, both citing the kind's "Uppdragsbeskrivning") showed the same quote twice, one under the other.
 * The real router and card builder over the sample mandates.
 */
import { routingAnswerCardData } from "../../cards/routing-answer";
import { messages } from "../../src/i18n";
import { Router } from "../../src/routing/router";
import { sampleCatalog } from "../src/routing/sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);

describe("the answer card quotes each clause once", () => {
  it.each([
    ["Vem ansvarar för kompetensförsörjning?", "sv"],
    ["Who is responsible for skills supply?", "en"],
  ] as const)("%s", (question, lang) => {
    const detail = router.routeDetailed({ question });
    const data = routingAnswerCardData({ catalog, detail, question, lang, t: messages(lang).answer });
    const quotes = data.citations.map((c) => `${c.section}\n${c.text}`);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe("the explanation above the quote does not name the section again", () => {
  // The quote is headed "<group> — <section>" in the mandate's Swedish; an English sentence that repeated
  // it read "This is what the mandate says (Deltagare):" (round 11's Playground look).
  it.each([
    ["Vem utser ordförande i Samverkansnämndens ledningsgrupp?", "sv"],
    ["Who appoints the chair of Samverkansnämndens ledningsgrupp?", "en"],
    ["Who handles staffing in radiology in VGR?", "en"],
  ] as const)("%s", (question, lang) => {
    const detail = router.routeDetailed({ question });
    expect(detail.result.status).toBe("owner");
    const data = routingAnswerCardData({ catalog, detail, question, lang, t: messages(lang).answer });
    expect(data.citations.length).toBeGreaterThan(0);
    for (const c of detail.result.citations) expect(data.explanation).not.toContain(`(${c.section})`);
    expect(data.explanation).toMatch(/:$/);
  });
});

import { routingAnswerCardData, routingAnswerSummary } from "../../cards/routing-answer";
import { messages } from "../../src/i18n";
import { Router } from "../../src/routing/router";
import { sampleCatalog } from "../src/routing/sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);
const card = (question: string, lang: "sv" | "en") => {
  const detail = router.routeDetailed({ question });
  const t = messages(lang).answer;
  return { detail, t, data: routingAnswerCardData({ catalog, detail, question, lang, t }), summary: routingAnswerSummary({ catalog, detail, question, lang, t }) };
};

// The group itself answers where no clause says how a matter reaches it: the card must not claim that the group's
// mandate covers the question ("Frågan täcks av gruppens uppdrag"), it says the mandate is silent and the group decides.
describe("a group's own matter that no clause settles", () => {
  const question = "Vem sätter dagordningen för Koncernledning hälso- och sjukvård?";
  it("is the group itself, without a clause's confidence", () => {
    const { detail } = card(question, "sv");
    expect(detail.result.status).toBe("owner");
    expect(detail.analysis.reason).toBe("relation-unknown");
  });
  it.each(["sv", "en"] as const)("says the mandate is silent and the group handles it (%s)", (lang) => {
    const { data, t, summary } = card(question, lang);
    expect(data.heading).toBe(t.headingOwnMatter);
    expect(data.explanation).toContain(t.ownMatterAsked.prepares!);
    expect(data.explanation).toContain("Koncernledning hälso- och sjukvård");
    expect(data.explanation).not.toContain(t.explanationOwner);
    expect(summary.startsWith(t.headingOwnMatter)).toBe(true);
  });
  it("keeps the ordinary owner card for a topic a mandate covers", () => {
    const { data, t } = card("Vem äger frågan om kompetensförsörjning inom bild- och funktionsmedicin i VGR?", "sv");
    expect(data.heading).not.toBe(t.headingOwnMatter);
  });
});

describe("a body the mandates name but none describes", () => {
  it.each([
    ["vilka sitter i chefsforum?", "Chefsforum"],
    ["Vem leder regiondirektörsgruppen?", "regiondirektörsgrupp"],
  ])("%s: says the body has no mandate of its own among those loaded", (question, name) => {
    for (const lang of ["sv", "en"] as const) {
      const { data, t, detail } = card(question, lang);
      expect(detail.result.status).toBe("none");
      expect(data.heading).toBe(t.headingNone);
      expect(data.explanation).toContain(name);
      expect(data.explanation).toBe(t.explanationNoMandate(detail.analysis.subject!.name));
    }
  });
  it("keeps 'the mandate does not say' for a group that has a mandate", () => {
    const { data, t, detail } = card("Vem står för kostnaderna för samverkansgruppen i Västmanland?", "sv");
    expect(detail.analysis.reason).toBe("relation-unknown");
    expect(data.explanation).toBe(t.explanationRelationUnknown("Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor"));
  });
});

// who leads a group whose mandate names no chair but says how one is appointed: the chair leads it (not "the group
// handles it itself", which says nothing of who leads)
describe("a group led by its chair", () => {
  it.each([
    ["Vem är ordförande i bildrådet?", "sv"],
    ["Who is the chair of the imaging council in VGR?", "en"],
  ] as const)("%s", (question, lang) => {
    const { data, t, summary } = card(question, lang);
    expect(data.heading).toBe(t.headingLedByChair);
    expect(data.explanation).toContain("Samordningsråd bild- och funktionsmedicin");
    expect(JSON.stringify(data)).toContain("Utses av ledningsgrupp hälso- och sjukvård");
    expect(summary.startsWith(t.headingLedByChair)).toBe(true);
  });
  it("keeps 'led by' where a clause says who leads the group", () => {
    const { data, t } = card("Vem leder samverkansgruppen i Västmanland?", "sv");
    expect(data.heading).not.toBe(t.headingLedByChair);
  });
});

import { routingAnswerCardData } from "../../cards/routing-answer";
import { messages } from "../../src/i18n";
import { Router } from "../../src/routing/router";
import { sampleCatalog } from "../src/routing/sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);
const nextStep = (question: string, lang: "sv" | "en") => {
  const detail = router.routeDetailed({ question });
  return { detail, step: routingAnswerCardData({ catalog, detail, question, lang, t: messages(lang).answer }).nextStep };
};

describe("the answer card's next step names someone who exists", () => {
  it.each(["sv", "en"] as const)("a body named in a mandate (a kansli) is turned to itself, not to its chair or secretary (%s)", (lang) => {
    const { detail, step } = nextStep("Kan VCG avropa utredare från kansliet?", lang);
    expect(detail.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
    expect(detail.analysis.ownerIs).toBe("body");
    expect(step).toContain("Samverkansnämndens kansli");
    expect(step).not.toMatch(/ordförande|sekreterare|chair|secretary/);
  });
  it("a group's chair or secretary is named without a genitive on the group's long name (sv)", () => {
    const { detail, step } = nextStep("Vad gör gruppen i Västmanland?", "sv");
    expect(detail.analysis.ownerIs).toBe("group");
    expect(step).toBe("Vill du ta upp frågan? Kontakta ordföranden eller sekreteraren i Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor.");
  });
  it.each(["sv", "en"] as const)("the huvudmän are organisations, not a post one person holds (%s)", (lang) => {
    const { detail, step } = nextStep("Ska jag som kommunens representant informera min egen uppdragsgivare om hur det går i samverkansgruppen i Västmanland?", lang);
    expect(detail.result.owner?.id).toBe("vastmanland:huvudman");
    expect(detail.analysis.ownerIs).toBe("body");
    expect(step).toContain("Huvudmännen");
    expect(step).not.toMatch(/befattning|post/);
  });
});

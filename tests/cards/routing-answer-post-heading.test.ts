/**
 * The answer card's heading says what owns the question: a post (a person's role, 004's kontaktperson) is no group, and
 * the card's next step says so ("a post, not a group") — the heading must not call it "this group".
 */
import { routingAnswerCardData } from "../../cards/routing-answer";
import { messages } from "../../src/i18n";
import { Router } from "../../src/routing/router";
import { sampleCatalog } from "../src/routing/sample-catalog";

const catalog = sampleCatalog();
const router = new Router(catalog);
const card = (question: string, lang: "sv" | "en") => {
  const detail = router.routeDetailed({ question });
  return { detail, data: routingAnswerCardData({ catalog, detail, question, lang, t: messages(lang).answer }) };
};

describe("the heading of an answer owned by a post", () => {
  it.each([
    ["sv", "Vem kan ordföranden i ett samordningsråd i VGR vända sig till när ett regionövergripande beslut behövs?", "Den här befattningen äger frågan"],
    ["en", "Who can the chair of a samordningsråd in VGR turn to when a region-wide decision is needed?", "This post owns the question"],
  ] as const)("%s: %s", (lang, question, heading) => {
    const { detail, data } = card(question, lang);
    expect(detail.analysis.ownerIs).toBe("role");
    expect(data.heading).toBe(heading);
  });

  it("a group keeps the group heading", () => {
    const { detail, data } = card("Vem samordnar mammografin i Västra Götalandsregionen?", "sv");
    expect(detail.analysis.ownerIs).not.toBe("role");
    expect(data.heading).toBe("Den här gruppen äger frågan");
  });
});

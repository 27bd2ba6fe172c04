/* The answer card's data for a question, built as the bot builds it: the real router over the sample mandates and the
   card's own data builder. */
import { routingAnswerCardData } from "../../cards/routing-answer";
import type { Catalog } from "../../src/catalog/schema";
import { messages } from "../../src/i18n";
import { Router } from "../../src/routing/router";
import { sampleCatalog } from "../src/routing/sample-catalog";

export function routingCardMaker(catalog: Catalog = sampleCatalog()) {
  const router = new Router(catalog);
  const card = (question: string, lang: "sv" | "en", rememberedOrg?: string) => {
    const detail = router.routeDetailed({ question, ...(rememberedOrg ? { rememberedOrg } : {}) });
    return { detail, data: routingAnswerCardData({ catalog, detail, question, lang, t: messages(lang).answer }) };
  };
  return { card, catalog };
}

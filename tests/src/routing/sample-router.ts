import { analyzeQuestion, type QuestionAnalysis } from "../../../src/routing/analyze";
import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

/** A router over the sample catalog, and `say`: its answer to a question as "status owner-id" (one line to compare). */
export function sampleRouter(): { router: Router; say: (question: string) => string } {
  const router = new Router(sampleCatalog());
  const say = (question: string) => {
    const r = router.route({ question });
    return `${r.status} ${r.owner?.id ?? ""}`.trim();
  };
  return { router, say };
}

/** How a router over the sample catalog reads a question (its words, tokens and their terms), for tests of the reading. */
export function sampleAnalyzer(router: Router = new Router(sampleCatalog())): (question: string) => QuestionAnalysis {
  // the router's vocabulary is private: the reading is tested as the router does it, not with a second vocabulary
  const vocab = (router as unknown as { vocab: Parameters<typeof analyzeQuestion>[2] }).vocab;
  const lex = compileLexicon(shippedLexicon());
  return (question) => analyzeQuestion(question, lex, vocab);
}

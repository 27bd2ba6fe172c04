/**
 * Issue 19 (router CPU): the terms of a boundary clause's bodies' names (crossing.ts topicShare) depend on the catalog
 * only, so they are read once per passage and router — not with a regular expression per name on every question.
 */
import { topicShare } from "../../../src/routing/crossing";
import type { DecideContext } from "../../../src/routing/decide";
import type { TopicScores } from "../../../src/routing/score";
import { sampleAnalyzer, sampleRouter } from "./sample-router";

describe("topicShare's name terms", () => {
  it("are read once per passage, and again for a question that names one of its bodies", () => {
    const { router } = sampleRouter();
    const base = (router as unknown as { decide: DecideContext }).decide;
    const read: string[] = [];
    const ctx: DecideContext = { ...base, termsOf: (text) => (read.push(text), base.termsOf(text)) };
    const a = sampleAnalyzer(router)("Vem hanterar lokalfrågor i VGR?");
    const scores: TopicScores = { entries: [], total: 1, weights: a.tokens.map(() => 1) };
    const p = ctx.index.passage(0);
    const first = topicShare(0, scores, a, ctx, new Set());
    const once = read.length;
    expect(once).toBeGreaterThan(1);
    expect(topicShare(0, scores, a, ctx, new Set())).toBe(first);
    // the second time only the clause's own terms are read (for the question's cover), not the names
    expect(read.length).toBe(once + 1);
    topicShare(0, scores, a, ctx, new Set([p.entryId]));
    expect(read.length).toBeGreaterThan(once + 2);
  });
});

/*
 * The sample router with every topic scoring it makes recorded, for the tuning aids (routing-evidence, routing-probe):
 * the five mandates and their overrides, and the router's private parts those aids read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../src/catalog/catalog";
import { loadOverrides } from "../src/catalog/overrides";
import { projectRoot } from "../src/paths";
import { createRouter } from "../src/routing/router";
import { TopicScorer, type TopicScores } from "../src/routing/score";

export type RouterParts = { index: { passage(p: number): { text: string; kind: string } }; scorer: TopicScorer; decide: { termsOf(t: string): ReadonlyMap<string, number> }; lex: never; vocab: never };

export function scoredRouter(): { router: ReturnType<typeof createRouter>; parts: RouterParts; calls: TopicScores[] } {
  const root = projectRoot();
  const dir = path.join(root, "samples", "mandates");
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(root, "samples", "overrides"));
  const router = createRouter(buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog);
  const calls: TopicScores[] = [];
  const orig = TopicScorer.prototype.score;
  TopicScorer.prototype.score = function (this: TopicScorer, ...args: Parameters<TopicScorer["score"]>) {
    const r = orig.apply(this, args);
    calls.push({ ...r, entries: r.entries.map((e) => ({ ...e })) });
    return r;
  };
  return { router, parts: router as unknown as RouterParts, calls };
}

/* Prints a question's tokens and terms (a tuning aid). node dist/bench/routing-why.js "question" */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../src/catalog/catalog";
import { loadOverrides } from "../src/catalog/overrides";
import { projectRoot } from "../src/paths";
import { analyzeQuestion } from "../src/routing/analyze";
import { createRouter } from "../src/routing/router";

const ROOT = projectRoot();
const dir = path.join(ROOT, "samples", "mandates");
const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
const router = createRouter(buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog);
const r = router as unknown as { lex: never; vocab: never; index: { has(t: string): boolean; idf(t: string): number } };
for (const q of process.argv.slice(2)) {
  const a = analyzeQuestion(q, r.lex, r.vocab);
  console.log(`${q}  [${a.language}] words: ${a.words.join(" ")}`);
  for (const t of a.tokens) console.log(`  ${t.word} (${t.key}) s${t.sentence} ${t.real ? "" : "UNREAL "}: ${t.terms.map((x) => `${x.term}/${x.credit}${r.index.has(x.term) ? `[idf ${r.index.idf(x.term).toFixed(2)}]` : ""}`).join(" ")}`);
  const d = router.routeDetailed({ question: q });
  console.log(`  → ${d.result.status} ${d.result.owner?.id ?? ""} conf ${d.result.confidence.toFixed(2)} ${d.analysis.reason} | ${d.result.candidates.slice(0, 4).map((c) => `${c.id}@${c.score.toFixed(2)}`).join(" ")}`);
}

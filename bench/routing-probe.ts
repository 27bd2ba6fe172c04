/* One question's scorings, the top entries with their best passage (a tuning aid). node dist/bench/routing-probe.js "question" */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../src/catalog/catalog";
import { analyzeQuestion } from "../src/routing/analyze";
import { loadOverrides } from "../src/catalog/overrides";
import { projectRoot } from "../src/paths";
import { createRouter } from "../src/routing/router";
import { TopicScorer, type TopicScores } from "../src/routing/score";

const ROOT = projectRoot();
const dir = path.join(ROOT, "samples", "mandates");
const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
const router = createRouter(buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog);
const calls: TopicScores[] = [];
const orig = TopicScorer.prototype.score;
TopicScorer.prototype.score = function (this: TopicScorer, ...args: Parameters<TopicScorer["score"]>) {
  const r = orig.apply(this, args);
  calls.push({ ...r, entries: r.entries.map((e) => ({ ...e })) });
  return r;
};
const r = router as unknown as { index: { passage(p: number): { text: string; kind: string } }; decide: { termsOf(t: string): ReadonlyMap<string, number> }; lex: never; vocab: never };
for (const q of process.argv.slice(2)) {
  calls.length = 0;
  const d = router.routeDetailed({ question: q });
  const a = analyzeQuestion(q, r.lex, r.vocab);
  console.log(`${q}\n  → ${d.result.status} ${d.result.owner?.id ?? ""} conf ${d.result.confidence.toFixed(2)} ${d.analysis.reason} subj ${JSON.stringify(d.analysis.subject ?? null)} rel ${JSON.stringify((d.analysis as unknown as { relation?: unknown }).relation ?? null)}`);
  calls.forEach((c, ci) => {
    console.log(`  scoring ${ci}: total ${c.total.toFixed(1)}`);
    for (const e of c.entries.slice(0, 4)) {
      const p = r.index.passage(e.passage);
      const terms = r.decide.termsOf(p.text);
      const hits = a.tokens.map((t, i) => {
        const w = c.weights[i] ?? 0;
        if (!w) return "";
        const m = Math.max(0, ...t.terms.map((x) => x.credit * (terms.get(x.term) ?? 0)));
        return m ? `${t.word}(${w.toFixed(1)})` : "";
      }).filter(Boolean);
      console.log(`    ${e.entryId} ${e.score.toFixed(2)} spec ${e.specific.toFixed(2)} ${p.kind}${e.inherited ? " inh" : ""} [${hits.join(" ")}] "${p.text.slice(0, 110)}"`);
    }
  });
}

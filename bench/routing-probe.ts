/* One question's scorings, the top entries with their best passage (a tuning aid). node dist/bench/routing-probe.js "question" */
import { analyzeQuestion } from "../src/routing/analyze";
import { scoredRouter } from "./scored-router";

const { router, parts: r, calls } = scoredRouter();
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

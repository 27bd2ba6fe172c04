/*
 * How the answers on the tune halves stand on their evidence (a tuning aid: never pointed at holdout*.jsonl): per
 * question the winner's score, the share of it on specific words (score.ts `specific`), the runner-up's ratio, and
 * which question words its clause matched, through which term, with what specificity; a ROW line per answer
 * (tab-separated) for sorting.
 *   npm run build && node dist/bench/routing-evidence.js
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeQuestion } from "../src/routing/analyze";
import { scoredRouter } from "./scored-router";
import { projectRoot } from "../src/paths";
import { isRight, parseLabelled } from "../src/routing/evaluate";

const ROOT = projectRoot();
const DEV = path.join(ROOT, "tests", "fixtures", "routing-dev");
const { router, parts: r, calls } = scoredRouter();
for (const f of fs.readdirSync(DEV).filter((x) => /^tune\d*\.jsonl$/.test(x))) {
  for (const q of parseLabelled(fs.readFileSync(path.join(DEV, f), "utf8"))) {
    calls.length = 0;
    const d = router.routeDetailed({ question: q.question, ...(q.org ? { org: q.org } : {}) });
    if (d.result.status !== "owner") {
      if (!calls.length) continue;
    }
    const main = calls[0];
    const ok = isRight(q, d.result);
    const a = analyzeQuestion(q.question, r.lex, r.vocab);
    let detail = "";
    if (main && d.result.owner) {
      const e = main.entries.find((x) => x.entryId === d.result.owner!.id) ?? main.entries[0];
      if (e) {
        const terms = r.decide.termsOf(r.index.passage(e.passage).text);
        const toks = a.tokens.map((t, i) => {
          const w = main.weights[i] ?? 0;
          if (!w) return "";
          let best = 0;
          let via = "";
          for (const x of t.terms) {
            const m = x.credit * (terms.get(x.term) ?? 0);
            if (m > best) { best = m; via = x.term + (x.part !== undefined ? "(part)" : "") + "/" + x.credit; }
          }
          return best ? `${t.word}→${via} w${w.toFixed(1)} s${r.scorer.specificity(via.split(/[/(]/)[0]!).toFixed(2)} m${best.toFixed(2)}` : `${t.word} w${w.toFixed(1)} -`;
        }).filter(Boolean);
        const second = main.entries.filter((x) => x.entryId !== e.entryId)[0];
        const nTok = a.tokens.filter((t, i) => (main.weights[i] ?? 0) > 0).length;
        const matched = toks.filter((x) => !x.endsWith(" -")).length;
        const specMatched = toks.filter((x) => !x.endsWith(" -") && Number(/ s([0-9.]+) m/.exec(x)?.[1] ?? 0) >= 0.9).length;
        console.log(["ROW", ok ? "OK" : "BAD", f, q.id, q.kind, q.status, d.analysis.reason, d.result.confidence.toFixed(2), e.score.toFixed(2), e.specific.toFixed(2), (e.score * e.specific).toFixed(2), second ? (second.score / e.score).toFixed(2) : "0", r.index.passage(e.passage).kind, nTok, matched, specMatched].join("\t"));
        detail = `score ${e.score.toFixed(2)} cov ${e.coverage.toFixed(2)} spec ${e.specific.toFixed(2)} ev ${(e.score * e.specific).toFixed(2)} 2nd ${second ? (second.score / e.score).toFixed(2) : "-"} kind ${r.index.passage(e.passage).kind}\n     ${toks.join(" | ")}`;
      }
    } else if (main && main.entries[0]) {
      const e = main.entries[0];
      detail = `lead ${e.entryId} score ${e.score.toFixed(2)} spec ${e.specific.toFixed(2)} ev ${(e.score * e.specific).toFixed(2)}`;
    }
    console.log(`${ok ? "OK " : "BAD"} ${f} ${q.id} [${q.kind}] want ${q.status} ${q.owner ?? ""} got ${d.result.status} ${d.result.owner?.id ?? ""} ${d.analysis.reason} conf ${d.result.confidence.toFixed(2)}\n   ${q.question}\n   ${detail}`);
  }
}

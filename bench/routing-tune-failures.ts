/*
 * The tune halves' failures, question by question (a tuning aid: never pointed at holdout*.jsonl).
 *   npm run build && node dist/bench/routing-tune-failures.js [tune3] [--class topic]
 * (also the extra tune files tune-<name>.jsonl, which the bench's paired sets do not count)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../src/catalog/catalog";
import { loadOverrides } from "../src/catalog/overrides";
import { projectRoot } from "../src/paths";
import { isRight, parseLabelled } from "../src/routing/evaluate";
import { createRouter } from "../src/routing/router";

const ROOT = projectRoot();
const DEV = path.join(ROOT, "tests", "fixtures", "routing-dev");

function main(): void {
  const dir = path.join(ROOT, "samples", "mandates");
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
  const catalog = buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
  const router = createRouter(catalog);
  const args = process.argv.slice(2);
  const cls = args.includes("--class") ? args[args.indexOf("--class") + 1] : undefined;
  const names = args.filter((a) => /^tune[\w-]*$/.test(a));
  const files = fs.readdirSync(DEV).filter((f) => /^tune[\w-]*\.jsonl$/.test(f) && (!names.length || names.includes(f.replace(".jsonl", ""))));
  for (const f of files) {
    let bad = 0;
    const qs = parseLabelled(fs.readFileSync(path.join(DEV, f), "utf8"));
    for (const q of qs) {
      if (cls && q.kind !== cls) continue;
      const d = router.routeDetailed({ question: q.question, ...(q.org ? { org: q.org } : {}) });
      if (isRight(q, d.result)) continue;
      bad++;
      const c = d.result.candidates.slice(0, 3).map((x) => `${x.id.split(":")[1] ?? x.id}@${x.score.toFixed(2)}`).join(" ");
      console.log(`${f} ${q.id} [${q.kind}] ${q.question}\n   want ${q.status} ${q.owner ?? (q.candidates ?? []).join(",")}\n   got  ${d.result.status} ${d.result.owner?.id ?? ""} conf ${d.result.confidence.toFixed(2)} reason ${d.analysis.reason} | ${c}`);
    }
    console.log(`== ${f}: ${bad} failures of ${qs.length}\n`);
  }
}

main();

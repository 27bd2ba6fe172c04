/*
 * Routing quality and latency: the Samverkan router against a plain BM25 baseline (minisearch over the
 * raw clause passages, top hit's group = owner, no hits = none) on the same labelled questions, in the
 * same run; then the router's latency with 1,000 synthetic groups.
 *   npm run bench:routing
 * Targets (issue 4): top-1 ≥ 90% and far above the baseline; p99 ≤ 2 ms (five mandates), ≤ 10 ms (1,000 groups).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import MiniSearch from "minisearch";
import { buildCatalog } from "../src/catalog/catalog";
import { loadOverrides } from "../src/catalog/overrides";
import type { Catalog, GroupRecord } from "../src/catalog/schema";
import { evaluate, parseLabelled, type Evaluation, type LabelledQuestion } from "../src/routing/evaluate";
import { Router, type RouteResult } from "../src/routing/router";

const ROOT = path.resolve(__dirname, "..", "..");

function sampleCatalog(): Catalog {
  const dir = path.join(ROOT, "samples", "mandates");
  const docs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides(path.join(ROOT, "samples", "overrides"));
  return buildCatalog(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }).catalog;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function latency(questions: readonly LabelledQuestion[], answer: (q: LabelledQuestion) => unknown, rounds: number): { p50: number; p99: number } {
  for (const q of questions) answer(q); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      answer(q);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** The baseline: BM25 (minisearch defaults) over every cited clause, attributed to the entry whose mandate holds it. */
function baseline(catalog: Catalog): (q: LabelledQuestion) => RouteResult {
  const byDoc = new Map(catalog.entries.filter((e) => e.document).map((e) => [e.document!.documentId, e]));
  const docs: { id: number; text: string; entryId: string; section: string }[] = [];
  for (const e of catalog.entries) {
    const clauses = [...e.purpose, ...e.duties, ...e.boundaries, ...e.decisionRules, ...e.escalation, ...e.other, ...e.reporting.map((r) => r.clause), ...(e.chair ? [e.chair.clause] : [])];
    for (const c of clauses) docs.push({ id: docs.length, text: c.text, entryId: byDoc.get(c.citation.documentId)?.id ?? e.id, section: c.citation.section });
  }
  const ms = new MiniSearch<{ id: number; text: string; entryId: string; section: string }>({ fields: ["text"], storeFields: ["entryId", "section", "text"] });
  ms.addAll(docs);
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  const orgName = (e: GroupRecord) => catalog.organizations.find((o) => o.id === e.organizationId)?.name ?? e.organizationId;
  return (q) => {
    const hits = ms.search(q.question);
    if (!hits.length) return { status: "none", owner: null, confidence: 0, citations: [], candidates: [], escalation: null };
    const seen: string[] = [];
    for (const h of hits) if (!seen.includes(h.entryId as string)) seen.push(h.entryId as string);
    const top = byId.get(seen[0]!)!;
    const max = hits[0]!.score;
    return {
      status: "owner",
      owner: { id: top.id, name: top.name, organization: orgName(top) },
      confidence: 1,
      citations: [{ groupId: top.id, section: hits[0]!.section as string, text: hits[0]!.text as string }],
      candidates: seen.slice(0, 5).map((id) => ({ id, name: byId.get(id)!.name, organization: orgName(byId.get(id)!), score: 0 })).map((c, i) => ({ ...c, score: i === 0 ? 1 : hits.find((h) => h.entryId === c.id)!.score / max })),
      escalation: null,
    };
  };
}

/** 1,000 synthetic groups: the sample groups' clauses recombined under new names in 40 organisations. */
function synthetic(catalog: Catalog, n: number): Catalog {
  const real = catalog.entries.filter((e) => e.entryType !== "referenced");
  const duties = real.flatMap((e) => e.duties);
  const areas = ["kardiologi", "ortopedi", "urologi", "onkologi", "psykiatri", "geriatrik", "barnmedicin", "ögonsjukvård", "hudsjukvård", "reumatologi", "neurologi", "kirurgi", "anestesi", "infektion", "endokrinologi", "lungmedicin", "njurmedicin", "gynekologi", "öron-näsa-hals", "rehabilitering"];
  const orgs = Array.from({ length: 40 }, (_, i) => ({ id: `org-${i}`, name: `Region Syntet ${i}`, aliases: [`Syntet ${i}`] }));
  const entries: GroupRecord[] = [...catalog.entries];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length]!;
    const area = areas[i % areas.length]!;
    const org = orgs[i % orgs.length]!;
    const picked = Array.from({ length: 6 + Math.floor(rnd() * 8) }, () => duties[Math.floor(rnd() * duties.length)]!);
    entries.push({
      ...base,
      id: `${org.id}:grupp-${i}`,
      entryType: "group",
      kindId: undefined,
      name: `Samordningsgrupp ${area} ${i}`,
      aliases: [],
      organizationId: org.id,
      duties: picked.map((d) => ({ ...d, text: `${d.text} inom ${area}` })),
      boundaries: [],
      commissioner: undefined,
      parent: undefined,
    });
  }
  return { ...catalog, version: catalog.version + 1, organizations: [...catalog.organizations, ...orgs], entries };
}

function row(name: string, e: Evaluation, lat: { p50: number; p99: number }): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  return `${name.padEnd(26)} ${pct(e.top1)} ${pct(e.top3)} ${pct(e.abstentionPrecision)} ${pct(e.abstentionRecall)} ${lat.p50.toFixed(3).padStart(8)} ${lat.p99.toFixed(3).padStart(8)}`;
}

function main(): void {
  const catalog = sampleCatalog();
  const sets: [string, LabelledQuestion[]][] = [
    ["labelled", parseLabelled(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "routing-questions.jsonl"), "utf8"))],
    ["held-out", parseLabelled(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "routing-questions-holdout.jsonl"), "utf8"))],
    ["held-out 2", parseLabelled(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "routing-questions-holdout-2.jsonl"), "utf8"))],
    ["held-out 3", parseLabelled(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "routing-questions-holdout-3.jsonl"), "utf8"))],
    ["held-out 4", parseLabelled(fs.readFileSync(path.join(ROOT, "tests", "fixtures", "routing-questions-holdout-4.jsonl"), "utf8"))],
  ];
  const t0 = process.hrtime.bigint();
  const router = new Router(catalog);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const bm25 = baseline(catalog);
  const ours = (q: LabelledQuestion) => router.route({ question: q.question, ...(q.org ? { org: q.org } : {}) });
  console.log(`catalog: ${catalog.entries.length} entries; router index built in ${buildMs.toFixed(1)} ms; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores (p99 is sensitive to it)`);
  console.log(`${"".padEnd(26)}   top-1   top-3  abst.P  abst.R  p50 ms   p99 ms`);
  for (const [name, set] of sets) {
    console.log(row(`router / ${name} (${set.length})`, evaluate(set, ours), latency(set, ours, 50)));
    console.log(row(`bm25 / ${name} (${set.length})`, evaluate(set, bm25), latency(set, bm25, 50)));
  }
  const big = synthetic(catalog, 1000);
  const t1 = process.hrtime.bigint();
  const bigRouter = new Router(big);
  const bigBuild = Number(process.hrtime.bigint() - t1) / 1e6;
  const all = sets.flatMap(([, s]) => s);
  const bigAnswer = (q: LabelledQuestion) => bigRouter.route({ question: q.question, ...(q.org ? { org: q.org } : {}) });
  const bigEval = evaluate(all, bigAnswer);
  const bigLat = latency(all, bigAnswer, 10);
  console.log(`\n1,000 synthetic groups (${big.entries.length} entries): index built in ${bigBuild.toFixed(0)} ms`);
  console.log(row(`router / all (${all.length})`, bigEval, bigLat));
  const bigBm25 = baseline(big);
  console.log(row(`bm25 / all (${all.length})`, evaluate(all, bigBm25), latency(all, bigBm25, 10)));
}

main();

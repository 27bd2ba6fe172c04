/*
 * How often V8 throws out the optimised code of a routing turn (issue 19, goal 2: the bot's CPU per turn, most of all
 * its compiler threads at 8 concurrent): in a child node with --trace-deopt --trace-opt, the sample router answers the
 * turn bench's routing questions and the answer card is built, rendered and serialised for each, pass after pass. A
 * turn's code that stops changing tiers shows as no deopts and few TurboFan compiles in the later passes; an array
 * whose elements kind depends on the tier that built it ("wrong map") shows as deopts there, pass after pass.
 *   npm run build && node dist/bench/turn-deopts.js [--passes 30] [--compare <another checkout with its dist built>]
 * `--compare`: the same in that checkout's build (e.g. `git worktree add --detach /tmp/base <commit>`, a node_modules
 * symlink and `npm run build` there), run right after this one: the baseline in the same sitting.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const HERE = path.resolve(__dirname, "..", "..");

/** The child: the turns' work, each pass between markers on stdout (V8's traces go to stdout too). */
function child(root: string, passes: number): void {
  const req = (p: string) => require(path.join(root, "dist", p)) as Record<string, (...args: unknown[]) => unknown>;
  const { buildCatalog } = req("src/catalog/catalog");
  const { loadOverrides } = req("src/catalog/overrides");
  const { createRouter } = req("src/routing/router");
  const { renderRoutingAnswerCard, routingAnswerCardData, routingAnswerSummary } = req("cards/routing-answer");
  const { messages } = req("src/i18n");
  const dir = path.join(root, "samples", "mandates");
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
  const ov = loadOverrides!(path.join(root, "samples", "overrides")) as { ok: boolean; overrides?: unknown[] };
  const catalog = (buildCatalog!(docs, ov.ok ? ov.overrides : [], { clock: { now: () => new Date("2026-11-23T12:00:00Z") } }) as { catalog: unknown }).catalog;
  const router = createRouter!(catalog) as { routeDetailed(q: { question: string }): unknown };
  const t = (messages!("sv") as { answer: unknown }).answer;
  const questions = turnQuestions(root);
  for (let p = 0; p < passes; p++) {
    console.log(`@@pass ${p}`);
    for (const question of questions) {
      const input = { catalog, detail: router.routeDetailed({ question }), question, lang: "sv", t, ownerAgenda: {} };
      JSON.stringify(renderRoutingAnswerCard!(routingAnswerCardData!(input)));
      routingAnswerSummary!(input);
    }
  }
  console.log(`@@questions ${questions.length}`);
}

/** The routing questions bench:turn-latency sends (tests/fixtures/routing-questions*.jsonl). */
function turnQuestions(root: string): string[] {
  const out: string[] = [];
  const dir = path.join(root, "tests", "fixtures");
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith("routing-questions") && n.endsWith(".jsonl")))
    for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
      const q = line.trim() ? (JSON.parse(line) as { question?: string }).question?.trim() : undefined;
      if (q && q.endsWith("?")) out.push(q);
    }
  return out;
}

interface Counts {
  readonly deopts: number[];
  readonly compiles: number[];
  readonly where: Map<string, number>;
}

/** The child's trace, counted per pass; the places of the deopts after the first third of the passes. */
function measure(root: string, passes: number): Counts {
  const args = ["--trace-deopt-verbose", "--trace-opt", __filename, "--child", root, String(passes)];
  const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const deopts = new Array<number>(passes).fill(0);
  const compiles = new Array<number>(passes).fill(0);
  const where = new Map<string, number>();
  let pass = -1;
  for (const line of out.split("\n")) {
    if (line.startsWith("@@pass ")) pass = Number(line.slice(7));
    else if (pass < 0) continue;
    else if (line.startsWith("[bailout (kind: deopt")) deopts[pass]!++;
    else if (line.startsWith("[completed compiling") && line.includes("TURBOFAN")) compiles[pass]!++;
    else if (pass >= passes / 3 && line.includes(";;; deoptimize at <")) {
      const at = line.slice(line.indexOf("<") + 1, line.indexOf(">")).replace(`${root}/dist/`, "");
      where.set(at, (where.get(at) ?? 0) + 1);
    }
  }
  return { deopts, compiles, where };
}

function report(name: string, c: Counts, passes: number): void {
  const third = Math.ceil(passes / 3);
  const sum = (xs: number[], from: number, to: number) => xs.slice(from, to).reduce((a, b) => a + b, 0);
  console.log(`${name.padEnd(10)} deopts passes 1–${third} ${sum(c.deopts, 0, third)}, ${third + 1}–${passes} ${sum(c.deopts, third, passes)}; TurboFan compiles ${sum(c.compiles, 0, third)}, ${sum(c.compiles, third, passes)}`);
  for (const [at, n] of [...c.where].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${"".padEnd(12)}${String(n).padStart(3)} at ${at}`);
}

function main(): void {
  const arg = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
  if (process.argv.includes("--child")) return child(arg("child")!, Number(process.argv[process.argv.indexOf("--child") + 2]));
  const passes = Number(arg("passes") ?? 30);
  const compare = arg("compare");
  console.log(`bench:turn-deopts — the sample router and the answer card over the turn bench's routing questions, ${passes} passes in one process (later passes: after the first third)`);
  report("this", measure(HERE, passes), passes);
  if (compare) report("compared", measure(path.resolve(compare), passes), passes);
}

main();

/*
 * The index build of two checkouts, alternating, in one sitting: the "before / after" a change to the build is
 * judged on (this machine's figures move by 10–20% between sittings, and by ±5–10% from run to run within one).
 *   node dist/bench/routing-build-ab.js <baseline root> [groups] [runs]
 * <baseline root> is a checkout with its dist/ built (a worktree of main with node_modules linked, `npm run build`).
 * Each run builds once in a fresh process (`routing-build.js <groups> 1 --digest`, --expose-gc), the baseline first;
 * prints each run, the medians of wall and CPU ms, the load average before and after, and whether every digest is
 * the same (a faster build must build the same router).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { projectRoot } from "../src/paths";

interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly heap: string;
  readonly digest: string;
}

const load = () => os.loadavg().map((x) => x.toFixed(1)).join(" ");

function run(root: string, groups: number): Run {
  const script = path.join(root, "dist", "bench", "routing-build.js");
  const r = spawnSync(process.execPath, ["--expose-gc", script, String(groups), "1", "--digest"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${script}: ${r.stderr}`);
  const figures = /build (\d+) ms wall, (\d+) ms CPU.*heap after (\d+ MB)/.exec(r.stdout);
  const digest = /^digest (\S+)/m.exec(r.stdout);
  if (!figures || !digest) throw new Error(`${script}: unexpected output\n${r.stdout}`);
  return { wall: Number(figures[1]), cpu: Number(figures[2]), heap: figures[3]!, digest: digest[1]! };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function main(): void {
  const [baseline, groupsArg, runsArg] = process.argv.slice(2);
  if (!baseline || !fs.existsSync(path.join(baseline, "dist", "bench", "routing-build.js"))) {
    console.error("usage: node dist/bench/routing-build-ab.js <baseline root with dist/ built> [groups] [runs]");
    process.exitCode = 2;
    return;
  }
  const groups = Number(groupsArg ?? 10_000);
  const runs = Number(runsArg ?? 3);
  const sides = [
    { label: "baseline", root: path.resolve(baseline), runs: [] as Run[] },
    { label: "this", root: projectRoot(), runs: [] as Run[] },
  ];
  console.log(`index build of ${groups.toLocaleString("en")} groups, ${runs} runs each, alternating (load ${load()}; ${new Date().toISOString().slice(0, 16)})`);
  for (let i = 0; i < runs; i++)
    for (const side of sides) {
      const r = run(side.root, groups);
      side.runs.push(r);
      console.log(`${side.label.padEnd(9)} run ${i + 1}: ${r.wall} ms wall, ${r.cpu} ms CPU, heap after ${r.heap} (load ${load()})`);
    }
  for (const side of sides) {
    const walls = side.runs.map((r) => r.wall);
    console.log(`${side.label.padEnd(9)} median ${median(walls)} ms wall (${Math.min(...walls)}–${Math.max(...walls)}), ${median(side.runs.map((r) => r.cpu))} ms CPU — ${side.root}`);
  }
  const digests = new Set(sides.flatMap((s) => s.runs.map((r) => r.digest)));
  console.log(digests.size === 1 ? `digest ${[...digests][0]} in every run` : `DIGESTS DIFFER: ${[...digests].join(", ")}`);
}

main();

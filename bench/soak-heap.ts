/*
 * What holds the memory of a loaded bot (issue #19, goal 5): the bot as `npm start` runs it, with
 * --heapsnapshot-signal, a heap snapshot after the warm-up and one after a soak load (bench/soak-load.ts),
 * each summarised by constructor (self size, count) with bench/heap-summary.ts. Not timed: run it niced.
 *   node dist/bench/soak-heap.js [--questions 3000 --approvals 300 --out /tmp/heap]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startFakeConnector } from "../tests/support/fake-connector";
import { startBot, type Child } from "./soak-start";
import { approvals, questions, warmUp } from "./soak-load";
import { outboxDrained, rssMb, sleep } from "./soak-support";
import { summarise } from "./heap-summary";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

/** SIGUSR2 makes the bot write Heap.<date>.<pid>.<n>.heapsnapshot into its cwd; waits for it. */
async function snapshot(bot: Child, dir: string, label: string): Promise<string> {
  const before = new Set(fs.readdirSync(dir));
  bot.proc.kill("SIGUSR2");
  for (;;) {
    await sleep(500);
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    if (!file) continue;
    const full = path.join(dir, file);
    const size = fs.statSync(full).size;
    await sleep(3_000);
    if (fs.statSync(full).size !== size) continue;
    const named = path.join(dir, `${label}.heapsnapshot`);
    fs.renameSync(full, named);
    return named;
  }
}

async function main() {
  const out = arg("out", fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-heap-")));
  fs.mkdirSync(out, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-heap-data-"));
  const connector = await startFakeConnector();
  process.chdir(out);
  const logger = process.env.SOAK_HEAP_REQUIRE ? ` --require ${process.env.SOAK_HEAP_REQUIRE}` : "";
  let bot = await startBot(dataDir, { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2${logger}` });
  const me = () => bot;
  await warmUp(dataDir, me, connector);
  await outboxDrained(dataDir);
  await sleep(3_000);
  console.log(`fresh: RSS ${rssMb(bot.proc.pid!).toFixed(0)} MB`);
  // Writing a heap snapshot itself grows the process's native memory for good (~300 MB here): with
  // --snapshots 0 none is taken, and RSS alone is compared (with --require of a memory logger).
  const take = arg("snapshots", "1") !== "0";
  const fresh = take ? await snapshot(bot, out, "fresh") : undefined;
  const nq = Number(arg("questions", "3000"));
  const na = Number(arg("approvals", "300"));
  const t0 = performance.now();
  const far = Date.now() + 3_600_000;
  await Promise.all([questions(me, connector, nq, far, 8), approvals(dataDir, me, connector, na, far)]);
  console.log(`loaded ${nq} questions, ${na} approvals in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await outboxDrained(dataDir);
  await sleep(3_000);
  console.log(`loaded: RSS ${rssMb(bot.proc.pid!).toFixed(0)} MB`);
  const loaded = take ? await snapshot(bot, out, "loaded") : undefined;
  await sleep(5_000);
  bot.proc.kill("SIGTERM");
  await connector.close();
  for (const f of [fresh, loaded]) {
    if (!f) continue;
    console.log(`\n${path.basename(f)}`);
    for (const line of summarise(f, 25)) console.log(line);
  }
  void bot;
  bot = undefined as never;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

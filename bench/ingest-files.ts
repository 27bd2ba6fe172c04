import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog, type MandateSource } from "../src/catalog/catalog";
import { sampleOverrides } from "../src/catalog/ingest";
import { prepareMandate } from "../src/catalog/prepare";
import { documentWorker } from "../src/catalog/readers/read-mandate";
import { fixedClock } from "../src/domain/clock";
import { samplesDir } from "../src/paths";
import { mandateDocx, mandatePdf } from "../tests/support/mandate-files";

/**
 * PDF and Word in bench:ingest: the five samples as text, as PDF and as Word, each read (prepareMandate:
 * detect, read in the worker, parse) and built into the catalog, median of `rounds`; the text files are
 * the baseline of the same run. Pages per second over synthetic PDF mandates with a warm worker, and the
 * worker's cold start (first PDF: thread + pdfjs load) apart.
 */

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

interface Row {
  readonly name: string;
  readonly docs: number;
  readonly pages: number;
  readonly read: number;
  readonly build: number;
}

async function readAndBuild(files: { fileName: string; bytes: Uint8Array }[]): Promise<{ read: number; build: number; pages: number }> {
  const t0 = process.hrtime.bigint();
  const sources: MandateSource[] = [];
  let pages = 0;
  for (const f of files) {
    const p = await prepareMandate(f);
    if (!p.ok) throw new Error(`${f.fileName}: ${p.code} ${p.message}`);
    pages += p.pages ?? 0;
    sources.push({ fileName: f.fileName, text: p.text, notes: p.notes });
  }
  const read = ms(t0);
  const t1 = process.hrtime.bigint();
  const built = buildCatalog(sources, sampleOverrides(), { clock: fixedClock(new Date("2026-11-23T12:00:00Z")) });
  if (built.rejected.length) throw new Error(`rejected ${built.rejected[0]!.fileName}`);
  return { read, build: ms(t1), pages };
}

async function measure(name: string, files: { fileName: string; bytes: Uint8Array }[], rounds: number): Promise<Row> {
  const reads: number[] = [];
  const builds: number[] = [];
  let pages = 0;
  for (let r = 0; r < rounds; r++) {
    const x = await readAndBuild(files);
    reads.push(x.read);
    builds.push(x.build);
    pages = x.pages;
  }
  return { name, docs: files.length, pages, read: median(reads), build: median(builds) };
}

export async function filesBench(o: { rounds: number; pdfs: number; synthetic: (i: number) => MandateSource }): Promise<void> {
  const dir = path.join(samplesDir(), "mandates");
  const names = fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  const texts = names.map((n) => ({ n, text: fs.readFileSync(path.join(dir, n), "utf8") }));
  const layout = { header: "Uppdragsbeskrivning", address: "Regionens Hus, 462 80 Vänersborg · 010-441 00 00" };
  const asText = texts.map(({ n, text }) => ({ fileName: n, bytes: Buffer.from(text) }));
  const asPdf = await Promise.all(texts.map(async ({ n, text }) => ({ fileName: n.replace(/\.txt$/, ".pdf"), bytes: await mandatePdf(text, layout) })));
  const asDocx = await Promise.all(texts.map(async ({ n, text }) => ({ fileName: n.replace(/\.txt$/, ".docx"), bytes: await mandateDocx(text, layout) })));
  const synthetic = await Promise.all(
    Array.from({ length: o.pdfs }, async (_, i) => {
      const m = o.synthetic(i);
      return { fileName: `synthetic-${i}.pdf`, bytes: await mandatePdf(String(m.text).replace(/\r\n/g, "\n"), layout) };
    }),
  );

  // the worker's first file pays for the thread and for loading pdfjs
  await documentWorker().close();
  const t0 = process.hrtime.bigint();
  await prepareMandate(asPdf[0]!);
  const cold = ms(t0);
  await prepareMandate(asDocx[0]!);

  const rows = [
    await measure("5 samples as text", asText, o.rounds),
    await measure("5 samples as PDF", asPdf, o.rounds),
    await measure("5 samples as Word", asDocx, o.rounds),
    await measure(`${o.pdfs} synthetic as PDF`, synthetic, Math.max(1, Math.floor(o.rounds / 2))),
  ];
  const base = rows[0]!.read + rows[0]!.build;
  console.log(`\nbench:ingest (files) — median of ${o.rounds} rounds, node ${process.version}; worker cold start (first PDF, thread + pdfjs): ${cold.toFixed(0)} ms`);
  console.log(`${"input".padEnd(24)} ${"docs".padStart(5)} ${"pages".padStart(6)} ${"read ms".padStart(9)} ${"build ms".padStart(9)} ${"total ms".padStart(9)} ${"pages/s".padStart(8)} ${"× text".padStart(7)}`);
  for (const r of rows) {
    const total = r.read + r.build;
    const pps = r.pages > 0 ? (r.pages / (r.read / 1000)).toFixed(0) : "–";
    console.log(
      `${r.name.padEnd(24)} ${String(r.docs).padStart(5)} ${String(r.pages || "–").padStart(6)} ${r.read.toFixed(1).padStart(9)} ${r.build.toFixed(1).padStart(9)} ${total.toFixed(1).padStart(9)} ${pps.padStart(8)} ${(total / base).toFixed(1).padStart(7)}`,
    );
  }
  console.log("read = detect + read (worker for PDF/Word) + parse, per file in turn; build = buildCatalog; pages/s = PDF pages / read time (warm worker); × text = total against the text files of this run");
  await documentWorker().close();
}

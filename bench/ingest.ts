/*
 * Mandate ingest: time to parse the five sample documents and 1,000 synthetic mandates into a catalog
 * (parse + extract + build with overrides), against a baseline measured in the same run: splitting the
 * same texts into lines and testing each line against one heading regex (the floor any parser pays).
 * Then the same five samples as PDF and as Word (made with the test layout: reflowed, hyphenated,
 * headers and footers), read in the document worker and built, against the text files in the same run,
 * and pages per second over synthetic PDF mandates.
 *   npm run bench:ingest [-- --synthetic 1000 --rounds 5 --pdfs 40]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog, type MandateSource } from "../src/catalog/catalog";
import { sampleOverrides } from "../src/catalog/ingest";
import { parseDocument } from "../src/catalog/parser";
import { fixedClock } from "../src/domain/clock";
import { samplesDir } from "../src/paths";
import { filesBench } from "./ingest-files";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

const AREAS = ["ortopedi", "urologi", "kardiologi", "psykiatri", "onkologi", "barnmedicin", "geriatrik", "infektion", "neurologi", "reumatologi"];
const ORGS = [
  { words: "Västra Götalandsregionen (VGR)", commissioner: "Koncernledning hälso- och sjukvård" },
  { words: "Sjukvårdsregion Mellansverige", commissioner: "Samverkansnämndens ledningsgrupp" },
  { words: "Region Västmanland och kommunerna i Västmanland", commissioner: "Chefsforum" },
];

/** A synthetic mandate in the shape of the samples: headings, bullets, broken lines, a footer. */
export function syntheticMandate(i: number): MandateSource {
  const area = `${AREAS[i % AREAS.length]} ${Math.floor(i / AREAS.length)}`;
  const org = ORGS[i % ORGS.length]!;
  const duties = Array.from({ length: 4 + (i % 9) }, (_, k) => `• Samordna och följa upp arbete nummer ${k + 1} inom ${area} i hela\n${org.words} så att\nkapaciteten används väl.`).join("\n\n");
  const crlf = i % 4 === 0;
  const text = [
    `**Uppdragshandling för samordningsgrupp ${area}**`,
    "",
    `Datum 2026-0${1 + (i % 9)}-1${i % 10}`,
    `Diarienummer RS 2026-${String(10000 + i).slice(1)}`,
    "",
    `**Uppdragsgivare:** ${org.commissioner}`,
    "",
    "### Syfte med uppdraget",
    `Gruppen ska bidra till en god och jämlik vård inom ${area} i ${org.words}.`,
    "",
    "Uppdrag",
    "Gruppen ska:",
    duties,
    "",
    "Arbetsorganisation",
    `Ordförande: Utses av ${org.commissioner} efter förslag från förvaltningscheferna.`,
    "Deltagare: En representant per region utsedd av respektive förvaltningschef.",
    `Mötesfrekvens: ${2 + (i % 4)} – ${6 + (i % 5)} ggr/år`,
    "",
    "Rapportering",
    `En skriftlig årlig verksamhetsberättelse ska sammanställas till ${org.commissioner} senast 28 februari.`,
    "",
    "---",
    "Telefon:",
    "010-441 00 00",
    "E-post:",
    `kansli${i}@example.se`,
    "",
    `Denna uppdragshandling gäller som längst till och med 20${28 + (i % 3)}-12-31.`,
  ].join("\n");
  return { fileName: `synthetic-${i}.txt`, text: crlf ? text.replace(/\n/g, "\r\n") : text };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main() {
  const n = arg("synthetic", 1000);
  const rounds = arg("rounds", 5);
  const dir = path.join(samplesDir(), "mandates");
  const samples: MandateSource[] = fs.readdirSync(dir).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));
  const synthetic = Array.from({ length: n }, (_, i) => syntheticMandate(i));
  const overrides = sampleOverrides();
  const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));
  const heading = /^\s*(\*\*|#+\s*)?(Uppdragsgivare|Syfte|Uppdrag|Deltagare|Mötesfrekvens|Rapportering)/i;
  const baseline = (docs: MandateSource[]) => {
    let hits = 0;
    for (const d of docs) for (const l of String(d.text).split(/\r?\n/)) if (heading.test(l)) hits++;
    return hits;
  };
  const bytes = (docs: MandateSource[]) => docs.reduce((s, d) => s + Buffer.byteLength(String(d.text)), 0);

  // warm-up
  buildCatalog(samples, overrides, { clock });
  buildCatalog(synthetic.slice(0, 50), [], { clock });

  const rows: { name: string; docs: number; kb: number; parse: number; build: number; base: number; entries: number }[] = [];
  for (const [name, docs, ov] of [
    ["5 sample mandates", samples, overrides],
    [`${n} synthetic mandates`, synthetic, []],
  ] as const) {
    const parseMs: number[] = [];
    const buildMs: number[] = [];
    const baseMs: number[] = [];
    let entries = 0;
    for (let r = 0; r < rounds; r++) {
      parseMs.push(time(() => docs.map((d) => parseDocument(d.text, d.fileName))).ms);
      const b = time(() => buildCatalog(docs, ov, { clock }));
      buildMs.push(b.ms);
      entries = b.value.catalog.entries.length;
      if (b.value.rejected.length) throw new Error(`rejected: ${JSON.stringify(b.value.rejected[0])}`);
      baseMs.push(time(() => baseline([...docs])).ms);
    }
    rows.push({ name, docs: docs.length, kb: bytes([...docs]) / 1024, parse: median(parseMs), build: median(buildMs), base: median(baseMs), entries });
  }
  console.log(`bench:ingest — median of ${rounds} rounds, node ${process.version}`);
  console.log(`${"input".padEnd(26)} ${"docs".padStart(5)} ${"KiB".padStart(7)} ${"parse ms".padStart(9)} ${"build ms".padStart(9)} ${"per doc".padStart(9)} ${"baseline ms".padStart(12)} ${"entries".padStart(8)}`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(26)} ${String(r.docs).padStart(5)} ${r.kb.toFixed(0).padStart(7)} ${r.parse.toFixed(1).padStart(9)} ${r.build.toFixed(1).padStart(9)} ${(r.build / r.docs).toFixed(3).padStart(9)} ${r.base.toFixed(2).padStart(12)} ${String(r.entries).padStart(8)}`,
    );
  console.log("parse = parseDocument only; build = parse + extract + overrides + referenced bodies + quality (buildCatalog); baseline = line split + one heading regex per line");
}

main();
void filesBench({ rounds: arg("rounds", 5), pdfs: arg("pdfs", 40), synthetic: syntheticMandate }).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog, type MandateSource } from "../../../src/catalog/catalog";
import { sampleOverrides } from "../../../src/catalog/ingest";
import { documentWorker, readMandate } from "../../../src/catalog/readers/read-mandate";
import type { Catalog } from "../../../src/catalog/schema";
import { fixedClock } from "../../../src/domain/clock";
import { mandateDocx, mandatePdf, type FileLayout } from "../../support/mandate-files";
import { keyFacts } from "./key-facts";

/**
 * The five sample mandates made into PDF and Word files (reflowed, hyphenated, with page headers and
 * footers, bullets over two lines, label tables in Word) give the same catalog as the text files:
 * groups, kinds, commissioner, chair, members, meeting frequency, reporting, validity and boundaries.
 */

const dir = path.join(__dirname, "../../../samples/mandates");
const names = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));

/** VGR's documents carry the region's address in the footer, the others only a header. */
const layoutOf = (name: string): FileLayout =>
  name.startsWith("003") || name.startsWith("004")
    ? { header: "Västra Götalandsregionen · Uppdragshandling", address: "Regionens Hus, 462 80 Vänersborg · Telefon 010-441 00 00 · regionstyrelsen@vgregion.se" }
    : { header: "Uppdragsbeskrivning · Samverkan i hälso- och sjukvård" };

const factsOf = (c: Catalog) => Object.fromEntries(c.entries.filter((e) => e.entryType !== "referenced").map((e) => [e.id, keyFacts(e)]));

async function catalogFrom(make: (text: string, layout: FileLayout) => Promise<Uint8Array>, ext: string, variant: Partial<FileLayout> = {}) {
  const sources: MandateSource[] = [];
  for (const n of names) {
    const bytes = await make(fs.readFileSync(path.join(dir, n), "utf8"), { ...layoutOf(n), ...variant });
    const r = await readMandate(bytes);
    if (!r.ok) throw new Error(`${n}: ${r.code} ${r.message}`);
    sources.push({ fileName: n.replace(/\.txt$/, ext), text: r.text, notes: r.notes });
  }
  return buildCatalog(sources, sampleOverrides(), { clock, timeZone: "Europe/Stockholm" });
}

describe("the same catalog from text, PDF and Word", () => {
  const fromText = buildCatalog(
    names.map((n) => ({ fileName: n, text: fs.readFileSync(path.join(dir, n)) })),
    sampleOverrides(),
    { clock, timeZone: "Europe/Stockholm" },
  );
  afterAll(() => documentWorker().close());

  for (const [label, make, ext] of [
    ["PDF", mandatePdf, ".pdf"],
    ["Word", mandateDocx, ".docx"],
  ] as const) {
    it(`${label}: the same groups and key facts as the text files`, async () => {
      const built = await catalogFrom(make, ext);
      expect(built.rejected).toEqual([]);
      const text = factsOf(fromText.catalog);
      const other = factsOf(built.catalog);
      expect(Object.keys(other).sort()).toEqual(Object.keys(text).sort());
      for (const id of Object.keys(text)) expect(other[id]).toEqual(text[id]);
      // referenced bodies: the same names
      const refs = (c: Catalog) => c.entries.filter((e) => e.entryType === "referenced").map((e) => e.id).sort();
      expect(refs(built.catalog)).toEqual(refs(fromText.catalog));
    });
  }

  // other fonts and margins put the line breaks, hyphens and page breaks elsewhere
  for (const variant of [
    { fontSize: 9, extraMargin: 90 },
    { fontSize: 12, extraMargin: 0 },
    { fontSize: 11, extraMargin: 40 },
  ])
    it(`PDF at ${variant.fontSize} pt, ${variant.extraMargin} pt narrower: the same key facts`, async () => {
      const built = await catalogFrom(mandatePdf, ".pdf", variant);
      expect(factsOf(built.catalog)).toEqual(factsOf(fromText.catalog));
    });

  it("PDF: extraction notes join the quality report; the address footer is left out and nothing personal is stored", async () => {
    const built = await catalogFrom(mandatePdf, ".pdf");
    const q = built.catalog.quality.find((r) => r.documentId.startsWith("004"))!;
    expect(q.issues.filter((i) => i.code === "EXTRACTION").map((i) => i.params?.what)).toContain("headerFooter");
    const json = JSON.stringify(built.catalog);
    expect(json).not.toMatch(/@vgregion\.se|010-441|Vänersborg/);
  });
});

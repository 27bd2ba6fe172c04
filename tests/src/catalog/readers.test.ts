import * as docx from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { detectFormat, zipEntryNames } from "../../../src/catalog/readers/detect";
import { docxHtmlToText } from "../../../src/catalog/readers/docx-text";
import { layoutPdf } from "../../../src/catalog/readers/pdf-layout";
import { documentWorker, MAX_FILE_BYTES, readMandate } from "../../../src/catalog/readers/read-mandate";
import { DocumentWorker, type RawPdfPage } from "../../../src/catalog/readers/worker-host";
import { prepareMandate } from "../../../src/catalog/prepare";
import { encryptedPdf, mandateDocx, mandatePdf, scannedPdf } from "../../support/mandate-files";

const MANDATE = [
  "Uppdragsbeskrivning för Testgruppen",
  "",
  "Uppdragsgivare",
  "Chefsforum i Västmanland",
  "",
  "Uppdrag",
  "• Bereda frågor om samverkan mellan kommunerna och regionen i hela länet så att arbetet blir väl förankrat.",
  "• Följa upp beslut.",
].join("\n");

afterAll(() => documentWorker().close());

describe("file formats are told by content", () => {
  it("PDF, Word and text by their first bytes, whatever the name says", async () => {
    expect(detectFormat(await mandatePdf(MANDATE, { header: "x" }))).toEqual({ ok: true, format: "pdf" });
    expect(detectFormat(Buffer.concat([Buffer.from("junk\n"), Buffer.from(await mandatePdf(MANDATE, { header: "x" }))]))).toEqual({ ok: true, format: "pdf" });
    const word = await mandateDocx(MANDATE, { header: "x" });
    expect(detectFormat(word)).toEqual({ ok: true, format: "docx" });
    expect(zipEntryNames(word)).toContain("word/document.xml");
    expect(detectFormat(Buffer.from(MANDATE))).toEqual({ ok: true, format: "text" });
  });

  it("refuses old Word, encrypted Word, images and other Office files with a reason", () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(detectFormat(ole)).toMatchObject({ ok: false, code: "LEGACY_WORD" });
    const encrypted = Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le")]);
    expect(detectFormat(encrypted)).toMatchObject({ ok: false, code: "ENCRYPTED" });
    expect(detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toMatchObject({ ok: false, code: "UNSUPPORTED_FORMAT", what: "PNG image" });
  });
});

describe("reading bad files ends in a clear refusal, never a crash", () => {
  it("encrypted, scanned, corrupt, truncated and oversized files", async () => {
    expect(await readMandate(encryptedPdf())).toMatchObject({ ok: false, code: "ENCRYPTED" });
    expect(await readMandate(await scannedPdf())).toMatchObject({ ok: false, code: "NO_TEXT" });
    expect(await readMandate(Buffer.from("%PDF-1.7\nthis is not a pdf at all"))).toMatchObject({ ok: false, code: "CORRUPT" });
    const pdf = await mandatePdf(MANDATE, { header: "x" });
    expect(await readMandate(pdf.subarray(0, Math.floor(pdf.length / 3)))).toMatchObject({ ok: false });
    const word = await mandateDocx(MANDATE, { header: "x" });
    const broken = Buffer.from(word);
    broken.fill(0x41, 200, broken.length - 200);
    expect(await readMandate(broken)).toMatchObject({ ok: false });
    expect(await readMandate(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, code: "TOO_LARGE" });
    // and the reader still works afterwards
    expect(await readMandate(pdf)).toMatchObject({ ok: true, format: "pdf" });
  });

  it("a file that takes too long is stopped and the next one is read by a fresh worker", async () => {
    const slow = new DocumentWorker({ timeoutMs: 1, heapMb: 128, maxPages: 200, maxChars: 1_000_000, idleMs: 1000 });
    try {
      const pdf = await mandatePdf(MANDATE, { header: "x" });
      expect(await readMandate(pdf, slow)).toMatchObject({ ok: false, code: "TIMEOUT" });
    } finally {
      await slow.close();
    }
    const fine = new DocumentWorker({ timeoutMs: 30_000, heapMb: 128, maxPages: 1, maxChars: 1_000_000, idleMs: 1000 });
    try {
      const two = await mandatePdf(`${MANDATE}\n${"\n• Ytterligare en punkt som fyller sidan.".repeat(80)}`, { header: "x" });
      expect(await readMandate(two, fine)).toMatchObject({ ok: false, code: "TOO_MANY_PAGES" });
      expect(await readMandate(await mandatePdf(MANDATE, { header: "x" }), fine)).toMatchObject({ ok: true });
    } finally {
      await fine.close();
    }
  });

  it("a Word file that unpacks to far more than it weighs is refused before it is opened", async () => {
    const word = Buffer.from(await mandateDocx(MANDATE, { header: "x" }));
    // declare 300 MB for every entry in the central directory
    for (let i = word.length - 22; i >= 0; i--)
      if (word.readUInt32LE(i) === 0x02014b50) word.writeUInt32LE(300_000_000, i + 24);
    expect(await readMandate(word)).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });

  it("parses what it reads: a PDF that is not a mandate is refused like a text file", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText("Veckans lunch: måndag fisk, tisdag soppa, onsdag pasta med svamp.", { x: 50, y: 700, size: 11, font });
    expect(await prepareMandate({ fileName: "lunch.pdf", bytes: await pdf.save() })).toMatchObject({ ok: false, code: "NOT_A_MANDATE" });
  });
});

describe("personnummer never reach the stored text", () => {
  it("a personnummer in a Word or PDF mandate or in its file name is replaced, and noted", async () => {
    const text = MANDATE.replace("• Följa upp beslut.", "• Följa upp beslut. Kontakt: Anna Andersson 19121212-1212.");
    for (const bytes of [await mandateDocx(text, { header: "x" }), await mandatePdf(text, { header: "x" })]) {
      const p = await prepareMandate({ fileName: "uppdrag 121212-1212.docx", bytes });
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      expect(p.text).not.toMatch(/1212/);
      expect(p.text).toContain("[personnummer]");
      expect(p.fileName).not.toMatch(/1212/);
      expect(JSON.stringify(p.doc)).not.toMatch(/121212/);
      expect(p.doc.notes.some((n) => n.code === "PERSONAL_DATA_REMOVED" && n.params?.what === "personnummer")).toBe(true);
    }
  });
});

describe("PDF layout from positions", () => {
  const page = (items: [string, number, number][], size = 10): RawPdfPage => ({ width: 595, height: 842, items: items.map(([s, x, y]) => [s, x, y, s.length * size * 0.5, size]) });

  it("joins wrapped lines and hyphenated words, keeps bullets and dashes that belong to the sentence", () => {
    const right = 72 + 90 * 5;
    const p = page([
      ["Uppdrag", 72, 760],
      ["Gruppen ska följa upp verksamheten och samordna arbetet i hela regionen så att verksam-", 72, 740],
      ["heten blir jämlik och hälso-", 72, 727],
      ["och sjukvården god.", 72, 714],
      ["•", 82, 690],
      ["Bereda ärenden om vårdens kvalitet och patientsäkerhet i samtliga förvaltningar inom", 95, 690],
      ["regionen.", 95, 677],
      ["•", 82, 664],
      ["Samordna.", 95, 664],
    ]);
    // the first body line reaches the right edge
    p.items[1]![3] = right - 72;
    p.items[5]![3] = right - 95;
    const { text } = layoutPdf([p]);
    expect(text.split("\n")).toEqual([
      "Uppdrag",
      "",
      "Gruppen ska följa upp verksamheten och samordna arbetet i hela regionen så att verksamheten blir jämlik och hälso-",
      "och sjukvården god.",
      "",
      "• Bereda ärenden om vårdens kvalitet och patientsäkerhet i samtliga förvaltningar inom regionen.",
      "• Samordna.",
    ]);
  });

  it("drops headers and footers that repeat on the pages and page numbers, and notes pages without text", () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        n === 3
          ? []
          : [
              ["Region Testland · Uppdragsbeskrivning", 72, 800],
              [`Text på sida ${n}.`, 72, 700],
              [`Sida ${n} av 3`, 480, 40],
            ],
      ),
    );
    const r = layoutPdf(pages);
    expect(r.text).toBe("Text på sida 1.\nText på sida 2.");
    expect(r.pagesWithoutText).toEqual([3]);
    expect(r.droppedRepeats).toEqual(expect.arrayContaining(["Region Testland · Uppdragsbeskrivning", "Sida 1 av 3"]));
  });
});

describe("Word layout from mammoth's HTML", () => {
  it("headings, paragraphs, nested lists, label tables, line breaks and soft hyphens", () => {
    const html =
      "<h1>Uppdragsbeskrivning för Testgruppen</h1><p>Gruppen ska<br />samordna.</p><ul><li>Bereda frågor<ul><li>om vård</li></ul></li><li><p>Följa upp verk\u00ADsamheten</p></li></ul>" +
      "<ol><li>Ett</li><li>Två</li></ol><table><tr><td><p><strong>Ordförande</strong></p></td><td><p>Utses av Chefsforum.</p></td></tr><tr><td><p>Lång text i en cell.</p></td><td><p>Mer.</p></td><td><p>Tre.</p></td></tr></table><p>A &amp; B<sup><a href=\"#footnote-1\" id=\"footnote-ref-1\">[1]</a></sup></p><img src=\"x\" />";
    const r = docxHtmlToText(html);
    expect(r.text.split("\n").filter((l) => l !== "")).toEqual([
      "Uppdragsbeskrivning för Testgruppen",
      "Gruppen ska",
      "samordna.",
      "• Bereda frågor",
      "- om vård",
      "• Följa upp verksamheten",
      "1. Ett",
      "2. Två",
      "Ordförande: Utses av Chefsforum.",
      "Lång text i en cell.",
      "Mer.",
      "Tre.",
      "A & B",
    ]);
    expect(r).toMatchObject({ tables: 1, images: 1 });
  });

  it("a real Word file: headers and footers are not part of the text", async () => {
    const doc = new docx.Document({
      sections: [
        {
          headers: { default: new docx.Header({ children: [new docx.Paragraph("HEMLIGT SIDHUVUD")] }) },
          footers: { default: new docx.Footer({ children: [new docx.Paragraph("Sidfot 010-441 00 00")] }) },
          children: [new docx.Paragraph({ text: "Uppdrag", heading: docx.HeadingLevel.HEADING_1 }), new docx.Paragraph("Bereda frågor om samverkan.")],
        },
      ],
    });
    const r = await readMandate(new Uint8Array(await docx.Packer.toBuffer(doc)));
    expect(r).toMatchObject({ ok: true, format: "docx" });
    if (!r.ok) return;
    expect(r.text).toBe("Uppdrag\n\nBereda frågor om samverkan.");
    // noted, by count only (a footer holds addresses and names)
    expect(r.notes).toEqual([expect.objectContaining({ code: "EXTRACTION", params: { what: "wordHeaderFooter", count: 2 } })]);
    expect(JSON.stringify(r.notes)).not.toMatch(/HEMLIGT|010-441/);
  });
});

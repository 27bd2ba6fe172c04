import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../../../src/catalog/catalog";
import { parseDocument } from "../../../src/catalog/parser";
import { fixedClock } from "../../../src/domain/clock";
import { scrubPersonalData } from "../../../src/catalog/text";

const dir = path.join(__dirname, "../../../samples/mandates");
const sample = (n: string) => fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(n))!), "utf8");
const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));
const parse = (text: string | Uint8Array) => parseDocument(text, "x.txt");

describe("parser robustness", () => {
  it("gives the same sections and clauses for CRLF and LF", () => {
    const lf = parse(sample("000"));
    const crlf = parse(sample("000").replace(/\n/g, "\r\n"));
    expect(lf.ok && crlf.ok).toBe(true);
    if (!lf.ok || !crlf.ok) return;
    expect(crlf.doc.sections).toEqual(lf.doc.sections);
  });

  it("tolerates extra whitespace, tabs and replacement characters", () => {
    const messy = sample("001")
      .split("\n")
      .map((l) => `  \t${l.replace(/ /g, "  ")}\uFFFD  `)
      .join("\n");
    const r = parse(messy);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const keys = r.doc.sections.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(["commissioner", "duties", "place", "purpose", "composition", "costs", "plan", "reporting", "evaluation"]));
    const duties = r.doc.sections.find((s) => s.key === "duties")!;
    expect(duties.clauses[0]!.text).toMatch(/^Ledningsgruppen leder och styr samverkansnämndens operativa organisering/);
  });

  it("a mandate with sections missing is accepted and the gaps are reported, not guessed", () => {
    const text = "Uppdragsbeskrivning för Testgruppen\n\nUppdragsgivare\nChefsforum i Västmanland\n\nUppdrag\n• Bereda frågor.\n";
    const { catalog, rejected } = buildCatalog([{ fileName: "t.txt", text }], [], { clock });
    expect(rejected).toEqual([]);
    const e = catalog.entries.find((x) => x.name === "Testgruppen")!;
    expect(e.organizationId).toBe("vastmanland");
    expect(e.commissioner?.targetId).toBe("vastmanland:chefsforum");
    expect(e.meetingFrequency).toBeUndefined();
    expect(e.chair).toBeUndefined();
    const fields = catalog.quality[0]!.issues.filter((i) => i.code === "MISSING_FIELD").map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["purpose", "composition", "chair", "meetingFrequency", "reporting", "validity.decidedDate"]));
  });

  it("joins words broken across lines and knows the bullet forms", () => {
    const text = "Uppdrag\nGruppen ska följa upp verksam-\nheten och hälso-\noch sjukvården i\n\nregionen.\n1. Bereda ärenden.\n2) Samordna arbetet.\na) Följa upp.\n Sammanfatta läget.\n\nSyfte\nGod vård.\n";
    const r = parse(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const duties = r.doc.sections.find((s) => s.key === "duties")!.clauses;
    expect(duties.map((c) => c.text)).toEqual([
      "Gruppen ska följa upp verksamheten och hälso- och sjukvården i regionen.",
      "Bereda ärenden.",
      "Samordna arbetet.",
      "Följa upp.",
      "Sammanfatta läget.",
    ]);
    expect(duties[0]).toMatchObject({ lineStart: 2, lineEnd: 6 });
  });

  it("a heading-like line the parser does not know is flagged with its line, not folded into the previous section", () => {
    const text = [
      "Uppdragsbeskrivning för Testgruppen", // 1
      "", // 2
      "Uppdrag", // 3
      "Gruppen ska", // 4
      "- bereda ärenden inför beslut", // 5
      "- följa upp fattade beslut", // 6
      "", // 7
      "Tidplan", // 8
      "Arbetet startar i januari 2027 och avslutas i december samma år.", // 9
      "", // 10
      "Bakgrund", // 11
      "Gruppen bildades efter en utredning om samverkan.", // 12
      "", // 13
      "Målgrupp och intressenter:", // 14
      "- verksamhetschefer inom regionen", // 15
      "", // 16
      "Uppdraget fastställs", // 17
      "Anna Andersson", // 18
      "Hälso- och sjukvårdsdirektör", // 19
    ].join("\n");
    const r = parse(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const unknown = r.doc.notes.filter((n) => n.code === "UNKNOWN_HEADING");
    expect(unknown.map((n) => [n.lineStart, n.params?.heading])).toEqual([
      [8, "Tidplan"],
      [14, "Målgrupp och intressenter"],
    ]);
    expect(unknown[0]!.message).toMatch(/line 8 \("Tidplan"\)/);
    // "Bakgrund" is a heading the parser knows (intro); "Gruppen ska" is a lead-in; a signature is no heading
    expect(r.doc.sections.map((s) => s.key)).toEqual(["duties", "unknown", "intro", "unknown", "adoption"]);
    const duties = r.doc.sections.find((s) => s.key === "duties")!.clauses.map((c) => c.text);
    expect(duties).toEqual(["bereda ärenden inför beslut", "följa upp fattade beslut"]);
    const { catalog } = buildCatalog([{ fileName: "t.txt", text }], [], { clock });
    const e = catalog.entries.find((x) => x.name === "Testgruppen")!;
    expect(e.duties.map((d) => d.text)).toEqual(duties);
    expect(e.other.find((c) => c.text.startsWith("Arbetet startar"))?.citation).toMatchObject({ section: "Tidplan", lineStart: 9 });
    expect(catalog.quality[0]!.issues.filter((i) => i.code === "UNKNOWN_HEADING")).toEqual([
      expect.objectContaining({ lineStart: 8, lineEnd: 8, params: { heading: "Tidplan", line: 8 } }),
      expect.objectContaining({ lineStart: 14, params: { heading: "Målgrupp och intressenter", line: 14 } }),
    ]);
  });

  it("flags words glued by text extraction at a lost bullet boundary, not Swedish compounds", () => {
    const text = [
      "Uppdragsbeskrivning för Testgruppen", // 1
      "", // 2
      "Uppdrag", // 3
      "- följa upp beslut om patientsäkerhet för varje patient", // 4
      "- samordna kompetensförsörjning och kompetens inom regionen", // 5
      "- bereda ärenden inom regionenfölja upp beslut från ledningen", // 6
      "", // 7
      "Syfte", // 8
      "God och säker vård i regionen.", // 9
    ].join("\n");
    const { catalog } = buildCatalog([{ fileName: "t.txt", text }], [], { clock });
    const glued = catalog.quality[0]!.issues.filter((i) => i.code === "GLUED_TEXT");
    expect(glued).toEqual([
      expect.objectContaining({ lineStart: 6, lineEnd: 6, params: { word: "regionenfölja", first: "regionen", second: "följa", line: 6, rest: "följa upp beslut från ledningen" } }),
    ]);
    expect(glued[0]!.message).toMatch(/^line 6: "regionenfölja"/);
    // the same text without the glue: nothing flagged
    const clean = buildCatalog([{ fileName: "t.txt", text: text.replace("regionenfölja", "regionen\n- följa") }], [], { clock });
    expect(clean.catalog.quality[0]!.issues.filter((i) => i.code === "GLUED_TEXT")).toEqual([]);
  });

  it("an organisation the document does not name stays unknown; an unknown commissioner becomes a referenced entry", () => {
    const text = "Uppdragsbeskrivning för Nätverket för sårvård\n\nUppdragsgivare\nAnna Berg, områdeschef primärvård\n\nUppdrag\n• Sprida kunskap om sårvård.\n";
    const { catalog } = buildCatalog([{ fileName: "s.txt", text }], [], { clock });
    const e = catalog.entries.find((x) => x.name === "Nätverket för sårvård")!;
    expect(e.organizationId).toBe("unknown");
    expect(catalog.quality[0]!.issues.map((i) => i.code)).toContain("UNKNOWN_ORGANIZATION");
    const boss = catalog.entries.find((x) => x.id === e.commissioner?.targetId)!;
    expect(boss).toMatchObject({ entryType: "referenced", knownOnlyFromReferences: true, name: "Områdeschef primärvård" });
    expect(boss.mentions[0]!.citation).toMatchObject({ lineStart: 4 });
  });

  it("rejects an empty file", () => {
    expect(parse("")).toMatchObject({ ok: false, code: "EMPTY" });
    expect(parse(" \n\r\n\t ")).toMatchObject({ ok: false, code: "EMPTY" });
    expect(parse(new Uint8Array())).toMatchObject({ ok: false, code: "EMPTY" });
  });

  it("rejects binary garbage", () => {
    const bytes = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = x = (x * 1103515245 + 12345) & 0xff;
    expect(parse(bytes)).toMatchObject({ ok: false, code: "BINARY" });
    const noNul = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 1 : 0xff)));
    expect(parse(noNul)).toMatchObject({ ok: false, code: "BINARY" });
  });

  it("rejects a 5 MB file with a clear message", () => {
    const big = sample("000").repeat(Math.ceil(5_000_000 / sample("000").length));
    const r = parse(big);
    expect(r).toMatchObject({ ok: false, code: "TOO_LARGE" });
    if (!r.ok) expect(r.message).toMatch(/5\.\d MB/);
  });

  it("rejects text that is not a mandate", () => {
    expect(parse("Hej!\nHär är menyn för veckan: måndag fisk, tisdag soppa.\n")).toMatchObject({ ok: false, code: "NOT_A_MANDATE" });
  });

  it("a bad document never stops the others", () => {
    const { catalog, rejected } = buildCatalog(
      [
        { fileName: "empty.txt", text: "" },
        { fileName: "001.txt", text: sample("001") },
      ],
      [],
      { clock },
    );
    expect(rejected.map((r) => r.code)).toEqual(["EMPTY"]);
    expect(catalog.entries.some((e) => e.document?.fileName === "001.txt")).toBe(true);
  });

  it("scrubs e-mail addresses and phone numbers but keeps dates and diarienummer", () => {
    const r = scrubPersonalData("Ring 010-441 00 00 eller +46 70 123 45 67, mejla anna.svensson@vgregion.se. Beslut 2026-06-17, RS 2019-03137-40.");
    expect(r.text).not.toMatch(/441|123 45|@/);
    expect(r.text).toContain("2026-06-17");
    expect(r.text).toContain("RS 2019-03137-40");
    expect(r.removed).toBe(3);
  });

  it("flags validity that has expired or ends within six months, relative to the clock", () => {
    const text = (until: string) => `Uppdragsbeskrivning för Testgruppen i VGR\n\nUppdrag\nGruppen ska bereda frågor.\n\nGiltighet\nDenna uppdragshandling gäller som längst till och med ${until}.\n`;
    const codes = (until: string) => buildCatalog([{ fileName: "t.txt", text: text(until) }], [], { clock }).catalog.quality[0]!.issues.map((i) => i.code);
    expect(codes("2026-01-31")).toContain("VALIDITY_EXPIRED");
    expect(codes("2027-03-31")).toContain("VALIDITY_ENDING_SOON");
    expect(codes("2028-12-31")).not.toEqual(expect.arrayContaining(["VALIDITY_EXPIRED"]));
    expect(codes("2028-12-31")).not.toEqual(expect.arrayContaining(["VALIDITY_ENDING_SOON"]));
  });
});

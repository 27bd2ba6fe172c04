import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../../bot/cli/main";
import { documentWorker } from "../../../src/catalog/readers/read-mandate";
import { mandateDocx, mandatePdf, scannedPdf } from "../../support/mandate-files";

const dir = path.join(__dirname, "../../../samples/mandates");
const samples = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err, text: () => out.join("\n") };
}

describe("samverkan ingest | groups | show | quality", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-cli-catalog-"));
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-11-23T12:00:00Z" };
  afterAll(() => documentWorker().close());

  it("ingests the five samples with progress, summary table and quality report", async () => {
    const c = io();
    expect(await runCli(["ingest", ...samples], c.io, env)).toBe(0);
    expect(c.text()).toMatch(/\[1\/5\] 000_3660ef512fbc4f09\.txt: added/);
    expect(c.text()).toMatch(/catalog version 1: \d+ entries/);
    expect(c.text()).toMatch(/PLACEHOLDER\s+placeholder left in the document: "Ansvarsområde: xxx"/);
    expect(c.text()).toMatch(/REVISION_PASSED/);
  });

  it("lists and shows groups, JSON and text", async () => {
    const g = io();
    expect(await runCli(["groups", "--json"], g.io, env)).toBe(0);
    const list = JSON.parse(g.text()) as { id: string; entryType: string }[];
    expect(list.filter((e) => e.entryType !== "referenced")).toHaveLength(5);
    const s = io();
    expect(await runCli(["show", "samverkansgruppen", "i", "Västmanland", "--json"], s.io, env)).toBe(0);
    const rec = JSON.parse(s.text());
    expect(rec.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
    expect(rec.meetingFrequency.citation ?? rec.meetingFrequency.clause.citation).toMatchObject({ lineStart: 96 });
    expect(rec.quality.issues.length).toBeGreaterThan(0);
    const t = io();
    expect(await runCli(["show", "bild- och funktionsmedicin"], t.io, env)).toBe(0);
    expect(t.text()).toMatch(/Uppdragsgivare: Hälso- och sjukvårdsutvecklingsdirektör \[004 Uppdragsgivare r\.15\]/);
    expect(t.text()).not.toMatch(/@/);
  });

  it("quality --json prints the report per mandate", async () => {
    const q = io();
    expect(await runCli(["quality", "--json"], q.io, env)).toBe(0);
    expect(JSON.parse(q.text())).toHaveLength(5);
  });

  it("bad files: clear message, non-zero exit, nothing stored harmed", async () => {
    const bad = path.join(dataDir, "bad.bin");
    fs.writeFileSync(bad, Buffer.from([0, 159, 146, 150, 0, 1]));
    const empty = path.join(dataDir, "empty.txt");
    fs.writeFileSync(empty, "");
    const huge = path.join(dataDir, "huge.txt");
    fs.writeFileSync(huge, "Uppdrag\n".padEnd(5 * 1024 * 1024, "x"));
    const menu = path.join(dataDir, "menu.txt");
    fs.writeFileSync(menu, "Veckans lunch\nmåndag: fisk\ntisdag: soppa\n");
    const h = io();
    expect(await runCli(["ingest", huge, menu], h.io, env)).toBe(1);
    expect(h.text()).toMatch(/huge\.txt: REJECTED \(TOO_LARGE\) the file is 5\.2 MB/);
    expect(h.text()).toMatch(/menu\.txt: REJECTED \(NOT_A_MANDATE\)/);
    const c = io();
    expect(await runCli(["ingest", bad, empty, path.join(dataDir, "missing.txt")], c.io, env)).toBe(1);
    expect(c.text()).toMatch(/bad\.bin: REJECTED \(BINARY\)/);
    expect(c.text()).toMatch(/empty\.txt: REJECTED \(EMPTY\)/);
    expect(c.text()).toMatch(/missing\.txt: REJECTED \(UNREADABLE\) no such file/);
    expect(c.err.join("\n")).toMatch(/3 of 3 file\(s\) rejected/);
    const g = io();
    expect(await runCli(["groups", "--json"], g.io, env)).toBe(0);
    expect((JSON.parse(g.text()) as unknown[]).length).toBeGreaterThan(5);
    const s = io();
    expect(await runCli(["show", "kvantfysikgruppen"], s.io, env)).toBe(1);
    expect(s.err.join("\n")).toMatch(/no group matches/);
  });

  it("versions lists stored versions with their diff", async () => {
    const revised = path.join(dataDir, path.basename(samples[4]!));
    fs.writeFileSync(revised, fs.readFileSync(samples[4]!, "utf8").replace("- Koordinator samordningsråd\n", "").replace(/Klinisk ledning ska omhänderta[^\n]*\n/, ""));
    const c = io();
    expect(await runCli(["ingest", revised], c.io, env)).toBe(0);
    expect(c.text()).toMatch(/updated → vgr:samordningsrad-bild-och-funktionsmedicin \(v2\)/);
    expect(c.text()).toMatch(/- boundary: Klinisk ledning/);
    const v = io();
    expect(await runCli(["versions", "004_2638b955369d5668"], v.io, env)).toBe(0);
    expect(v.text()).toMatch(/004_2638b955369d5668 v1 .*superseded/);
    expect(v.text()).toMatch(/004_2638b955369d5668 v2 .*\(current\)/);
  });

  it("ingests PDF and Word: a revised mandate as PDF under another name updates its group's document", async () => {
    const revised = fs.readFileSync(samples[2]!, "utf8").replace("3–4 gånger per termin", "2 gånger per termin");
    const pdf = path.join(dataDir, "Samverkansgrupp Västmanland reviderad.pdf");
    fs.writeFileSync(pdf, await mandatePdf(revised, { header: "Uppdragsbeskrivning" }));
    const word = path.join(dataDir, "kopia.docx");
    fs.writeFileSync(word, await mandateDocx(fs.readFileSync(samples[0]!, "utf8"), { header: "Uppdragsbeskrivning" }));
    const c = io();
    expect(await runCli(["ingest", pdf, word], c.io, env)).toBe(0);
    expect(c.text()).toMatch(/reviderad\.pdf: updated → vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor \(v2, read as PDF\)/);
    expect(c.text()).toMatch(/~ meetings: 3–4\/term → 2\/term/);
    // the same mandate as Word: nothing the catalog holds changes
    expect(c.text()).toMatch(/kopia\.docx: updated → sjukvardsregion-mellansverige:verksamhetschefsgrupp \(v2, read as DOCX\)/);
    expect(c.text()).not.toMatch(/[-+] duty:/);
    const s = io();
    expect(await runCli(["show", "--json", "samverkansgruppen", "i", "Västmanland"], s.io, env)).toBe(0);
    expect(JSON.parse(s.text()).meetingFrequency).toMatchObject({ min: 2, max: 2, per: "term" });
    const bad = path.join(dataDir, "scan.pdf");
    fs.writeFileSync(bad, await scannedPdf());
    const b = io();
    expect(await runCli(["ingest", bad], b.io, env)).toBe(1);
    expect(b.text()).toMatch(/scan\.pdf: REJECTED \(NO_TEXT\) the PDF has no text to read/);
    // a PDF worker's cold start and three ingests: 11 s alone, far more on a loaded machine
  }, 120_000);

  it("groups add --kind --name adds an inheriting instance", async () => {
    const c = io();
    expect(await runCli(["groups", "add", "--kind", "verksamhetschefsgrupper", "--name", "Verksamhetschefsgrupp urologi", "--json"], c.io, env)).toBe(0);
    expect(JSON.parse(c.text()).entry).toMatchObject({ kindId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp" });
    const bad = io();
    expect(await runCli(["groups", "add", "--kind", "chefsforum", "--name", "X"], bad.io, env)).toBe(1);
  });
});

import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../../../src/catalog/catalog";
import { sampleOverrides } from "../../../src/catalog/ingest";
import { QualityIssueSchema, type QualityIssue } from "../../../src/catalog/schema";
import { fixedClock } from "../../../src/domain/clock";
import { messages } from "../../../src/i18n";
import { groupProfileCardData } from "../../../cards/group-profile";

const dir = path.join(__dirname, "../../../samples/mandates");
const docs = fs.readdirSync(dir).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));
const { catalog } = buildCatalog(docs, sampleOverrides(), { clock, timeZone: "Europe/Stockholm" });
const sv = messages("sv");
const en = messages("en");
const all = catalog.quality.flatMap((q) => q.issues);

describe("quality messages by language", () => {
  it("every issue of the sample catalog has a code, params and a message in Swedish and English", () => {
    expect(all.length).toBeGreaterThan(5);
    for (const i of all) {
      expect(QualityIssueSchema.safeParse(i).success).toBe(true);
      expect(i.params).toBeDefined();
      const s = sv.quality[i.code](i);
      const e = en.quality[i.code](i);
      expect(s).toMatch(/\S/);
      expect(e).toMatch(/\S/);
      expect(s).not.toBe(e);
      expect(s).not.toMatch(/undefined|\?"|\bthe\b|\bleft out\b|\bline\b/);
    }
  });

  it("renders from the structured params", () => {
    const q003 = catalog.quality.find((q) => q.documentId.startsWith("003"))!.issues;
    const placeholder = q003.find((i) => i.code === "PLACEHOLDER" && i.lineStart === 10)!;
    expect(sv.quality.PLACEHOLDER(placeholder)).toBe('Platshållare kvar i dokumentet (rad 10): "Ansvarsområde: xxx".');
    expect(en.quality.PLACEHOLDER(placeholder)).toBe('Placeholder left in the document (line 10): "Ansvarsområde: xxx".');
    const glued = q003.find((i) => i.code === "GLUED_TEXT")!;
    expect(sv.quality.GLUED_TEXT(glued)).toMatch(/^"sjukvårdvara" \(rad 30\) ser ut att vara två ord som klistrats ihop/);
    const missing = q003.find((i) => i.code === "MISSING_FIELD" && i.field === "validity.decidedDate")!;
    expect(sv.quality.MISSING_FIELD(missing)).toBe("Uppgift saknas i dokumentet: datum för beslut.");
    const heading: QualityIssue = { code: "UNKNOWN_HEADING", message: "x", lineStart: 8, lineEnd: 8, params: { heading: "Tidplan", line: 8 } };
    expect(sv.quality.UNKNOWN_HEADING(heading)).toMatch(/^Raden "Tidplan" \(rad 8\) ser ut som en rubrik/);
    expect(en.quality.UNKNOWN_HEADING(heading)).toMatch(/^The line "Tidplan" \(line 8\) looks like a heading/);
  });

  it("issues stored before params existed still render (from lines and field)", () => {
    const old: QualityIssue[] = [
      { code: "PLACEHOLDER", message: "placeholder left in the document", lineStart: 3, lineEnd: 3 },
      { code: "MISSING_FIELD", message: "no purpose (syfte)", field: "purpose" },
      { code: "EMPTY_BULLET", message: "empty bullet on line 37", lineStart: 37, lineEnd: 37 },
      { code: "VALIDITY_EXPIRED", message: "the mandate was valid until 2020-01-01" },
    ];
    expect(old.map((i) => sv.quality[i.code](i))).toEqual([
      "Platshållare kvar i dokumentet (rad 3).",
      "Uppgift saknas i dokumentet: syfte.",
      "Tom punkt i en lista (rad 37).",
      "Uppdraget gällde till och med ett passerat datum.",
    ]);
  });

  it("the profile card shows the flags in the user's language; the English message stays for the CLI", () => {
    const tpl = catalog.entries.find((e) => e.id === "vgr:samordningsrad-inom-halso-och-sjukvard")!;
    const issues = catalog.quality.find((q) => q.entryId === tpl.id)!.issues;
    const svFlags = groupProfileCardData(catalog, tpl, sv, { showFlags: true }).flags;
    const enFlags = groupProfileCardData(catalog, tpl, en, { showFlags: true }).flags;
    expect(groupProfileCardData(catalog, tpl, sv, { showFlags: false }).flags).toEqual([]);
    expect(svFlags[0]).toMatch(/^Platshållare kvar i dokumentet/);
    expect(enFlags[0]).toMatch(/^Placeholder left in the document/);
    expect(svFlags.join(" ")).not.toMatch(/placeholder|left in the document/i);
    expect(issues[0]!.message).toMatch(/^placeholder left in the document/);
  });
});

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildCatalog, referencesTo } from "../../../src/catalog/catalog";
import { loadOverrides, parseOverride } from "../../../src/catalog/overrides";
import { sampleOverrides } from "../../../src/catalog/ingest";
import { fixedClock } from "../../../src/domain/clock";

const dir = path.join(__dirname, "../../../samples/mandates");
const docs = fs.readdirSync(dir).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));

describe("override files", () => {
  it("the shipped overrides are valid", () => {
    expect(sampleOverrides().map((o) => o.document)).toHaveLength(4);
  });

  it("an invalid override is a clear error, not a throw", () => {
    expect(parseOverride("{", "x.json")).toMatchObject({ ok: false, code: "INVALID_OVERRIDE" });
    const r = parseOverride(JSON.stringify({ document: "d", validUntil: "soon", colour: "red" }), "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/validUntil|colour/);
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "ovr-"));
    fs.writeFileSync(path.join(d, "a.json"), "[]");
    expect(loadOverrides(d)).toMatchObject({ ok: false, code: "INVALID_OVERRIDE" });
  });

  it("an override may be YAML, checked by the same schema", () => {
    const yaml = ["document: 003_a6053ca706fb750b", "organizationId: vastmanland", "aliases:", "  - Samverkansgruppen", "instances:", "  - name: Exempelgrupp", "note: YAML works too", ""].join("\n");
    const r = parseOverride(yaml, "003.yaml");
    expect(r).toMatchObject({ ok: true, override: { document: "003_a6053ca706fb750b", organizationId: "vastmanland", aliases: ["Samverkansgruppen"], instances: [{ name: "Exempelgrupp", aliases: [] }] } });
    const bad = parseOverride("document: d\nvalidUntil: soon\ncolour: red\n", "x.yml");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/x\.yml: .*(validUntil|colour)/);
    expect(parseOverride("document: [unclosed\n", "x.yaml")).toMatchObject({ ok: false, code: "INVALID_OVERRIDE", message: expect.stringMatching(/not valid YAML/) });
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "ovr-"));
    fs.writeFileSync(path.join(d, "a.json"), JSON.stringify({ document: "a" }));
    fs.writeFileSync(path.join(d, "b.yaml"), "document: b\n");
    fs.writeFileSync(path.join(d, "c.yml"), "document: c\nname: Grupp C\n");
    fs.writeFileSync(path.join(d, "readme.txt"), "not an override");
    const all = loadOverrides(d);
    expect(all.ok && all.overrides.map((o) => o.document)).toEqual(["a", "b", "c"]);
  });

  it("overrides mark their facts; instances of a kind inherit the kind's clauses", () => {
    const overrides = [
      ...sampleOverrides().filter((o) => !o.document.startsWith("000")),
      { document: "000_3660ef512fbc4f09", aliases: [], instances: [{ name: "Verksamhetschefsgrupp ögonsjukvård", aliases: [] }], validUntil: "2027-01-31" },
    ];
    const { catalog } = buildCatalog(docs, overrides, { clock, timeZone: "Europe/Stockholm" });
    const kind = catalog.entries.find((e) => e.id === "sjukvardsregion-mellansverige:verksamhetschefsgrupp")!;
    expect(kind.overriddenFields).toContain("validity.validUntil");
    expect(kind.validity?.validUntil).toBe("2027-01-31");
    expect(kind.validity?.clauses.at(-1)?.citation.origin).toBe("override");
    const q = catalog.quality.find((x) => x.entryId === kind.id)!;
    expect(q.issues.map((i) => i.code)).toContain("VALIDITY_ENDING_SOON");
    const inst = catalog.entries.find((e) => e.name === "Verksamhetschefsgrupp ögonsjukvård")!;
    expect(inst).toMatchObject({ entryType: "group", kindId: kind.id, organizationId: "sjukvardsregion-mellansverige" });
    expect(inst.duties).toHaveLength(kind.duties.length);
    expect(new Set(inst.duties.map((d) => d.citation.origin))).toEqual(new Set(["inherited"]));
    expect(inst.reporting.find((r) => r.dueMonthDay === "02-28")?.clause.citation.origin).toBe("inherited");
  });

  it("an instance whose document states no purpose inherits the kind's purpose, marked inherited", () => {
    const withoutPurpose = docs.map((d) =>
      d.fileName.startsWith("004") ? { ...d, text: Buffer.from(d.text.toString("utf8").replace(/### \*\*Syfte med uppdraget\*\*\n\nSamordningsrådets uppdrag är att[^\n]*\n/, "")) } : d,
    );
    const { catalog } = buildCatalog(withoutPurpose, sampleOverrides(), { clock });
    const kind = catalog.entries.find((e) => e.id === "vgr:samordningsrad-inom-halso-och-sjukvard")!;
    const inst = catalog.entries.find((e) => e.id === "vgr:samordningsrad-bild-och-funktionsmedicin")!;
    expect(inst.kindId).toBe(kind.id);
    expect(kind.purpose.length).toBeGreaterThan(0);
    expect(inst.purpose.map((c) => c.text)).toEqual(kind.purpose.map((c) => c.text));
    expect(new Set(inst.purpose.map((c) => c.citation.origin))).toEqual(new Set(["inherited"]));
    expect(inst.purpose[0]!.citation.documentId).toBe(kind.purpose[0]!.citation.documentId);
    // the document's own gap is still reported
    expect(catalog.quality.find((q) => q.documentId.startsWith("004"))!.issues).toContainEqual(expect.objectContaining({ code: "MISSING_FIELD", field: "purpose" }));
  });

  it("the catalog is a graph: who commissions, appoints and receives reports from whom", () => {
    const { catalog } = buildCatalog(docs, sampleOverrides(), { clock });
    const toLg = referencesTo(catalog, "sjukvardsregion-mellansverige:ledningsgrupp");
    expect(toLg).toEqual(
      expect.arrayContaining([
        { entryId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", relation: "commissioned-by" },
        { entryId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", relation: "reports-to" },
        { entryId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", relation: "appointed-by" },
      ]),
    );
    expect(referencesTo(catalog, "vgr:samordningsrad-inom-halso-och-sjukvard")).toContainEqual({ entryId: "vgr:samordningsrad-bild-och-funktionsmedicin", relation: "instance-of" });
  });
});

import type { Catalog, GroupRecord } from "../../../src/catalog/schema";
import { governanceNotes, nextMonthDay } from "../../../src/digest/governance";

const clause = { text: "t", citation: { documentId: "d", section: "s", lineStart: 1, lineEnd: 1, origin: "parsed" as const } };
const record = (over: Partial<GroupRecord> = {}): GroupRecord => ({
  id: "org:g",
  type: "group",
  entryType: "group",
  name: "G",
  aliases: [],
  organizationId: "org",
  knownOnlyFromReferences: false,
  purpose: [],
  duties: [],
  boundaries: [],
  coOpted: [],
  reporting: [],
  decisionRules: [],
  escalation: [],
  other: [],
  mentions: [],
  overriddenFields: [],
  ...over,
});
const catalog = (g: GroupRecord, issues: Catalog["quality"][number]["issues"] = []): Catalog => ({
  version: 1,
  organizations: [{ id: "org", name: "Org", aliases: [] }],
  entries: [g, { ...record(), id: "org:board", name: "Styrelsen" }],
  quality: [{ documentId: "d", fileName: "d.txt", entryId: g.id, issues }],
});

describe("governance calendar (pure, against the digest's date)", () => {
  it("mandate expired, ending within six months, or fine", () => {
    const g = (until: string) => record({ validity: { validUntil: until, clauses: [] } });
    expect(governanceNotes(catalog(g("2027-01-31")), g("2027-01-31"), "2027-02-08")).toEqual([{ code: "MANDATE_EXPIRED", until: "2027-01-31" }]);
    expect(governanceNotes(catalog(g("2027-08-08")), g("2027-08-08"), "2027-02-08")).toEqual([{ code: "MANDATE_ENDING", until: "2027-08-08" }]);
    expect(governanceNotes(catalog(g("2027-08-09")), g("2027-08-09"), "2027-02-08")).toEqual([]);
  });

  it("revision date passed; placeholders and missing key fields from the quality report", () => {
    const g = record({ validity: { reviseBy: "2026-12-31", reviseByText: "december 2026", validUntilText: "xxx (fem år)", clauses: [] } });
    const notes = governanceNotes(
      catalog(g, [
        { code: "PLACEHOLDER", message: "", params: { text: "Ansvarsområde: xxx", line: 3 } },
        { code: "PLACEHOLDER", message: "", field: "document.date", params: { what: "date" } },
        { code: "MISSING_FIELD", message: "", field: "chair", params: { field: "chair" } },
        { code: "VALIDITY_EXPIRED", message: "stale ingest-time flag", params: { until: "2020-01-01" } },
      ]),
      g,
      "2027-02-08",
    );
    expect(notes).toEqual([
      { code: "REVISION_PASSED", reviseBy: "2026-12-31", text: "december 2026" },
      { code: "PLACEHOLDERS", texts: ["Ansvarsområde: xxx", "xxx (fem år)"] },
      { code: "MISSING_FIELDS", fields: ["chair", "document.date"] },
    ]);
  });

  it("annual report: listed up to 120 days before its date, named recipient; next year's once the date has passed", () => {
    const g = record({ reporting: [{ what: "verksamhetsberättelse", toId: "org:board", dueMonthDay: "02-28", cadence: "annual", clause }] });
    expect(governanceNotes(catalog(g), g, "2026-11-23")).toEqual([{ code: "ANNUAL_REPORT", due: "2027-02-28", what: "verksamhetsberättelse", to: "Styrelsen" }]);
    expect(governanceNotes(catalog(g), g, "2026-10-01")).toEqual([]);
    expect(governanceNotes(catalog(g), g, "2027-03-01")).toEqual([]);
    expect(nextMonthDay("2027-03-01", "02-28")).toBe("2028-02-28");
    expect(nextMonthDay("2027-01-10", "02-29")).toBe("2027-02-28");
  });

  it("an annual report without a date: a reminder in the first quarter only", () => {
    const g = record({ reporting: [{ what: "årlig verksamhetsberättelse", toId: "org:board", cadence: "annual", clause }] });
    expect(governanceNotes(catalog(g), g, "2027-02-08")).toEqual([{ code: "ANNUAL_REPORT_UNDATED", what: "årlig verksamhetsberättelse", to: "Styrelsen" }]);
    expect(governanceNotes(catalog(g), g, "2027-04-01")).toEqual([]);
  });

  it("regions: missing ones named (case and diacritics forgiven); unknown regions said so; only where every region takes part", () => {
    const g = record({ composition: { clauses: [], representation: "one-per-region" } });
    expect(governanceNotes(catalog(g), g, "2027-02-08", { regions: ["Örebro", "Uppsala", "Värmland"], represented: ["orebro", "Uppsala"] })).toEqual([{ code: "REGIONS_MISSING", regions: ["Värmland"] }]);
    expect(governanceNotes(catalog(g), g, "2027-02-08", { regions: ["Örebro"], represented: ["Örebro"] })).toEqual([]);
    // the catalog's region names ("Region Örebro län") meet what members write ("Örebro", "region uppsala")
    expect(
      governanceNotes(catalog(g), g, "2027-02-08", { regions: ["Region Uppsala", "Region Örebro län", "Region Värmland"], represented: ["Örebro", "region uppsala"] }),
    ).toEqual([{ code: "REGIONS_MISSING", regions: ["Region Värmland"] }]);
    expect(governanceNotes(catalog(g), g, "2027-02-08", { regions: undefined, represented: ["Uppsala", "Dalarna"] })).toEqual([{ code: "REGIONS_UNKNOWN", represented: ["Dalarna", "Uppsala"] }]);
    const notAll = record({ composition: { clauses: [] } });
    expect(governanceNotes(catalog(notAll), notAll, "2027-02-08", { regions: ["Örebro"], represented: [] })).toEqual([]);
  });
});

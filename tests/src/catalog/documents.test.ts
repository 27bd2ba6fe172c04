import * as fs from "node:fs";
import * as path from "node:path";
import { buildCatalog } from "../../../src/catalog/catalog";
import { sampleOverrides } from "../../../src/catalog/ingest";
import type { GroupRecord } from "../../../src/catalog/schema";
import { GroupRecordSchema } from "../../../src/catalog/schema";
import { fixedClock } from "../../../src/domain/clock";

/** Expected values written by hand from reading the five sample mandates. */
const dir = path.join(__dirname, "../../../samples/mandates");
const docs = fs.readdirSync(dir).sort().map((f) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f)) }));
const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));
const { catalog, rejected } = buildCatalog(docs, sampleOverrides(), { clock, timeZone: "Europe/Stockholm" });
const entry = (id: string): GroupRecord => {
  const e = catalog.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const issues = (doc: string) => catalog.quality.find((q) => q.documentId.startsWith(doc))!.issues;
const texts = (cs: readonly { text: string }[]) => cs.map((c) => c.text);

const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const RDG = "sjukvardsregion-mellansverige:regiondirektorsgrupp";
const SVG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const SR = "vgr:samordningsrad-inom-halso-och-sjukvard";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("the five sample mandates", () => {
  it("accepts all five and every record satisfies the schema", () => {
    expect(rejected).toEqual([]);
    for (const e of catalog.entries) expect(GroupRecordSchema.safeParse(e).success).toBe(true);
    expect(catalog.quality).toHaveLength(5);
  });

  it("000 Verksamhetschefsgrupper: a kind under Samverkansnämndens ledningsgrupp", () => {
    const e = entry(VCG);
    expect(e.entryType).toBe("kind");
    expect(e.name).toBe("Verksamhetschefsgrupper");
    expect(e.organizationId).toBe("sjukvardsregion-mellansverige");
    expect(e.commissioner?.targetId).toBe(LG);
    expect(e.commissioner?.citation).toMatchObject({ section: "Uppdragsgivare", lineStart: 6, lineEnd: 6, origin: "parsed" });
    expect(e.parent?.targetId).toBe(LG);
    expect(e.purpose[0]!.citation).toMatchObject({ lineStart: 11, lineEnd: 15 });
    expect(e.duties.filter((d) => d.citation.section === "Uppdrag")).toHaveLength(15);
    expect(e.duties.filter((d) => d.citation.section === "Ansvar och befogenheter")).toHaveLength(1);
    expect(e.duties[0]).toMatchObject({ text: "Arbeta för att optimera patientprocesserna avseende initiering, utredning, behandling och uppföljning", citation: { section: "Uppdrag", lineStart: 20, lineEnd: 21 } });
    expect(texts(e.duties)).toContain("Samverka kring kompetensförsörjning");
    expect(texts(e.duties)).toContain("Vara remissinstans till ledningsgruppen");
    expect(texts(e.duties)).toContain("Samverka med övriga grupperingar inom samverkansnämndens organisation inom prioriterade områden.");
    expect(e.boundaries.map((b) => b.targetId)).toEqual([LG]);
    expect(e.composition).toMatchObject({ representation: "one-per-region", appointedById: LG });
    expect(e.chair).toMatchObject({ appointedById: LG, clause: { citation: { lineStart: 52 } } });
    expect(e.chair?.termYears).toBeUndefined();
    expect(e.viceChair).toBeUndefined();
    expect(e.meetingFrequency).toBeUndefined();
    const annual = e.reporting.find((r) => r.what.includes("verksamhetsberättelse"))!;
    expect(annual).toMatchObject({ toId: LG, dueMonthDay: "02-28", cadence: "annual", clause: { citation: { lineStart: 63, lineEnd: 64 } } });
    expect(e.reporting.filter((r) => r.what.startsWith("minnesanteckningar")).map((r) => r.toId).sort()).toEqual(["sjukvardsregion-mellansverige:kansli", LG]);
    expect(e.validity).toMatchObject({ decidedDate: "2019-03-22", decidedBy: "Samverkansnämndens ledningsgrupp" });
    expect(e.validity?.validUntil).toBeUndefined();
    expect(issues("000").map((i) => i.code)).toEqual(["MISSING_FIELD"]);
  });

  it("001 ledningsgrupp: commissioned by and under the regiondirektörsgrupp, chair for two years", () => {
    const e = entry(LG);
    expect(e.entryType).toBe("group");
    expect(e.name).toBe("Samverkansnämndens ledningsgrupp");
    expect(e.overriddenFields).toEqual(expect.arrayContaining(["name", "organizationId"]));
    expect(e.commissioner).toMatchObject({ targetId: RDG, citation: { lineStart: 4 } });
    expect(e.parent).toMatchObject({ targetId: RDG, citation: { section: "Plats i den sjukvårdsregionala organisationen", lineStart: 20 } });
    expect(e.duties).toHaveLength(3);
    expect(e.purpose).toHaveLength(1);
    expect(e.purpose[0]!.citation.lineStart).toBe(23);
    expect(e.composition).toMatchObject({ representation: "one-per-region", appointedByText: "respektive regiondirektör", deputies: true });
    expect(e.chair).toMatchObject({ appointedById: RDG, termYears: 2, clause: { citation: { section: "Deltagare", lineStart: 34, lineEnd: 36 } } });
    expect(e.aliases.map((a) => a.toLowerCase())).not.toContain(e.name.toLowerCase());
    expect(e.viceChair).toMatchObject({ appointedById: RDG, termYears: 2 });
    expect(texts(e.coOpted)[0]).toMatch(/adjungera berörda personer/);
    expect(e.reporting.map((r) => [r.what, r.toId, r.cadence])).toEqual([
      ["årlig verksamhetsplan", RDG, "annual"],
      ["fortlöpande rapportering", RDG, "continuous"],
      ["skriftlig årlig verksamhetsberättelse", RDG, "annual"],
    ]);
    expect(e.validity).toBeUndefined();
    expect(issues("001").map((i) => `${i.code}:${i.field ?? ""}`)).toEqual(["MISSING_FIELD:meetingFrequency", "MISSING_FIELD:validity.decidedDate"]);
  });

  it("002 länsgemensam samverkansgrupp (Västmanland): Chefsforum commissions, 3–4 meetings per term, revision passed", () => {
    const e = entry(SVG);
    expect(e.name).toBe("Länsgemensam samverkansgrupp för hälso- och sjukvårdsfrågor");
    expect(e.organizationId).toBe("vastmanland");
    expect(e.commissioner).toMatchObject({ targetId: "vastmanland:chefsforum", citation: { lineStart: 29 } });
    expect(e.parent).toBeUndefined();
    expect(e.purpose[0]!.citation).toMatchObject({ lineStart: 22, lineEnd: 24 });
    expect(e.duties).toHaveLength(5);
    expect(e.meetingFrequency).toMatchObject({ min: 3, max: 4, per: "term", minPerYear: 6, maxPerYear: 8, clause: { citation: { lineStart: 96 } } });
    expect(e.composition?.clauses[0]!.citation).toMatchObject({ lineStart: 63, lineEnd: 65 });
    // one sentence names who appoints the members and who leads the group: two facts, not one repeated
    expect(texts(e.composition!.clauses)).toEqual(["Utses av respektive huvudman i Chefsforum."]);
    expect(e.composition).toMatchObject({ appointedByText: "respektive huvudman" });
    expect(e.chair?.clause).toMatchObject({ text: expect.stringMatching(/^Gruppen leds av enhetschef och utvecklingsstrateg/), citation: { lineStart: 63, lineEnd: 65 } });
    // the participants keep their principals informed ("informera uppdragsgivaren … enligt respektive huvudmans ledningsstruktur")
    expect(e.reporting).toMatchObject([{ toId: "vastmanland:huvudman", what: "information om hur arbetet fortlöper", clause: { citation: { lineStart: 74 } } }]);
    expect(e.validity).toMatchObject({ reviseByText: "Våren 2017", reviseBy: "2017-06-30" });
    const codes = issues("002").map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["REVISION_PASSED", "EMPTY_BULLET", "EMPTY_SECTION", "UNPLACED_TEXT"]));
    expect(issues("002").find((i) => i.code === "EMPTY_BULLET")).toMatchObject({ lineStart: 37 });
    expect(issues("002").find((i) => i.code === "EMPTY_SECTION")?.message).toContain("Samverkansgruppens deltagare och ledning");
  });

  it("003 VGR template for samordningsråd: a kind with placeholders", () => {
    const e = entry(SR);
    expect(e.entryType).toBe("kind");
    expect(e.name).toBe("Samordningsråd inom hälso- och sjukvård");
    expect(e.area).toBeUndefined();
    expect(e.document).toMatchObject({ diarienummer: "RS 2019-03137" });
    expect(e.document?.date).toBeUndefined();
    expect(e.commissioner).toMatchObject({ targetId: "vgr:koncernledning-halso-och-sjukvard", citation: { lineStart: 10 } });
    expect(e.duties).toHaveLength(10);
    expect(texts(e.duties)).toContain("identifiera, initiera, driva och följa upp gemensamma frågor inom ansvarsområdet");
    expect(e.chair).toMatchObject({ appointedById: "vgr:koncernledning-halso-och-sjukvard", clause: { citation: { section: "Ordförande", lineStart: 34 } } });
    expect(e.composition).toMatchObject({ appointedById: "vgr:forvaltningschef" });
    expect(e.coOpted).toHaveLength(1);
    expect(e.meetingFrequency).toMatchObject({ min: 4, max: 8, per: "year" });
    expect(e.reporting[0]).toMatchObject({ toId: "vgr:halso-och-sjukvardsdirektor", clause: { citation: { lineStart: 60 } } });
    expect(e.decisionRules.map((d) => d.citation.lineStart)).toEqual(expect.arrayContaining([66, 67]));
    expect(e.validity).toMatchObject({ validUntilText: "xxx (fem år)", decidedBy: "Ann Söderström, hälso- och sjukvårdsdirektör" });
    expect(e.validity?.validUntil).toBeUndefined();
    expect(e.validity?.decidedDate).toBeUndefined();
    const q = issues("003");
    expect(q.filter((i) => i.code === "PLACEHOLDER").map((i) => i.lineStart ?? null)).toEqual([10, 76, null]);
    expect(q.map((i) => i.field)).toContain("validity.decidedDate");
    // PDF extraction lost the bullet break: "… hälso- och sjukvård" + "- vara referensgrupp …"
    expect(q.filter((i) => i.code === "GLUED_TEXT")).toEqual([
      expect.objectContaining({ lineStart: 30, params: expect.objectContaining({ word: "sjukvårdvara", first: "sjukvård", second: "vara" }) }),
    ]);
  });

  it("004 samordningsråd bild- och funktionsmedicin: an instance of the template with boundaries and escalation", () => {
    const e = entry(BFM);
    expect(e.entryType).toBe("group");
    expect(e.kindId).toBe(SR);
    expect(e.area).toBe("Verksamhet samordningsråd bild- och funktionsmedicin, Hälsa- och sjukvård");
    expect(e.document).toMatchObject({ diarienummer: "RS 2024-00784", date: "2026-06-16", decidedBy: "Jonas Claesson, hälso- och sjukvårdsdirektör, 2026-06-17" });
    expect(e.commissioner).toMatchObject({ targetId: "vgr:halso-och-sjukvardsutvecklingsdirektor", citation: { lineStart: 15 } });
    // "Syfte med uppdraget" is the purpose (what the profile card shows first), parsed from this document
    expect(e.purpose).toHaveLength(1);
    expect(e.purpose[0]).toMatchObject({ citation: { section: "Syfte med uppdraget", lineStart: 23, origin: "parsed" } });
    expect(e.purpose[0]!.text).toMatch(/^Samordningsrådets uppdrag är att med utgångspunkt i deltagarnas mandat/);
    expect(e.duties).toHaveLength(9);
    // the sentence broken by the page footer is joined across it
    expect(e.duties[0]).toMatchObject({ citation: { lineStart: 27, lineEnd: 47 } });
    expect(e.duties[0]!.text).toContain("tar respektive representant med sig sitt chefsansvar");
    expect(e.boundaries.map((b) => b.targetId).filter(Boolean)).toEqual([
      "vgr:klinisk-ledning",
      "vgr:program-och-prioriteringsradet",
      "vgr:koncernovergripande-grupp",
      "vgr:regionovergripande-samordnande-grupper",
    ]);
    expect(e.chair).toMatchObject({ appointedById: "vgr:koncernledning-halso-och-sjukvard" });
    expect(e.chair?.clause.text).toContain("RS 2019-03137-40");
    expect(e.meetingFrequency).toMatchObject({ min: 4, max: 8, per: "year", clause: { citation: { lineStart: 68 } } });
    expect(e.escalation.map((c) => c.citation.lineStart)).toEqual([102, 104]);
    expect(e.validity).toMatchObject({ decidedDate: "2026-06-17" });
    expect(issues("004").map((i) => i.code)).toEqual(["PERSONAL_DATA_REMOVED", "PERSONAL_DATA_REMOVED"]);
  });

  it("never stores e-mail addresses or phone numbers", () => {
    const json = JSON.stringify(catalog);
    expect(json).not.toMatch(/@vgregion\.se|mailto:/);
    expect(json).not.toContain("010-441 00 00");
    expect(json).not.toContain("Vänersborg");
  });

  it("referenced bodies are entries, known only from references, with the clauses that name them", () => {
    const refs = catalog.entries.filter((e) => e.entryType === "referenced");
    for (const e of refs) {
      expect(e.knownOnlyFromReferences).toBe(true);
      expect(e.mentions.length).toBeGreaterThan(0);
    }
    const ids = refs.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "sjukvardsregion-mellansverige:samverkansnamnden",
        RDG,
        "sjukvardsregion-mellansverige:kansli",
        "vastmanland:chefsforum",
        "vgr:koncernledning-halso-och-sjukvard",
        "vgr:klinisk-ledning",
        "vgr:program-och-prioriteringsradet",
        "vgr:regionovergripande-samordnande-grupper",
        "vgr:halso-och-sjukvardsutvecklingsdirektor",
        "vgr:halso-och-sjukvardsdirektor",
      ]),
    );
    // every reference resolves to an entry
    const all = new Set(catalog.entries.map((e) => e.id));
    for (const e of catalog.entries) for (const t of [e.commissioner?.targetId, e.parent?.targetId, e.kindId, ...e.boundaries.map((b) => b.targetId), ...e.reporting.map((r) => r.toId)]) if (t) expect(all).toContain(t);
  });
});

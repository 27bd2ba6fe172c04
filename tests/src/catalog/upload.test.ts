import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../../src/config/config";
import { fixedClock, type Clock } from "../../../src/domain/clock";
import { openStore, type Store } from "../../../src/storage/store";
import { CosmosCatalogRepository } from "../../../src/catalog/cosmos-catalog-repository";
import { CosmosMandateDrafts } from "../../../src/catalog/cosmos-mandate-drafts";
import { ensureSampleCatalog, ingestMandates, sampleOverrides } from "../../../src/catalog/ingest";
import { documentWorker } from "../../../src/catalog/readers/read-mandate";
import { MandateUploads } from "../../../src/catalog/upload";
import type { MandateActor } from "../../../src/catalog/rights";
import { mandateDocx, mandatePdf } from "../../support/mandate-files";

/**
 * Preview → publish → the catalog; with the store the bot uses. The clock is movable so that expiry can
 * be tested; roles are a plain map (who is secretary of which group).
 */

const dir = path.join(__dirname, "../../../samples/mandates");
const sample = (n: string) => fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(n))!), "utf8");
const SVG = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

const sara: MandateActor = { userId: "aad-sara", name: "Sara Sekreterare", isAdmin: false };
const olle: MandateActor = { userId: "aad-olle", name: "Olle Ordförande", isAdmin: false };
const admin: MandateActor = { userId: "aad-admin", name: "Ada Admin", isAdmin: true };

describe("mandate uploads: preview, publish, cancel", () => {
  let store: Store;
  let catalog: CosmosCatalogRepository;
  let drafts: CosmosMandateDrafts;
  let uploads: MandateUploads;
  let now = new Date("2026-11-23T12:00:00Z");
  const clock: Clock = { now: () => now };
  const roles = new Map<string, string[]>([[`aad-sara|${SVG}`, ["secretary"]], [`aad-olle|${SVG}`, ["chair"]]]);
  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-upload-")) });
    store = await openStore(config, { owner: "bot" });
    catalog = new CosmosCatalogRepository(store.container("catalog"), clock);
    drafts = new CosmosMandateDrafts(store.container("catalog"));
    await ensureSampleCatalog({ catalog, clock, config: { timeZone: "Europe/Stockholm" } });
    uploads = new MandateUploads({
      catalog,
      drafts,
      roles: { rolesOf: async (a, g) => roles.get(`${a.userId}|${g}`) ?? [] },
      clock,
      timeZone: "Europe/Stockholm",
      overrides: () => sampleOverrides(),
    });
    void pino;
  });
  afterAll(async () => {
    await documentWorker().close();
    await store.close();
  });

  it("the secretary sends a revised mandate as PDF: the preview says which group, what changes, and the flags", async () => {
    const revised = sample("002").replace("3–4 gånger per termin", "2–3 gånger per termin").replace("Identifiera områden där oenighet", "Kartlägga områden där oenighet");
    const r = await uploads.preview(sara, { fileName: "Samverkansgrupp rev 2026.pdf", bytes: await mandatePdf(revised, { header: "Uppdragsbeskrivning" }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.draft.preview;
    expect(p).toMatchObject({ entryId: SVG, isNew: false, previousVersion: 1, format: "pdf", unchanged: false });
    expect(r.draft.documentId).toMatch(/^002_/);
    expect(p.diff.meetings).toEqual({ before: { min: 3, max: 4, per: "term" }, after: { min: 2, max: 3, per: "term" } });
    expect(p.diff.duties.removed.join()).toMatch(/^Identifiera områden där oenighet/);
    expect(p.diff.duties.added.join()).toMatch(/^Kartlägga områden där oenighet/);
    expect(p.diff.boundaries).toEqual({ added: [], removed: [] });
    expect(p.quality.map((q) => q.code)).toEqual(expect.arrayContaining(["REVISION_PASSED", "EXTRACTION"]));
    // nothing is published by a preview
    expect((await catalog.load())!.entries.find((e) => e.id === SVG)!.meetingFrequency).toMatchObject({ min: 3, max: 4 });
  });

  it("publishing keeps the earlier version, bumps the catalog version, and is audited; a second click publishes nothing", async () => {
    const before = await catalog.version();
    const revised = sample("002").replace("3–4 gånger per termin", "2–3 gånger per termin");
    const r = await uploads.preview(sara, { fileName: "rev.docx", bytes: await mandateDocx(revised, { header: "Uppdragsbeskrivning" }) });
    if (!r.ok) throw new Error(r.code);
    const [a, b] = await Promise.all([uploads.publish(sara, r.draft.id), uploads.publish(sara, r.draft.id)]);
    const oks = [a, b].filter((x) => x.ok);
    expect(oks).toHaveLength(1);
    expect([a, b].find((x) => !x.ok)).toMatchObject({ ok: false, code: expect.stringMatching(/ALREADY_PUBLISHED|BUSY/) });
    expect(await catalog.version()).toBe(before + 1);
    const entry = (await catalog.load())!.entries.find((e) => e.id === SVG)!;
    expect(entry.meetingFrequency).toMatchObject({ min: 2, max: 3, per: "term" });
    const versions = await catalog.versions(r.draft.documentId);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]).toMatchObject({ supersededAt: expect.any(String), diff: expect.arrayContaining(["~ meetings: 3–4/term → 2–3/term"]) });
    expect(versions[1]).toMatchObject({ format: "docx", originalFileName: "rev.docx", publishedBy: { userId: "aad-sara" } });
    const log = await uploads.auditLog(r.draft.documentId);
    expect(log.filter((x) => x.action === "mandate.publish")).toEqual([expect.objectContaining({ actor: expect.objectContaining({ userId: "aad-sara" }), version: 2, catalogVersion: before + 1 })]);
    const again = await uploads.publish(sara, r.draft.id);
    expect(again).toMatchObject({ ok: false, code: "ALREADY_PUBLISHED" });
  });

  it("anyone else is refused: the chair, a secretary of another group, a new group by a non-admin", async () => {
    const bytes = Buffer.from(sample("002").replace("3–4 gånger", "5–6 gånger"));
    expect(await uploads.preview(olle, { fileName: "x.txt", bytes })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await uploads.preview(sara, { fileName: "x.txt", bytes: Buffer.from(sample("004")) })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    const fresh = "Uppdragsbeskrivning för Testgruppen i Västmanland\n\nUppdragsgivare\nChefsforum\n\nUppdrag\n• Bereda frågor.\n";
    expect(await uploads.preview(sara, { fileName: "ny.txt", bytes: Buffer.from(fresh) })).toMatchObject({ ok: false, code: "NOT_ALLOWED_NEW" });
    const ok = await uploads.preview(admin, { fileName: "ny.txt", bytes: Buffer.from(fresh) });
    expect(ok).toMatchObject({ ok: true, draft: { preview: { isNew: true, entryName: "Testgruppen i Västmanland" } } });
    expect(await uploads.maySend(olle, (await catalog.load())!)).toBe(false);
    expect(await uploads.maySend(sara, (await catalog.load())!)).toBe(true);
  });

  it("rights are checked again at the click: a secretary who lost the role cannot publish her preview", async () => {
    const r = await uploads.preview(sara, { fileName: "x.txt", bytes: Buffer.from(sample("002").replace("3–4 gånger", "1–2 gånger")) });
    if (!r.ok) throw new Error(r.code);
    expect(await uploads.publish(olle, r.draft.id)).toMatchObject({ ok: false, code: "NOT_YOURS" });
    roles.delete(`aad-sara|${SVG}`);
    try {
      expect(await uploads.publish(sara, r.draft.id)).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    } finally {
      roles.set(`aad-sara|${SVG}`, ["secretary"]);
    }
  });

  it("a catalog changed since the preview gives a fresh preview instead of publishing over it", async () => {
    const r = await uploads.preview(sara, { fileName: "x.txt", bytes: Buffer.from(sample("002").replace("3–4 gånger", "6–7 gånger")) });
    if (!r.ok) throw new Error(r.code);
    // someone ingests another document meanwhile
    await ingestMandates({ catalog, clock, timeZone: "Europe/Stockholm" }, [{ fileName: path.basename(fs.readdirSync(dir).find((f) => f.startsWith("004"))!), bytes: Buffer.from(sample("004").replace("Effektiva och korta möten", "Korta möten")) }], sampleOverrides());
    const p = await uploads.publish(sara, r.draft.id);
    expect(p).toMatchObject({ ok: false, code: "CATALOG_CHANGED" });
    if (p.ok || p.code !== "CATALOG_CHANGED") return;
    expect(p.draft.id).not.toBe(r.draft.id);
    expect(p.draft.preview.diff.meetings?.after).toMatchObject({ min: 6, max: 7 });
    expect(await uploads.publish(sara, r.draft.id)).toMatchObject({ ok: false, code: "CANCELLED" });
    expect(await uploads.publish(sara, p.draft.id)).toMatchObject({ ok: true });
  });

  it("a preview expires; cancelled previews cannot be published; the same file again has nothing to publish", async () => {
    const r = await uploads.preview(sara, { fileName: "x.txt", bytes: Buffer.from(sample("002").replace("3–4 gånger", "8–9 gånger")) });
    if (!r.ok) throw new Error(r.code);
    const c = await uploads.preview(sara, { fileName: "y.txt", bytes: Buffer.from(sample("002").replace("3–4 gånger", "8–9 gånger")) });
    if (!c.ok) throw new Error(c.code);
    expect(await uploads.cancel(sara, c.draft.id)).toMatchObject({ ok: true, draft: { status: "cancelled" } });
    expect(await uploads.publish(sara, c.draft.id)).toMatchObject({ ok: false, code: "CANCELLED" });
    now = new Date(now.getTime() + 25 * 3600 * 1000);
    try {
      expect(await uploads.publish(sara, r.draft.id)).toMatchObject({ ok: false, code: "EXPIRED" });
    } finally {
      now = new Date(now.getTime() - 25 * 3600 * 1000);
    }
    const current = (await catalog.sources()).find((s) => s.documentId.startsWith("002"))!;
    const same = await uploads.preview(sara, { fileName: "same.txt", bytes: Buffer.from(current.text) });
    expect(same).toMatchObject({ ok: true, draft: { preview: { unchanged: true } } });
    if (same.ok) expect(await uploads.publish(sara, same.draft.id)).toMatchObject({ ok: false, code: "NOTHING_TO_PUBLISH" });
  });

  it("bad files are refused with their reason", async () => {
    expect(await uploads.preview(sara, { fileName: "bild.png", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) })).toMatchObject({ ok: false, code: "UNSUPPORTED_FORMAT" });
    expect(await uploads.preview(sara, { fileName: "lunch.txt", bytes: Buffer.from("Veckans lunch\nmåndag: fisk\n") })).toMatchObject({ ok: false, code: "NOT_A_MANDATE" });
  });

  it("drafts carry a ttl for the store's sweeper and no personal identity numbers", async () => {
    const text = sample("002").replace("3–4 gånger", "4–5 gånger").replace("Inledning", "Inledning\nKontakt 19121212-1212.");
    const r = await uploads.preview(sara, { fileName: "z.txt", bytes: Buffer.from(text) });
    if (!r.ok) throw new Error(r.code);
    const { resource } = await store.container("catalog").item(r.draft.id, "_meta").read();
    expect(resource).toMatchObject({ ttl: 24 * 3600, status: "pending" });
    expect(JSON.stringify(resource)).not.toMatch(/1212-1212/);
    void BFM;
  });
});

void fixedClock;

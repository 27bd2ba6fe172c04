import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../../src/config/config";
import { fixedClock } from "../../../src/domain/clock";
import { openStore, type Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { compose } from "../../../src/compose";
import { cardRenderers } from "../../../cards/renderers";
import { addInstance, ensureSampleCatalog, ingestMandates, sampleOverrides } from "../../../src/catalog/ingest";
import { findGroup } from "../../../src/catalog/lookup";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-catalog-"));
const dir = path.join(__dirname, "../../../samples/mandates");
const file = (n: string) => fs.readdirSync(dir).find((f) => f.startsWith(n))!;

describe("catalog in the store", () => {
  let store: Store;
  let services: Services;
  const clock = fixedClock(new Date("2026-11-23T12:00:00Z"));
  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: tmp() });
    store = await openStore(config, { owner: "bot" });
    services = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  });
  afterAll(() => store.close());
  const deps = () => ({ catalog: services.catalog, clock, timeZone: "Europe/Stockholm" });

  it("ensureSampleCatalog ingests the samples once, when the catalog is empty", async () => {
    expect(await services.catalog.version()).toBe(0);
    const first = await ensureSampleCatalog(services);
    expect(first).toMatchObject({ ingested: true, version: 1 });
    expect(first.entries).toBeGreaterThanOrEqual(20);
    const again = await ensureSampleCatalog(services);
    expect(again).toMatchObject({ ingested: false, version: 1 });
    const cat = (await services.catalog.load())!;
    expect(cat.version).toBe(1);
    expect(cat.quality).toHaveLength(5);
    // stored in the organisation's partition
    const lg = cat.entries.find((e) => e.id === "sjukvardsregion-mellansverige:ledningsgrupp")!;
    const { resource } = await store.container("catalog").item(lg.id, "sjukvardsregion-mellansverige").read();
    expect(resource?.name).toBe("Samverkansnämndens ledningsgrupp");
    // sources are stored without e-mail addresses and phone numbers; the notes about them survive
    const sources = JSON.stringify(await services.catalog.sources());
    expect(sources).not.toMatch(/@vgregion\.se|010-441/);
    expect(cat.quality.find((q) => q.documentId.startsWith("004"))!.issues.filter((i) => i.code === "PERSONAL_DATA_REMOVED")).toHaveLength(2);
  });

  it("re-ingesting a revised mandate keeps the earlier version with a readable diff, and leaves the work container alone", async () => {
    await store.container("work").items.create({ id: "role-1", groupId: "vgr:samordningsrad-bild-och-funktionsmedicin", type: "role", role: "chair" });
    const original = fs.readFileSync(path.join(dir, file("004")), "utf8");
    const revised = original
      .replace("- Koordinator samordningsråd\n", "")
      .replace("- Verka för spridning av goda exempel mellan deltagande utförarförvaltningar.", "- Verka för spridning av goda exempel mellan alla förvaltningar.")
      .replace(/Klinisk ledning ska omhänderta[^\n]*\n/, "");
    const r = await ingestMandates(deps(), [{ fileName: file("004"), bytes: Buffer.from(revised) }], sampleOverrides());
    expect(r.files[0]).toMatchObject({ status: "updated", version: 2 });
    const diff = (r.files[0] as { diff: string[] }).diff;
    expect(diff).toContain("- duty: Verka för spridning av goda exempel mellan deltagande utförarförvaltningar.");
    expect(diff).toContain("+ duty: Verka för spridning av goda exempel mellan alla förvaltningar.");
    expect(diff.some((d) => d.startsWith("- boundary: Klinisk ledning"))).toBe(true);
    expect(r.version).toBe(2);
    const versions = await services.catalog.versions(file("004").replace(/\.txt$/, ""));
    expect(versions.map((v) => [v.version, !!v.supersededAt])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(versions[0]!.diff).toEqual(diff);
    // "Klinisk ledning" is still referenced by nobody else, so it disappears; roles in work are untouched
    const cat = (await services.catalog.load())!;
    expect(cat.entries.find((e) => e.id === "vgr:klinisk-ledning")).toBeUndefined();
    const { resource } = await store.container("work").item("role-1", "vgr:samordningsrad-bild-och-funktionsmedicin").read();
    expect(resource?.role).toBe("chair");
  });

  it("the same file again is unchanged; bad files are rejected and harm nothing", async () => {
    const before = (await services.catalog.load())!;
    const r = await ingestMandates(
      deps(),
      [
        { fileName: file("000"), bytes: fs.readFileSync(path.join(dir, file("000"))) },
        { fileName: "garbage.bin", bytes: Buffer.from([0, 1, 2, 3, 255, 0, 9]) },
        { fileName: "empty.txt", bytes: Buffer.alloc(0) },
      ],
      sampleOverrides(),
    );
    expect(r.files.map((f) => f.status)).toEqual(["unchanged", "rejected", "rejected"]);
    const after = (await services.catalog.load())!;
    expect(after.entries.map((e) => e.id)).toEqual(before.entries.map((e) => e.id));
  });

  it("groups add creates an instance of a kind that inherits its clauses", async () => {
    const r = await addInstance(deps(), sampleOverrides(), { kindId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", name: "Verksamhetschefsgrupp ortopedi" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entry).toMatchObject({ entryType: "group", kindId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", organizationId: "sjukvardsregion-mellansverige" });
    expect(r.entry.duties.length).toBe(16);
    expect(r.entry.duties.every((d) => d.citation.origin === "inherited")).toBe(true);
    expect(r.entry.commissioner?.targetId).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
    const cat = (await services.catalog.load())!;
    const f = findGroup(cat, "verksamhetschefsgruppen för ortopedi");
    expect(f.ok && f.entry.id).toBe(r.entry.id);
    expect(await addInstance(deps(), sampleOverrides(), { kindId: "vastmanland:chefsforum", name: "X grupp" })).toMatchObject({ ok: false, code: "NOT_A_KIND" });
    expect(await addInstance(deps(), sampleOverrides(), { kindId: "nope", name: "X grupp" })).toMatchObject({ ok: false, code: "KIND_NOT_FOUND" });
  });
});

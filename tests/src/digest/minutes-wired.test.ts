import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { compose } from "../../../src/compose";
import { cardRenderers } from "../../../cards/renderers";
import { ensureSampleCatalog } from "../../../src/catalog/ingest";
import type { Actor } from "../../../src/agenda/schema";
import { messages } from "../../../src/i18n";
import { digestText } from "../../../cards/digest";


const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:home@thread.tacv2";
const TEXT = `# Protokoll
Närvarande: Carl Ordförande, Bertil Justerare, Sara Sekreterare
Justerare: Bertil Justerare

## 1. Gemensam rutin för utskrivning
Gruppen diskuterade rutinen.
Beslut: Rutinen antas
Ansvarig: Carl Ordförande
Senast: 2026-12-15
- Åtgärd: Skicka rutinen till förvaltningarna; ansvarig: Sara Sekreterare; senast: 2026-12-01
`;

const person = (id: string, name: string, isAdmin = false): Actor => ({ userId: id, aadObjectId: id, tenantId: "t1", name, isAdmin });
const admin = person("aad-admin", "Admin", true);
const sara = person("aad-sec", "Sara Sekreterare");
const carl = person("aad-chair", "Carl Ordförande");
const bertil = person("aad-adj", "Bertil Justerare");
const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

/** The digest over the wired minutes port (src/minutes/digest-source.ts) with minutes made through MinutesService. */
describe("digest sections from real minutes (services.digest with the wired MinutesDigestSource)", () => {
  let store: Store;
  let services: Services;
  let t = Date.parse("2026-11-20T09:00:00Z");
  const clock = { now: () => new Date(t) };

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-digest-minutes-"));
    const config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm" });
    store = await openStore(config, { owner: "bot" });
    services = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
    await ensureSampleCatalog(services);
    for (const [role, p] of [["secretary", sara], ["chair", carl], ["adjuster", bertil]] as const)
      must(await services.agenda.assignRole(admin, GROUP, role, { aadObjectId: p.aadObjectId, tenantId: "t1", name: p.name }));
    must(await services.agenda.bindChannel(admin, GROUP, { tenantId: "t1", teamId: "19:team", channelId: CHANNEL, conversationId: CHANNEL }));
    const meetingId = must(await services.agenda.createMeeting(admin, GROUP, { at: "2026-11-23T13:00" })).meeting.id;
    t = Date.parse("2026-11-24T09:00:00Z");
    const m = must(await services.minutes.load(sara, meetingId, TEXT)).minutes;
    must(await services.minutes.request(sara, GROUP, m.id));
  });
  afterAll(async () => {
    await services?.minutes.settled();
    await store?.close();
  });

  it("minutes awaiting approval with who is pending; after approval, the decision and action due or overdue", async () => {
    const waiting = await services.digest.compose({ conversationId: CHANNEL, at: new Date("2026-11-30T07:00:00Z") });
    const g = waiting.groups[0]!;
    expect(g.minutes).toHaveLength(1);
    expect(g.minutes[0]).toMatchObject({ meetingDate: "2026-11-23", approvedCount: 0, approverCount: 2 });
    expect(digestText(waiting, messages("sv"))).toMatch(/Protokoll som väntar på justering:\n {2}- .*Protokoll från 23 november 2026.*0 av 2 har justerat; väntar på Carl Ordförande, Bertil Justerare/);

    const m = (await services.minutes.list(GROUP))[0]!;
    must(await services.minutes.approve(carl, GROUP, m.id, m.version));
    must(await services.minutes.approve(bertil, GROUP, m.id, m.version));
    const later = await services.digest.compose({ conversationId: CHANNEL, at: new Date("2026-12-14T07:00:00Z") });
    const f = later.groups[0]!;
    expect(f.minutes).toHaveLength(0);
    expect(f.followUps.map((x) => [x.kind, x.overdue])).toEqual([
      ["action", true],
      ["decision", false],
    ]);
    const text = digestText(later, messages("en"));
    expect(text).toMatch(/Decisions and actions to follow up:\n {2}- OVERDUE: Action: Skicka rutinen till förvaltningarna \(responsible: Sara Sekreterare\), due 1 December 2026/);
  });
});

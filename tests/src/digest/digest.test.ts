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
import { CosmosSubscriptionStore } from "../../../src/digest/cosmos-subscriptions";
import { DigestService, digestOutboxId, mondayOfWeek, sendInstant } from "../../../src/digest/digest-service";
import type { FollowUp, MinutesAwaitingApproval, MinutesDigestSource } from "../../../src/digest/ports";
import { isoWeekOfDate } from "../../../src/domain/working-days";
import type { Actor } from "../../../src/agenda/schema";
import type { Clock } from "../../../src/domain/clock";
import { messages } from "../../../src/i18n";
import { digestText, renderDigestCard } from "../../../cards/digest";
import { validateCard } from "../../support/cards";


const TZ = "Europe/Stockholm";
const TENANT = "tenant-1";
const G = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const QUIET = "vgr:samordningsrad-bild-och-funktionsmedicin";
const CHANNEL = "19:digest@thread.tacv2";
const admin: Actor = { userId: "aad-admin", aadObjectId: "aad-admin", name: "Admin", isAdmin: true };
const chair: Actor = { userId: "aad-chair", aadObjectId: "aad-chair", name: "Carl", isAdmin: false };
const stranger: Actor = { userId: "aad-x", aadObjectId: "aad-x", name: "X", isAdmin: false };

/** An in-memory MinutesDigestSource (a port fake; the store itself is real). */
class MemoryMinutes implements MinutesDigestSource {
  minutes: MinutesAwaitingApproval[] = [];
  followUpsList: FollowUp[] = [];
  async awaitingApproval(groupId: string) {
    return this.minutes.filter((m) => m.groupId === groupId);
  }
  async followUps(groupId: string) {
    return this.followUpsList.filter((f) => f.groupId === groupId);
  }
}

let store: Store;
let services: Services;
let digest: DigestService;
let minutes: MemoryMinutes;
const clock = { at: new Date("2027-02-01T09:00:00Z"), now() { return new Date(this.at.getTime()); } } satisfies Clock & { at: Date };

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-digest-"));
  const config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: TZ, LOG_LEVEL: "silent" });
  store = await openStore(config, { owner: "bot" });
  services = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
  await ensureSampleCatalog(services);
  minutes = new MemoryMinutes();
  digest = new DigestService(
    { agenda: services.agenda, catalog: services.currentCatalog, subscriptions: new CosmosSubscriptionStore(store.container("conversations")), clock, minutes },
    { timeZone: TZ, regionsOf: (_c, org) => (org === "sjukvardsregion-mellansverige" ? ["Dalarna", "Gävleborg", "Örebro", "Uppsala"] : undefined) },
  );
});

afterAll(async () => {
  await store?.close();
});

const W06 = isoWeekOfDate("2027-02-08");
const AT_W06 = new Date("2027-02-08T07:00:00Z"); // Monday 08:00 in Stockholm

describe("digest content from seeded data (real store)", () => {
  beforeAll(async () => {
    clock.at = new Date("2027-02-01T09:00:00Z");
    const must = <T extends { ok: boolean }>(r: T) => {
      if (!r.ok) throw new Error(JSON.stringify(r));
      return r as Extract<T, { ok: true }>;
    };
    must(await services.agenda.assignRole(admin, G, "chair", { aadObjectId: "aad-chair", name: "Carl" }));
    must(await services.agenda.bindChannel(admin, G, { tenantId: TENANT, teamId: "team", channelId: CHANNEL, conversationId: CHANNEL }));
    must(await services.agenda.bindChannel(admin, QUIET, { tenantId: TENANT, teamId: "team", channelId: "19:quiet@thread.tacv2", conversationId: "19:quiet@thread.tacv2" }));
    must(await services.agenda.createMeeting(admin, G, { at: "2027-02-10T13:00", place: "Västerås" })); // in the next two weeks
    must(await services.agenda.createMeeting(admin, G, { at: "2027-02-24T13:00" })); // items due 2027-02-10 (this week)
    must(await services.agenda.createMeeting(admin, G, { at: "2027-04-20T13:00" })); // neither
    const cancelled = must(await services.agenda.createMeeting(admin, G, { at: "2027-02-12T09:00" })).meeting;
    must(await services.agenda.cancelMeeting(admin, G, cancelled.id, cancelled.revision, "krock"));
    must(await services.agenda.submitItem({ ...stranger }, G, { title: "Gemensam rutin för utskrivning", description: "Förslag", kind: "beslut" }));
    const triaged = must(await services.agenda.submitItem({ ...stranger }, G, { title: "Redan beredd", description: "x", kind: "information" })).item;
    must(await services.agenda.triage(chair, { groupId: G, itemId: triaged.id, revision: triaged.revision, action: "accept" }));
    minutes.minutes = [
      { groupId: G, minutesId: "m-1", meetingId: "mt-1", meetingDate: "2027-01-20", dueDate: "2027-02-10", overdue: false, approvedCount: 1, approverCount: 2, pending: ["Anna"], notReached: [] },
      { groupId: G, minutesId: "m-0", meetingId: "mt-0", meetingDate: "2026-12-09", dueDate: "2026-12-20", overdue: true, approvedCount: 0, approverCount: 2, pending: ["Anna", "Bo"], notReached: ["Bo"] },
    ];
    minutes.followUpsList = [
      { groupId: G, minutesId: "m-9", meetingDate: "2026-11-11", kind: "action", text: "Ta fram remissvar", responsible: "Anna", due: "2027-02-12", overdue: false },
      { groupId: G, minutesId: "m-9", meetingDate: "2026-11-11", kind: "decision", text: "Rutinen införs", due: "2027-01-31", overdue: true },
    ];
    clock.at = AT_W06;
  });

  it("has each section for the channel's group: meetings, deadlines, triage, minutes (overdue first), follow-ups, governance", async () => {
    const d = await digest.compose({ conversationId: CHANNEL, at: AT_W06 });
    expect(d.week).toBe("2027-W06");
    expect(d.date).toBe("2027-02-08");
    expect(d.empty).toBe(false);
    expect(d.groups.map((g) => g.groupId)).toEqual([G]);
    const g = d.groups[0]!;
    expect(g.meetings.map((m) => `${m.date} ${m.time}`)).toEqual(["2027-02-10 13:00"]);
    expect(g.meetings[0]!.place).toBe("Västerås");
    expect(g.deadlines).toEqual([expect.objectContaining({ meetingDate: "2027-02-24", itemDeadline: "2027-02-10" })]);
    expect(g.triage.map((i) => i.title)).toEqual(["Gemensam rutin för utskrivning"]);
    expect(g.minutes.map((m) => m.minutesId)).toEqual(["m-0", "m-1"]);
    expect(g.followUps.map((f) => f.text)).toEqual(["Rutinen införs", "Ta fram remissvar"]);
    expect(g.governance.map((n) => n.code)).toEqual(["REVISION_PASSED", "MISSING_FIELDS"]);

    const sv = digestText(d, messages("sv"));
    expect(sv).toMatch(/Möten de närmaste två veckorna:\n {2}- 10 februari 2027 kl\. 13:00, Västerås/);
    expect(sv).toMatch(/Sista dag att anmäla ärenden den här veckan:\n {2}- 10 februari 2027 \(mötet 24 februari 2027\)/);
    expect(sv).toMatch(/FÖRSENAT: Protokoll från 9 december 2026; justeras senast 20 december 2026; 0 av 2 har justerat; väntar på Anna, Bo; nåddes inte: Bo/);
    expect(sv.indexOf("9 december 2026")).toBeLessThan(sv.indexOf("Protokoll från 20 januari 2027"));
    expect(sv).toMatch(/FÖRSENAT: Beslut: Rutinen införs, senast 31 januari 2027/);
    expect(sv).toMatch(/Uppdraget skulle revideras ”Våren 2017”/);
    const en = digestText(d, messages("en"));
    expect(en).toMatch(/OVERDUE: Minutes of 9 December 2026.*not reached: Bo/);
    expect(en).toMatch(/Items awaiting triage:\n {2}- Gemensam rutin för utskrivning – submitted 1 February 2027/);
    const card = renderDigestCard(d, messages("sv"));
    expect(validateCard(card)).toEqual([]);
  });

  it("leaves empty sections out, and an empty week says so in one line", async () => {
    const d = await digest.compose({ conversationId: "19:quiet@thread.tacv2", at: AT_W06 });
    expect(d.empty).toBe(true);
    const text = digestText(d, messages("sv"));
    expect(text.split("\n")).toEqual(["Veckobrev vecka 6, 2027 – Sammanställt 8 februari 2027", "Inget att ta upp den här veckan."]);
    const card = renderDigestCard(d, messages("en"));
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("Nothing to report this week.");
    expect(JSON.stringify(card)).not.toContain("Meetings in the next two weeks");
  });

  it("governance calendar: annual report by 28 February, regions without a representative where every region takes part", async () => {
    const vcg = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
    clock.at = new Date("2027-02-01T09:00:00Z");
    const lg = "sjukvardsregion-mellansverige:ledningsgrupp"; // "En representant per region"
    expect((await services.agenda.assignRole(admin, lg, "member", { aadObjectId: "aad-m1", name: "M1", region: "Dalarna" })).ok).toBe(true);
    expect((await services.agenda.assignRole(admin, lg, "member", { aadObjectId: "aad-m2", name: "M2", region: "uppsala" })).ok).toBe(true);
    clock.at = AT_W06;
    const d = await digest.compose({ groupIds: [vcg, lg], at: AT_W06 });
    // 000 (a kind: Verksamhetschefsgrupper) reports "senast 28 februari"
    expect(d.groups[0]!.governance).toContainEqual(expect.objectContaining({ code: "ANNUAL_REPORT", due: "2027-02-28", to: "Samverkansnämndens ledningsgrupp" }));
    expect(d.groups[1]!.governance).toContainEqual({ code: "REGIONS_MISSING", regions: ["Gävleborg", "Örebro"] });
    expect(digestText(d, messages("sv"))).toMatch(/Samtliga regioner ska delta, men ingen representant finns för: Gävleborg, Örebro\./);
    // In summer the annual report is months away and not listed.
    const summer = await digest.compose({ groupIds: [vcg], at: new Date("2027-06-07T06:00:00Z") });
    expect(summer.groups[0]!.governance.map((n) => n.code)).not.toContain("ANNUAL_REPORT");
  });
});

describe("subscriptions", () => {
  const ch = { tenantId: TENANT, conversationId: `${CHANNEL};messageid=42` };

  it("chair, secretary or admin only; only in a channel bound to a group", async () => {
    expect(await digest.subscribe(stranger, ch)).toEqual({ ok: false, code: "NOT_ALLOWED" });
    expect(await digest.subscribe(admin, { tenantId: TENANT, conversationId: "19:unbound@thread.tacv2" })).toEqual({ ok: false, code: "NO_GROUPS" });
    expect(await digest.subscribe(chair, ch, { time: "25:00" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const r = await digest.subscribe(chair, ch);
    expect(r).toMatchObject({ ok: true, created: true, subscription: { conversationId: CHANNEL, weekday: 1, time: "08:00", language: "sv", status: "on" } });
    const changed = await digest.subscribe(chair, ch, { weekday: 2, time: "07:30", language: "en" });
    expect(changed).toMatchObject({ ok: true, subscription: { weekday: 2, time: "07:30", language: "en", revision: 2 } });
    expect((await digest.unsubscribe(stranger, ch)).ok).toBe(false);
    expect(await digest.unsubscribe(chair, ch)).toMatchObject({ ok: true, subscription: { status: "off" } });
    expect(await digest.due(new Date("2027-02-09T09:00:00Z"))).toEqual([]);
  });

  it("a removed bot (or a 403 in the channel) pauses the subscription; turning it on again resumes it", async () => {
    await digest.subscribe(chair, ch, { weekday: 1, time: "08:00", language: "sv" });
    // services.digest listens on the same conversations container; the delivery path pauses it.
    await services.delivery.conversationRemoved(TENANT, CHANNEL);
    expect((await digest.subscription(ch))?.status).toBe("paused");
    expect(await digest.due(new Date("2027-02-15T09:00:00Z"))).toEqual([]);
    // re-bind (the removal deactivated the home channel) and turn on again
    await services.agenda.bindChannel(admin, G, { tenantId: TENANT, teamId: "team", channelId: CHANNEL, conversationId: CHANNEL });
    expect(await digest.subscribe(chair, ch)).toMatchObject({ ok: true, subscription: { status: "on" } });
  });
});

describe("send time: the weekday and time in TIME_ZONE, a non-working day moves to the next working day", () => {
  it("Monday 08:00 by default; Easter Monday moves it to Tuesday", () => {
    expect(sendInstant(isoWeekOfDate("2027-02-08"), { weekday: 1, time: "08:00" }, TZ).toISOString()).toBe("2027-02-08T07:00:00.000Z");
    // Annandag påsk 2027-03-29 → tisdag 2027-03-30 08:00 (summer time, UTC+2)
    expect(sendInstant(isoWeekOfDate("2027-03-29"), { weekday: 1, time: "08:00" }, TZ).toISOString()).toBe("2027-03-30T06:00:00.000Z");
    // Christmas week 2026: juldagen is Friday 2026-12-25 → Monday 2026-12-28 (next ISO week)
    expect(sendInstant(isoWeekOfDate("2026-12-21"), { weekday: 5, time: "08:00" }, TZ).toISOString()).toBe("2026-12-28T07:00:00.000Z");
    expect(mondayOfWeek("2027-W06")).toBe("2027-02-08");
    expect(mondayOfWeek("2026-W53")).toBe("2026-12-28");
    expect(mondayOfWeek("2027-W53")).toBeUndefined();
    expect(digestOutboxId("19:abc@thread.tacv2;messageid=1", "2027-W06")).toBe("digest:19:abc@thread.tacv2:2027-W06");
  });

  it("due(): once the (shifted) time has come, for the week it belongs to; never before the subscription started", async () => {
    const ch = { tenantId: TENANT, conversationId: CHANNEL };
    clock.at = new Date("2027-03-20T09:00:00Z");
    await digest.subscribe(chair, ch, { weekday: 1, time: "08:00" });
    const ids = async (at: string) => (await digest.due(new Date(at))).map((d) => d.outboxId);
    expect(await ids("2027-03-29T07:00:00Z")).toEqual([]); // Easter Monday 09:00: not yet
    expect(await ids("2027-03-30T05:59:00Z")).toEqual([]);
    expect(await ids("2027-03-30T06:00:00Z")).toEqual([`digest:${CHANNEL}:2027-W13`]);
    expect(await ids("2027-04-02T10:00:00Z")).toEqual([`digest:${CHANNEL}:2027-W13`]); // catches up within the week
    // Friday digest: juldagen 2026-12-25 → Monday 2026-12-28 for week 52; week 53's Friday is nyårsdagen → 2027-01-04 (W01)
    await digest.unsubscribe(chair, ch);
    clock.at = new Date("2026-12-01T09:00:00Z");
    await digest.subscribe(chair, ch, { weekday: 5, time: "08:00" });
    expect(await ids("2026-12-25T10:00:00Z")).toEqual([]);
    expect(await ids("2026-12-28T07:00:00Z")).toEqual([`digest:${CHANNEL}:2026-W52`]);
    expect(await ids("2027-01-01T10:00:00Z")).toEqual([`digest:${CHANNEL}:2026-W52`]);
    expect(await ids("2027-01-04T07:00:00Z")).toEqual([`digest:${CHANNEL}:2026-W53`]);
    // A subscription turned on after this week's time gets its first digest next week (no back-filling).
    await digest.unsubscribe(chair, ch);
    clock.at = new Date("2027-02-08T10:00:00Z");
    await digest.subscribe(chair, ch, { weekday: 1, time: "08:00" });
    expect(await ids("2027-02-09T10:00:00Z")).toEqual([]);
    expect(await ids("2027-02-15T07:00:00Z")).toEqual([`digest:${CHANNEL}:2027-W07`]);
  });
});

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { compose } from "../../../src/compose";
import { cardRenderers } from "../../../cards/renderers";
import { ensureSampleCatalog, addInstance } from "../../../src/catalog/ingest";
import { parseMinutes } from "../../../src/minutes/parse";
import { minutesPostIds } from "../../../src/minutes/minutes-service";
import { minutesDigestSource } from "../../../src/minutes/digest-source";
import { versionOf } from "../../../src/minutes/schema";
import type { Actor } from "../../../src/agenda/schema";
import { CosmosMinutesStore } from "../../../src/minutes/cosmos-minutes-store";

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

export const MINUTES_TEXT = `# Protokoll
Närvarande: Carl Ordförande, Bertil Justerare, Sara Sekreterare
Justerare: Bertil Justerare

## 1. Mötets öppnande
Ordföranden öppnade mötet.

## 2. Gemensam rutin för utskrivning
Gruppen diskuterade rutinen.
Flera synpunkter kom fram om ansvarsfördelning.
Beslut: Rutinen antas
med tillägg om uppföljning.
Ansvarig: Carl Ordförande
Senast: 2026-12-15
- Åtgärd: Skicka rutinen till förvaltningarna; ansvarig: Sara Sekreterare; senast: 2026-12-01

§ 3 Övriga frågor
Inga övriga frågor.
`;

function movable(iso: string) {
  let t = Date.parse(iso);
  return { now: () => new Date(t), set: (s: string) => void (t = Date.parse(s)) };
}

const person = (id: string, name: string, isAdmin = false): Actor => ({ userId: id, aadObjectId: id, tenantId: "t1", name, isAdmin });
const admin = person("aad-admin", "Admin", true);
const sara = person("aad-sec", "Sara Sekreterare");
const carl = person("aad-chair", "Carl Ordförande");
const bertil = person("aad-adj", "Bertil Justerare");
const stranger = person("aad-x", "Xavier");

const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

describe("parseMinutes", () => {
  it("reads header, items, decisions over several lines, responsible, due and actions", () => {
    const r = parseMinutes(MINUTES_TEXT);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.content.attendees).toEqual(["Carl Ordförande", "Bertil Justerare", "Sara Sekreterare"]);
    expect(r.content.adjusters).toEqual(["Bertil Justerare"]);
    expect(r.content.items.map((i) => [i.no, i.title])).toEqual([
      [1, "Mötets öppnande"],
      [2, "Gemensam rutin för utskrivning"],
      [3, "Övriga frågor"],
    ]);
    expect(r.content.items[1]).toMatchObject({
      discussion: "Gruppen diskuterade rutinen.\nFlera synpunkter kom fram om ansvarsfördelning.",
      decision: "Rutinen antas\nmed tillägg om uppföljning.",
      responsible: "Carl Ordförande",
      due: "2026-12-15",
      actions: [{ text: "Skicka rutinen till förvaltningarna", responsible: "Sara Sekreterare", due: "2026-12-01" }],
    });
  });
  it("English keys work; problems are reported with line numbers", () => {
    const ok = parseMinutes("Attendees: A; B\nApprove by: 2026-12-04\n## Budget\nDecision: Approved\nDue: 2027-01-31\n- Action: Report; responsible: A");
    expect(ok).toMatchObject({ ok: true, dueDate: "2026-12-04", content: { items: [{ no: 1, decision: "Approved", due: "2027-01-31", actions: [{ text: "Report", responsible: "A" }] }] } });
    const bad = parseMinutes("Some text first\n## Item\nSenast: 2026-13-45");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.line)).toEqual([1, 3]);
    expect(parseMinutes("just text")).toMatchObject({ ok: false });
    expect(parseMinutes("## 1. A\n## 1. B")).toMatchObject({ ok: false, issues: [{ code: "DUPLICATE_NO", no: 1, line: 2 }] });
  });
  it("the version is a hash of the canonical content: line ends do not matter, a comma does", () => {
    const a = parseMinutes(MINUTES_TEXT);
    const b = parseMinutes(MINUTES_TEXT.replace(/\n/g, "\r\n"));
    const c = parseMinutes(MINUTES_TEXT.replace("Rutinen antas", "Rutinen antas,"));
    if (!a.ok || !b.ok || !c.ok) throw new Error("parse");
    expect(versionOf(a.content)).toBe(versionOf(b.content));
    expect(versionOf(a.content)).not.toBe(versionOf(c.content));
    expect(versionOf(a.content)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("MinutesService against the embedded store", () => {
  let store: Store;
  let services: Services;
  let clock: ReturnType<typeof movable>;
  let meetingId: string;
  let vcg: string;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-minutes-"));
    const config = loadConfig({ DATA_DIR: dataDir, TIME_ZONE: "Europe/Stockholm" });
    store = await openStore(config, { owner: "bot" });
    clock = movable("2026-11-20T09:00:00Z");
    services = compose({ config, clock, store, logger: pino({ level: "silent" }) }, cardRenderers);
    await ensureSampleCatalog(services);
    for (const [role, p] of [
      ["secretary", sara],
      ["chair", carl],
      ["adjuster", bertil],
    ] as const) {
      must(await services.agenda.assignRole(admin, GROUP, role, { aadObjectId: p.aadObjectId, tenantId: "t1", name: p.name }));
    }
    must(await services.agenda.bindChannel(admin, GROUP, { tenantId: "t1", teamId: "19:team", channelId: "19:home@thread.tacv2", conversationId: "19:home@thread.tacv2" }));
    meetingId = must(await services.agenda.createMeeting(admin, GROUP, { at: "2026-11-23T13:00" })).meeting.id;
    // An instance of the kind whose mandate says "delges Ledningsgruppen och samverkansnämndens kansli".
    const added = await addInstance({ catalog: services.catalog, clock, timeZone: "Europe/Stockholm" }, [], { kindId: "sjukvardsregion-mellansverige:verksamhetschefsgrupp", name: "Verksamhetschefsgrupp Test" });
    if (!added.ok) throw new Error(added.message);
    vcg = added.entry.id;
  });
  afterAll(async () => {
    await services?.minutes.settled();
    await store?.close();
  });

  it("draft → request → approvals → approved once, posts with deterministic ids; a locked change needs a reason", async () => {
    clock.set("2026-11-23T16:00:00Z");
    expect(await services.minutes.load(stranger, meetingId, MINUTES_TEXT)).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await services.minutes.load(sara, "meeting:nope", MINUTES_TEXT)).toMatchObject({ ok: false, code: "UNKNOWN_MEETING" });
    const loaded = must(await services.minutes.load(sara, meetingId, MINUTES_TEXT));
    expect(loaded).toMatchObject({ created: true, minutes: { status: "draft", versionNo: 1, meetingDate: "2026-11-23" } });
    const m0 = loaded.minutes;
    // Approving a draft is refused; a stranger is not an approver.
    expect(await services.minutes.approve(carl, GROUP, m0.id, m0.version)).toMatchObject({ ok: false, code: "NOT_AN_APPROVER" });
    expect(await services.minutes.request(bertil, GROUP, m0.id)).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    const req = must(await services.minutes.request(sara, GROUP, m0.id));
    expect(req.minutes).toMatchObject({ status: "requested", round: 1, dueDate: "2026-11-30" });
    expect(req.minutes.approvers.map((a) => [a.name, a.roles])).toEqual([
      ["Carl Ordförande", ["chair"]],
      ["Bertil Justerare", ["adjuster"]],
    ]);
    const m = req.minutes;
    // The round's cards go out from the fan-out, off the caller's path.
    await services.minutes.settled();
    const outbox = services.delivery.outbox;
    expect(await outbox.get(minutesPostIds.channel(m, 1))).toMatchObject({ target: { kind: "channel", conversationId: "19:home@thread.tacv2" } });
    expect(await outbox.get(minutesPostIds.approver(m, 1, "aad-adj"))).toMatchObject({ target: { kind: "person", userId: "aad-adj", fallbackChannel: { conversationId: "19:home@thread.tacv2" } } });

    expect(await services.minutes.approve(stranger, GROUP, m.id, m.version)).toMatchObject({ ok: false, code: "NOT_AN_APPROVER" });
    expect(await services.minutes.approve(carl, GROUP, m.id, "0000000000000000")).toMatchObject({ ok: false, code: "STALE_VERSION", version: m.version });
    const first = must(await services.minutes.approve(carl, GROUP, m.id, m.version));
    expect(first).toMatchObject({ transitioned: false, minutes: { status: "requested" } });
    expect(must(await services.minutes.approve(carl, GROUP, m.id, m.version)).already).toBe(true);
    const last = must(await services.minutes.approve(bertil, GROUP, m.id, m.version));
    expect(last).toMatchObject({ transitioned: true, minutes: { status: "approved" } });
    await services.minutes.settled();
    expect(await outbox.get(minutesPostIds.final(last.minutes))).toMatchObject({ target: { kind: "channel" } });
    expect(await services.minutes.approve(bertil, GROUP, m.id, m.version)).toMatchObject({ ok: false, code: "ALREADY_APPROVED" });

    // Locked: a change needs a reason, which makes a new revision and asks again.
    const edited = MINUTES_TEXT.replace("Inga övriga frågor.", "Inga övriga frågor anmäldes.");
    expect(await services.minutes.load(sara, meetingId, edited)).toMatchObject({ ok: false, code: "LOCKED" });
    const revised = must(await services.minutes.load(sara, meetingId, edited, { reason: "Felskrivning i § 3" }));
    expect(revised).toMatchObject({ asked: true, minutes: { status: "requested", versionNo: 2, round: 2, approvals: [], revisions: [{ reason: "Felskrivning i § 3", versionNo: 2 }] } });
    const actions = (await services.minutes.auditOf(m)).map((e) => `${e.action}:v${e.versionNo}:${e.actor.userId}`);
    expect(actions).toEqual(["load:v1:aad-sec", "request:v1:aad-sec", "approve:v1:aad-chair", "approve:v1:aad-adj", "approved:v1:aad-adj", "distribute:v1:system", "revise:v2:aad-sec", "request:v2:aad-sec"]);
  });

  it("an approval lands only while its round is asked for (the patch's condition), and never twice in the tally", async () => {
    const minutesStore = new CosmosMinutesStore(store.container("work"));
    const id = `minutes:${meetingId}`;
    const before = (await minutesStore.read(GROUP, id))!.doc;
    expect(before).toMatchObject({ status: "requested", round: 2 });
    const approval = (round: number) => ({ key: "aad-chair", version: before.version, round, at: "2026-11-23T17:00:00.000Z", by: { userId: "aad-chair", name: "Carl Ordförande", via: "teams" as const } });
    // A click on a card of round 1 (read before the revision) changes nothing.
    expect(await minutesStore.appendApproval(GROUP, id, approval(1))).toBe("moved");
    expect((await minutesStore.read(GROUP, id))!.doc).toMatchObject({ revision: before.revision, approvals: before.approvals });
    // Two landings of the same approver (a double click racing itself) count once.
    for (let i = 0; i < 2; i++) expect(await minutesStore.appendApproval(GROUP, id, approval(2))).toMatchObject({ doc: { round: 2 } });
    const shown = must(await services.minutes.read(carl, GROUP, id));
    expect(shown.view.minutes.approvals.map((a) => a.key)).toEqual(["aad-chair"]);
    expect(await minutesStore.appendApproval(GROUP, "minutes:meeting:nope", approval(2))).toBeUndefined();
  });

  it("a change request is recorded, the secretary told 1:1; an edit makes a new version, clears approvals and asks again", async () => {
    const m = (await services.minutes.find(meetingId))!;
    must(await services.minutes.approve(carl, GROUP, m.id, m.version));
    expect(await services.minutes.requestChanges(bertil, GROUP, m.id, m.version, "")).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    // No personal identity number is stored, whatever dash or space it is written with.
    for (const pnr of ["19121212-1212", "121212\u20131212", "121212\u20111212", "19121212\u00a01212"]) {
      expect(await services.minutes.requestChanges(bertil, GROUP, m.id, m.version, `Gäller ${pnr}`, 2)).toMatchObject({ ok: false, code: "PERSONAL_DATA" });
      expect(await services.minutes.saveItem(sara, meetingId, { title: "Ärende", decision: `Bidrag till ${pnr}` })).toMatchObject({ ok: false, code: "PERSONAL_DATA" });
    }
    expect(JSON.stringify(await services.minutes.get(GROUP, m.id))).not.toMatch(/1212/);
    const ch = must(await services.minutes.requestChanges(bertil, GROUP, m.id, m.version, "§ 2: ansvarig saknas för uppföljningen", 2));
    expect(ch.request).toMatchObject({ itemNo: 2, key: "aad-adj", version: m.version });
    await services.minutes.settled();
    expect(await services.delivery.outbox.get(minutesPostIds.changes(m, "aad-adj", ch.request.at))).toMatchObject({ target: { kind: "person", userId: "aad-sec" } });
    const next = must(await services.minutes.load(sara, meetingId, MINUTES_TEXT.replace("Inga övriga frågor.", "Inga övriga frågor anmäldes.").replace("Ansvarig: Carl Ordförande", "Ansvarig: Bertil Justerare")));
    expect(next).toMatchObject({ asked: true, minutes: { status: "requested", versionNo: 3, round: 3, approvals: [] } });
    expect(await services.minutes.approve(carl, GROUP, m.id, m.version)).toMatchObject({ ok: false, code: "STALE_VERSION" });
    await services.minutes.settled();
    expect(await services.delivery.outbox.get(minutesPostIds.approver(next.minutes, 3, "aad-chair"))).toBeDefined();
  });

  it("reminders after 'justeras senast': once per approver and version, only for those who have not approved", async () => {
    const m = (await services.minutes.find(meetingId))!;
    must(await services.minutes.approve(carl, GROUP, m.id, m.version));
    expect(await services.minutes.remindersDue(new Date("2026-11-30T12:00:00Z"))).toEqual([]);
    const due = await services.minutes.remindersDue(new Date("2026-12-01T08:00:00Z"));
    expect(due.map((d) => d.id)).toEqual([minutesPostIds.reminder(m, "aad-adj")]);
    const runs = await services.delivery.scheduler.runDue(new Date("2026-12-01T08:05:00Z"), ["minutes-reminders"]);
    expect(runs[0]).toMatchObject({ status: "ran", enqueued: [minutesPostIds.reminder(m, "aad-adj")] });
    // The next hour has nothing new to do: the slot is not claimed, nothing is written (issue #19, idle is idle).
    const writes = services.store.durability()?.journalled;
    const again = await services.delivery.scheduler.runDue(new Date("2026-12-01T09:05:00Z"), ["minutes-reminders"]);
    expect(again[0]).toMatchObject({ status: "ran", reason: "NOTHING_DUE", enqueued: [] });
    expect(services.store.durability()?.journalled).toBe(writes);
  });

  it("the digest port: awaiting approval (overdue first) and follow-ups of approved minutes", async () => {
    const src = minutesDigestSource(services.minutes);
    const waiting = await src.awaitingApproval(GROUP, new Date("2026-12-01T08:00:00Z"));
    expect(waiting).toEqual([
      expect.objectContaining({ meetingDate: "2026-11-23", dueDate: "2026-11-30", overdue: true, approvedCount: 1, approverCount: 2, pending: ["Bertil Justerare"], notReached: [] }),
    ]);
    const m = (await services.minutes.find(meetingId))!;
    must(await services.minutes.approve(bertil, GROUP, m.id, m.version));
    expect(await src.awaitingApproval(GROUP, new Date("2026-12-01T08:00:00Z"))).toEqual([]);
    const follow = await src.followUps(GROUP, new Date("2026-11-28T08:00:00Z"), 7);
    expect(follow.map((f) => [f.kind, f.due, f.overdue])).toEqual([["action", "2026-12-01", false]]);
    const later = await src.followUps(GROUP, new Date("2026-12-10T08:00:00Z"), 7);
    expect(later.map((f) => [f.kind, f.responsible, f.due, f.overdue])).toEqual([
      ["action", "Sara Sekreterare", "2026-12-01", true],
      ["decision", "Bertil Justerare", "2026-12-15", false],
    ]);
  });

  it("distribution follows the mandate: a recipient with a home channel gets a post, one without is awaiting distribution", async () => {
    // The in-memory catalog notices the added instance within its check interval (2 s).
    await new Promise((r) => setTimeout(r, 2_100));
    expect(await services.minutes.recipients(vcg)).toEqual([
      expect.objectContaining({ entryId: "sjukvardsregion-mellansverige:ledningsgrupp", clause: expect.stringMatching(/delges Ledningsgruppen och samverkansnämndens kansli/) }),
      expect.objectContaining({ entryId: "sjukvardsregion-mellansverige:kansli", name: "Samverkansnämndens kansli" }),
    ]);
    must(await services.agenda.assignRole(admin, vcg, "chair", { aadObjectId: "aad-vchair", tenantId: "t1", name: "Vera" }));
    must(await services.agenda.bindChannel(admin, "sjukvardsregion-mellansverige:ledningsgrupp", { tenantId: "t1", teamId: "19:lg", channelId: "19:lg@thread.tacv2", conversationId: "19:lg@thread.tacv2" }));
    must(await services.minutes.setSettings(admin, vcg, { approverRoles: ["chair"] }));
    const meeting = must(await services.agenda.createMeeting(admin, vcg, { at: "2026-12-02T10:00" })).meeting;
    const m = must(await services.minutes.load(admin, meeting.id, "## 1. Läget\nBeslut: Noterat")).minutes;
    // Before the meeting approval cannot be asked for; the draft is kept.
    expect(await services.minutes.request(admin, vcg, m.id)).toMatchObject({ ok: false, code: "MEETING_NOT_HELD", when: "2026-12-02 10:00" });
    clock.set("2026-12-02T12:00:00Z");
    must(await services.minutes.request(admin, vcg, m.id));
    const done = must(await services.minutes.approve(person("aad-vchair", "Vera"), vcg, m.id, m.version));
    expect(done.transitioned).toBe(true);
    await services.minutes.settled();
    const stored = (await services.minutes.get(vcg, m.id))!;
    expect(stored.distribution).toEqual([
      expect.objectContaining({ entryId: "sjukvardsregion-mellansverige:ledningsgrupp", status: "posted", outboxId: minutesPostIds.distribution(m, "sjukvardsregion-mellansverige:ledningsgrupp") }),
      expect.objectContaining({ entryId: "sjukvardsregion-mellansverige:kansli", status: "awaiting" }),
    ]);
    expect(await services.delivery.outbox.get(minutesPostIds.distribution(m, "sjukvardsregion-mellansverige:ledningsgrupp"))).toMatchObject({ target: { conversationId: "19:lg@thread.tacv2" } });
    // The mandate's "godkännas av ordförande … publiceras på intranätet" names no body: listed, awaiting.
    expect((await services.minutes.recipients("vgr:samordningsrad-bild-och-funktionsmedicin")).map((r) => r.name)).toEqual(["intranätet"]);
  });
});

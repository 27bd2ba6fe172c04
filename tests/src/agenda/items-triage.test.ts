import type { AgendaItem, Meeting } from "../../../src/agenda/schema";
import { admin, chair, member, openFixture, outsider, person, secretary, seedRoles, submitter, type Fixture } from "./support";

const item = (over: Record<string, unknown> = {}) => ({
  title: "Gemensam rutin för utskrivning",
  description: "Förslag om en gemensam rutin för utskrivning från slutenvård till kommunal hemsjukvård.",
  kind: "beslut" as const,
  links: ["https://samverkan.example.se/rutin.pdf"],
  ...over,
});

const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

describe("agenda items and triage in the work store", () => {
  let f: Fixture;
  let m1: Meeting;
  let m2: Meeting;
  const secB = person("sec-b", "Bo Sekreterare B");

  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
    await seedRoles(f, "g-a");
    await seedRoles(f, "g-b", { chair: person("chair-b"), secretary: secB });
    m1 = must(await f.agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00", place: "Västerås" })).meeting;
    m2 = must(await f.agenda.createMeeting(chair, "g-a", { at: "2026-05-19T13:00", place: "Västerås" })).meeting;
    must(await f.agenda.createMeeting(person("chair-b"), "g-b", { at: "2026-04-20T09:00" }));
  });
  afterAll(async () => {
    await f.store.close();
  });

  it("validates required fields, lengths and links", async () => {
    const bad = async (over: Record<string, unknown>) => f.agenda.submitItem(submitter, "g-a", item(over) as never);
    expect(await bad({ title: "x" })).toMatchObject({ ok: false, code: "INVALID_INPUT", issues: [{ path: "title" }] });
    expect(await bad({ title: "t".repeat(201) })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await bad({ description: "   " })).toMatchObject({ ok: false, code: "INVALID_INPUT", issues: [{ path: "description" }] });
    expect(await bad({ description: "d".repeat(4001) })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await bad({ kind: "gossip" })).toMatchObject({ ok: false, code: "INVALID_INPUT", issues: [{ path: "kind" }] });
    for (const link of ["javascript:alert(1)", "ftp://files.example.se/a", "https://user:pw@example.se/", "not a link", "https://intranet/"]) {
      expect(await bad({ links: [link] })).toMatchObject({ ok: false, code: "INVALID_INPUT", issues: [{ path: "links.0" }] });
    }
    expect(await bad({ links: Array.from({ length: 11 }, (_, i) => `https://e.se/${i}`) })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.submitItem(submitter, "no-such-group", item())).toMatchObject({ ok: false, code: "UNKNOWN_GROUP" });
    expect(await f.agenda.submitItem(submitter, "g-a", item({ preferredMeetingId: "meeting:nope" }))).toMatchObject({ ok: false, code: "UNKNOWN_MEETING" });
    // A meeting of another group is not a meeting of this one.
    const bMeeting = (await f.agenda.upcomingMeetings("g-b"))[0]!;
    expect(await f.agenda.submitItem(submitter, "g-a", item({ preferredMeetingId: bMeeting.id }))).toMatchObject({ ok: false, code: "UNKNOWN_MEETING" });
    expect((await f.agenda.listItems("g-a")).length).toBe(0);
  });

  it("takes an item on time for the next meeting; the submitter edits and withdraws it until triaged", async () => {
    const r = must(await f.agenda.submitItem(submitter, "g-a", item()));
    expect(r.item).toMatchObject({ status: "submitted", late: false, meetingId: m1.id, revision: 1, submitter: { aadObjectId: "sub-1", teamsId: "29:sub-1", tenantId: "t1", name: "Anna Anmälare" } });
    expect(r.dates).toMatchObject({ itemDeadline: "2026-03-27" });
    const id = r.item.id;
    expect(await f.agenda.editItem(outsider, "g-a", id, 1, { title: "Kapad titel" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.editItem(submitter, "g-a", id, 1, { title: "x" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.editItem(submitter, "g-a", id, 1, { title: "Gemensam rutin, reviderad" })).toMatchObject({ ok: true, item: { title: "Gemensam rutin, reviderad", revision: 2 } });
    expect(await f.agenda.editItem(submitter, "g-a", id, 1, { title: "Gammal vy" })).toMatchObject({ ok: false, code: "STALE_REVISION", revision: 2 });
    expect(await f.agenda.editItem(submitter, "g-b", id, 2, { title: "Fel grupp" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await f.agenda.withdrawItem(submitter, "g-a", id, 2)).toMatchObject({ ok: true, item: { status: "withdrawn", revision: 3 } });
    expect(await f.agenda.editItem(submitter, "g-a", id, 3, { title: "Efter återtag" })).toMatchObject({ ok: false, code: "ALREADY_HANDLED", status: "withdrawn" });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: id, revision: 3, action: "accept" })).toMatchObject({ ok: false, code: "ALREADY_HANDLED", status: "withdrawn", by: { userId: "sub-1" } });
  });

  it("marks late items and sends them to the next meeting, or to the meeting when the submitter chooses so", async () => {
    f.clock.set("2026-03-27T22:30:00Z"); // 23:30 on the deadline day in Stockholm: on time
    expect(must(await f.agenda.submitItem(submitter, "g-a", item({ title: "I sista minuten" }))).item).toMatchObject({ late: false, meetingId: m1.id });
    f.clock.set("2026-03-28T08:00:00Z"); // the day after
    expect(must(await f.agenda.submitItem(submitter, "g-a", item({ title: "För sent" }))).item).toMatchObject({ late: true, meetingId: m2.id, raiseAtMeeting: false });
    expect(must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Väcks på mötet", raiseAtMeeting: true }))).item).toMatchObject({ late: true, meetingId: m1.id, raiseAtMeeting: true });
    expect(must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Till maj", preferredMeetingId: m2.id }))).item).toMatchObject({ late: false, meetingId: m2.id });
    f.clock.set("2026-05-10T08:00:00Z"); // after m2's deadline, no meeting after it
    const none = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Ingen möteslucka" }))).item;
    expect(none.late).toBe(true);
    expect(none.meetingId).toBeUndefined();
    f.clock.set("2026-03-02T09:00:00Z");
  });

  it("lets the chair, vice chair, secretary and administrators triage; the refusal names who holds the roles", async () => {
    const it1 = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Behörighetsprov" }))).item;
    for (const who of [outsider, member, submitter, secB]) {
      expect(await f.agenda.triage(who, { groupId: "g-a", itemId: it1.id, revision: 1, action: "accept" })).toMatchObject({
        ok: false,
        code: "NOT_ALLOWED",
        right: "triage",
        holders: [
          { role: "chair", name: "Cecilia Chair" },
          { role: "secretary", name: "Sara Sekreterare" },
        ],
      });
    }
    expect((await f.agenda.getItem("g-a", it1.id))?.status).toBe("submitted");
    // An administrator without a role in the group may triage (a first run: nobody holds a role yet).
    expect(must(await f.agenda.triage(admin, { groupId: "g-a", itemId: it1.id, revision: 1, action: "defer" })).item).toMatchObject({ status: "deferred", triage: { by: { userId: "admin-1" } } });
    // A group without triage roles: the refusal says none holds them.
    const c1 = must(await f.agenda.submitItem(submitter, "g-c", item({ title: "Utan roller" }))).item;
    expect(await f.agenda.triage(outsider, { groupId: "g-c", itemId: c1.id, revision: 1, action: "accept" })).toMatchObject({ ok: false, code: "NOT_ALLOWED", holders: [] });
  });

  it("refuses tampered card data: another group, another item's id, a stale revision, unknown actions", async () => {
    const a1 = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Ärende A1" }))).item;
    const a2 = must(await f.agenda.editItem(submitter, "g-a", must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Ärende A2" }))).item.id, 1, { kind: "diskussion" })).item;
    const b1 = must(await f.agenda.submitItem(submitter, "g-b", item({ title: "Ärende B1" }))).item;
    // g-b's secretary names g-b but g-a's item id: not found in g-b's partition.
    expect(await f.agenda.triage(secB, { groupId: "g-b", itemId: a1.id, revision: 1, action: "accept" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // g-a's secretary names g-a with g-b's item id.
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: b1.id, revision: 1, action: "reject", reason: "Fel grupp" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // g-a's secretary names g-b (where she has no role).
    expect(await f.agenda.triage(secretary, { groupId: "g-b", itemId: b1.id, revision: 1, action: "accept" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    // a2 is at revision 2; a card showing revision 1 (or a1's revision) is stale.
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a2.id, revision: 1, action: "accept" })).toMatchObject({ ok: false, code: "STALE_REVISION", revision: 2 });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a1.id, revision: 2, action: "accept" })).toMatchObject({ ok: false, code: "STALE_REVISION", revision: 1 });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a1.id, revision: 1, action: "approve" as never })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a1.id, revision: 1, action: "reject" })).toMatchObject({ ok: false, code: "INVALID_INPUT", issues: [{ path: "reason" }] });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a1.id, revision: 1, action: "reject", reason: "  " })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const bMeeting = (await f.agenda.upcomingMeetings("g-b"))[0]!;
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a1.id, revision: 1, action: "accept", meetingId: bMeeting.id })).toMatchObject({ ok: false, code: "UNKNOWN_MEETING" });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a1.id, revision: 1, action: "reopen" })).toMatchObject({ ok: false, code: "INVALID_STATE" });
    for (const i of [a1, b1]) expect((await f.agenda.getItem(i.groupId, i.id))?.revision).toBe(1);
  });

  it("lets exactly one of 10 concurrent accepts win; the others are told who handled it", async () => {
    const it1 = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Tio samtidiga" }))).item;
    const who = [chair, secretary];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => f.agenda.triage(who[i % 2]!, { groupId: "g-a", itemId: it1.id, revision: 1, action: "accept" })),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = winners[0] as { item: AgendaItem };
    expect(winner.item).toMatchObject({ status: "accepted", revision: 2, meetingId: m1.id });
    const winnerId = winner.item.triage!.by.userId;
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, code: "ALREADY_HANDLED", status: "accepted", revision: 2, by: { userId: winnerId } });
    // Mixed actions at once: still one winner.
    const it2 = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Blandat" }))).item;
    const mixed = await Promise.all([
      f.agenda.triage(chair, { groupId: "g-a", itemId: it2.id, revision: 1, action: "accept" }),
      f.agenda.triage(secretary, { groupId: "g-a", itemId: it2.id, revision: 1, action: "reject", reason: "Hör inte hit" }),
      f.agenda.triage(chair, { groupId: "g-a", itemId: it2.id, revision: 1, action: "defer" }),
      f.agenda.triage(secretary, { groupId: "g-a", itemId: it2.id, revision: 1, action: "redirect", toGroupId: "g-b" }),
    ]);
    expect(mixed.filter((r) => r.ok)).toHaveLength(1);
    expect(mixed.filter((r) => !r.ok && r.code === "ALREADY_HANDLED")).toHaveLength(3);
    const log = (await f.agenda.auditLog("g-a")).filter((e) => e.subject.id === it1.id && e.action === "item.accept");
    expect(log).toHaveLength(1);
  });

  it("accepts onto a meeting's agenda in order, defers, rejects, reopens and redirects", async () => {
    const a = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Först på listan" }))).item;
    const b = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Sedan denna" }))).item;
    const c = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Skjuts upp" }))).item;
    const d = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Avslås" }))).item;
    const e = must(await f.agenda.submitItem(submitter, "g-a", item({ title: "Till annan grupp" }))).item;
    f.clock.set("2026-03-03T09:00:00Z");
    must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: a.id, revision: 1, action: "accept" }));
    f.clock.set("2026-03-03T09:05:00Z");
    must(await f.agenda.triage(chair, { groupId: "g-a", itemId: b.id, revision: 1, action: "accept", meetingId: m1.id }));
    const deferred = must(await f.agenda.triage(chair, { groupId: "g-a", itemId: c.id, revision: 1, action: "defer" })).item;
    expect(deferred).toMatchObject({ status: "deferred", meetingId: m2.id, triage: { action: "defer", meetingId: m2.id, by: { userId: "chair-1" } } });
    const rejected = must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: d.id, revision: 1, action: "reject", reason: "Hanteras redan av länsgruppen" })).item;
    expect(rejected).toMatchObject({ status: "rejected", triage: { reason: "Hanteras redan av länsgruppen" } });

    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: e.id, revision: 1, action: "redirect", toGroupId: "g-a" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: e.id, revision: 1, action: "redirect", toGroupId: "nowhere" })).toMatchObject({ ok: false, code: "UNKNOWN_GROUP" });
    const red = must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: e.id, revision: 1, action: "redirect", toGroupId: "g-b" }));
    expect(red.item).toMatchObject({ status: "redirected", triage: { toGroupId: "g-b", redirectedItemId: red.redirected!.id } });
    expect(await f.agenda.getItem("g-b", red.redirected!.id)).toMatchObject({ status: "submitted", revision: 1, title: "Till annan grupp", redirectedFrom: { groupId: "g-a", itemId: e.id }, submitter: { aadObjectId: "sub-1" } });
    expect((await f.agenda.auditLog("g-b")).some((x) => x.action === "item.redirected-in" && x.subject.id === red.redirected!.id)).toBe(true);

    const agenda = must(await f.agenda.agenda("g-a")).agenda;
    expect(agenda.meeting.id).toBe(m1.id);
    const titles = agenda.items.map((i) => i.title);
    expect(titles.indexOf("Först på listan")).toBeLessThan(titles.indexOf("Sedan denna"));
    expect(titles).not.toContain("Skjuts upp");
    expect(titles).not.toContain("Avslås");
    expect(agenda.pending.every((i) => i.status === "submitted")).toBe(true);
    expect(must(await f.agenda.agenda("g-a", m2.id)).agenda.items.map((i) => i.title)).toEqual([]);

    // Reopen the rejection; a second reopen from a stale card is told who did it.
    const reopened = must(await f.agenda.triage(chair, { groupId: "g-a", itemId: d.id, revision: 2, action: "reopen" })).item;
    expect(reopened).toMatchObject({ status: "submitted", revision: 3, triage: { action: "reopen", by: { userId: "chair-1" } } });
    expect(await f.agenda.triage(secretary, { groupId: "g-a", itemId: d.id, revision: 2, action: "reopen" })).toMatchObject({ ok: false, code: "ALREADY_HANDLED", by: { userId: "chair-1" } });
    expect(must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: d.id, revision: 3, action: "accept", meetingId: m2.id })).item).toMatchObject({ status: "accepted", meetingId: m2.id, revision: 4 });
    // Accepting a deferred item later works too.
    expect(must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: c.id, revision: 2, action: "accept" })).item).toMatchObject({ status: "accepted", meetingId: m2.id });
    const m2Agenda = must(await f.agenda.agenda("g-a", m2.id)).agenda.items.map((i) => i.title);
    expect(m2Agenda).toEqual(["Avslås", "Skjuts upp"]);

    const actions = (await f.agenda.auditLog("g-a")).filter((x) => [a.id, c.id, d.id, e.id].includes(x.subject.id)).map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(["item.submit", "item.accept", "item.defer", "item.reject", "item.reopen", "item.redirect"]));
  });
});

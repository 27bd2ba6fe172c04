import { admin, chair, member, openFixture, outsider, person, secretary, seedRoles, type Fixture } from "./support";

describe("roles and meetings in the work store", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
  });
  afterAll(async () => {
    await f.store.close();
  });

  it("lets only admins assign chair, vice chair and secretary", async () => {
    expect(await f.agenda.assignRole(outsider, "g-a", "chair", { aadObjectId: "x" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    await seedRoles(f, "g-a");
    expect(await f.agenda.assignRole(chair, "g-a", "viceChair", { aadObjectId: "v" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.assignRole(secretary, "g-a", "secretary", { aadObjectId: "s2" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.assignRole(admin, "g-a", "viceChair", { aadObjectId: "v", name: "Vera Vice" })).toMatchObject({ ok: true });
    expect(await f.agenda.rolesOf(chair, "g-a")).toEqual(["chair"]);
  });

  it("lets the chair or secretary assign members, co-opted and adjusters; members may not", async () => {
    expect(await f.agenda.assignRole(secretary, "g-a", "adjuster", { teamsId: "29:adj", name: "Adam Justerare" })).toMatchObject({ ok: true });
    expect(await f.agenda.assignRole(chair, "g-a", "coopted", { aadObjectId: "co-1", name: "Cora", region: "ignored" })).toMatchObject({ ok: true });
    expect(await f.agenda.assignRole(member, "g-a", "member", { aadObjectId: "m2" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    // The chair of g-a is nobody in g-b.
    expect(await f.agenda.assignRole(chair, "g-b", "member", { aadObjectId: "m2" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    const roles = await f.agenda.listRoles("g-a");
    expect(roles.map((r) => r.role)).toEqual(["chair", "viceChair", "secretary", "member", "coopted", "adjuster"]);
    expect(roles.find((r) => r.role === "member")?.person).toMatchObject({ aadObjectId: "mem-1", region: "Västmanland" });
    expect(roles.find((r) => r.role === "coopted")?.person.region).toBeUndefined();
  });

  it("refuses bad input: unknown group, unknown role, a person without ids", async () => {
    expect(await f.agenda.assignRole(admin, "no-such-group", "chair", { aadObjectId: "x" })).toMatchObject({ ok: false, code: "UNKNOWN_GROUP" });
    expect(await f.agenda.assignRole(admin, "g-a", "king" as never, { aadObjectId: "x" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.assignRole(admin, "g-a", "member", { name: "No Id" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });

  it("replaces the single chair and removes roles", async () => {
    const newChair = person("chair-2", "Carl Ny");
    const r = await f.agenda.assignRole(admin, "g-c", "chair", { aadObjectId: "chair-1", name: "Cecilia" });
    expect(r.ok).toBe(true);
    const again = await f.agenda.assignRole(admin, "g-c", "chair", { aadObjectId: newChair.aadObjectId, name: newChair.name });
    expect(again).toMatchObject({ ok: true, previous: { aadObjectId: "chair-1" } });
    expect((await f.agenda.listRoles("g-c")).filter((x) => x.role === "chair").map((x) => x.person.aadObjectId)).toEqual(["chair-2"]);
    expect(await f.agenda.rolesOf(chair, "g-c")).toEqual([]);
    expect(await f.agenda.assignRole(newChair, "g-c", "member", { aadObjectId: "m9" })).toMatchObject({ ok: true });
    expect(await f.agenda.removeRole(member, "g-c", "member", "m9")).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.removeRole(newChair, "g-c", "member", "m9")).toMatchObject({ ok: true });
    expect(await f.agenda.removeRole(newChair, "g-c", "member", "m9")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await f.agenda.listRoles("g-c")).map((x) => x.role)).toEqual(["chair"]);
  });

  it("lets the chair or secretary create, reschedule and cancel meetings, with revisions", async () => {
    expect(await f.agenda.createMeeting(member, "g-a", { at: "2026-04-14T13:00" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.createMeeting(outsider, "g-a", { at: "2026-04-14T13:00" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.createMeeting(chair, "g-a", { at: "2026-01-14T13:00" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.createMeeting(chair, "g-a", { at: "soon" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00", onlineUrl: "javascript:alert(1)" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const created = await f.agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00", place: "Regionhuset, Västerås" });
    if (!created.ok) throw new Error(created.code);
    expect(created.meeting).toMatchObject({ date: "2026-04-14", time: "13:00", startsAt: "2026-04-14T11:00:00.000Z", status: "planned", revision: 1 });
    expect(created.dates).toMatchObject({ itemDeadline: "2026-03-27", kallelseDate: "2026-04-07" });

    const id = created.meeting.id;
    const moved = await f.agenda.rescheduleMeeting(secretary, "g-a", id, 1, { at: "2026-04-15T10:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/abc" });
    expect(moved).toMatchObject({ ok: true, meeting: { date: "2026-04-15", time: "10:00", revision: 2, place: "Regionhuset, Västerås" } });
    expect(await f.agenda.rescheduleMeeting(chair, "g-a", id, 1, { at: "2026-04-16T10:00" })).toMatchObject({ ok: false, code: "STALE_REVISION", revision: 2 });
    expect(await f.agenda.rescheduleMeeting(chair, "g-a", "meeting:nope", 1, { at: "2026-04-16T10:00" })).toMatchObject({ ok: false, code: "UNKNOWN_MEETING" });
    // Another group's chair cannot touch it, and g-a's meeting is not in g-b's partition.
    expect(await f.agenda.cancelMeeting(member, "g-a", id, 2)).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.cancelMeeting(admin, "g-b", id, 2)).toMatchObject({ ok: false, code: "UNKNOWN_MEETING" });
    expect(await f.agenda.cancelMeeting(chair, "g-a", id, 2, "för få anmälda ärenden")).toMatchObject({ ok: true, meeting: { status: "cancelled", revision: 3 } });
    expect(await f.agenda.cancelMeeting(chair, "g-a", id, 3)).toMatchObject({ ok: false, code: "ALREADY_HANDLED", by: { userId: "chair-1" } });
    expect(await f.agenda.upcomingMeetings("g-a")).toEqual([]);
  });

  it("keeps configurable deadlines per group (chair, secretary or admin)", async () => {
    expect(await f.agenda.setSettings(member, "g-a", { itemDeadlineWorkingDays: 3 })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.setSettings(chair, "g-a", { itemDeadlineWorkingDays: -1 })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await f.agenda.setSettings(chair, "g-a", { itemDeadlineWorkingDays: 3, kallelseTime: "13:30" })).toMatchObject({ ok: true, settings: { itemDeadlineWorkingDays: 3, kallelseDaysBefore: 7, kallelseTime: "13:30", revision: 1 } });
    const m = await f.agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00" });
    expect(m).toMatchObject({ ok: true, dates: { itemDeadline: "2026-04-09", kallelseDate: "2026-04-07", kallelseAt: "2026-04-07T11:30:00.000Z" } });
    expect(await f.agenda.settings("g-b")).toEqual({ itemDeadlineWorkingDays: 10, kallelseDaysBefore: 7, kallelseTime: "08:00" });
  });

  it("writes every change to the append-only audit log", async () => {
    const log = await f.agenda.auditLog("g-a");
    const actions = log.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["role.set", "meeting.create", "meeting.reschedule", "meeting.cancel", "settings.set"]),
    );
    expect(actions.filter((a) => a === "role.set")).toHaveLength(6);
    for (const e of log) {
      expect(e).toMatchObject({ type: "audit", groupId: "g-a" });
      expect(e.actor.userId).toBeTruthy();
      expect(Date.parse(e.at)).not.toBeNaN();
    }
    // Refusals write nothing.
    expect(log.some((e) => e.actor.userId === "mem-1" || e.actor.userId === "out-1")).toBe(false);
  });
});

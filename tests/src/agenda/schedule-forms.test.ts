import { AgendaService } from "../../../src/agenda/agenda-service";
import { CosmosAgendaRepository } from "../../../src/agenda/cosmos-agenda-repository";
import type { AgendaStore, RouteAnswer } from "../../../src/agenda/ports";
import type { Meeting } from "../../../src/agenda/schema";
import { admin, chair, openFixture, outsider, seedRoles, submitter, type Fixture } from "./support";

const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

/** The store port with a count of the calls per method (the use cases reach Cosmos only through it). */
function counting(store: AgendaStore): { store: AgendaStore; calls: Record<string, number>; reset(): void } {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        calls[String(key)] = (calls[String(key)] ?? 0) + 1;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls, reset: () => Object.keys(calls).forEach((k) => delete calls[k]) };
}

const directory = {
  get: async () => ({
    entries: [
      { id: "g-a", name: "Grupp A", entryType: "group" },
      { id: "g-b", name: "Grupp B", entryType: "group", kindId: "k-rad" },
      { id: "g-c", name: "Grupp C", entryType: "group", kindId: "k-rad" },
      { id: "k-rad", name: "Samordningsråd", entryType: "kind" },
      { id: "k-vcg", name: "Verksamhetschefsgrupper", entryType: "kind" },
    ],
  }),
};

describe("the group schedule: one point read for the next meeting, rebuilt after every change", () => {
  let f: Fixture;
  let agenda: AgendaService;
  let count: ReturnType<typeof counting>;
  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
    await seedRoles(f, "g-a");
    count = counting(new CosmosAgendaRepository(f.store.container("work")));
    agenda = new AgendaService(count.store, f.clock, { timeZone: "Europe/Stockholm", groupExists: async (g) => g.startsWith("g-") });
  });
  afterAll(async () => {
    await f.store.close();
  });

  it("answers nextMeeting from the schedule document alone, and follows creates, moves, cancels and settings", async () => {
    const m1 = must(await agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00", place: "Västerås" })).meeting;
    const m2 = must(await agenda.createMeeting(chair, "g-a", { at: "2026-05-19T13:00" })).meeting;
    count.reset();
    expect((await agenda.nextMeeting("g-a"))?.meeting.id).toBe(m1.id);
    expect(count.calls).toEqual({ schedule: 1 });
    count.reset();
    expect(await agenda.rolesOf(chair, "g-a")).toEqual(["chair"]);
    expect(count.calls).toEqual({ schedule: 1 });
    must(await agenda.rescheduleMeeting(chair, "g-a", m1.id, 1, { at: "2026-06-02T13:00" }));
    expect((await agenda.nextMeeting("g-a"))?.meeting.id).toBe(m2.id);
    must(await agenda.cancelMeeting(chair, "g-a", m2.id, 1));
    expect((await agenda.nextMeeting("g-a"))?.meeting).toMatchObject({ id: m1.id, date: "2026-06-02" });
    must(await agenda.setSettings(chair, "g-a", { itemDeadlineWorkingDays: 2 }));
    expect((await agenda.nextMeeting("g-a"))?.dates.itemDeadline).toBe("2026-05-29");
    // A group without a schedule gets one built on first read, then reads it.
    count.reset();
    expect(await agenda.nextMeeting("g-c")).toBeUndefined();
    count.reset();
    expect(await agenda.nextMeeting("g-c")).toBeUndefined();
    expect(count.calls).toEqual({ schedule: 1 });
  });

  it("repairs a schedule a crash left behind (a meeting written, the rebuild not)", async () => {
    const at = "2026-04-01T10:00:00.000Z";
    const orphan: Meeting = {
      id: "meeting:written-before-a-crash",
      type: "meeting",
      groupId: "g-a",
      startsAt: at,
      date: "2026-04-01",
      time: "12:00",
      timeZone: "Europe/Stockholm",
      status: "planned",
      revision: 1,
      createdBy: { userId: "x", name: "" },
      createdAt: at,
      updatedBy: { userId: "x", name: "" },
      updatedAt: at,
    };
    await count.store.create(orphan);
    expect((await agenda.nextMeeting("g-a"))?.meeting.id).not.toBe(orphan.id);
    expect(await agenda.repairSchedules()).toEqual(["g-a"]);
    expect((await agenda.nextMeeting("g-a"))?.meeting.id).toBe(orphan.id);
    // Nothing left to repair: the job writes nothing.
    expect(await agenda.repairSchedules()).toEqual([]);
    // A role removed in its document, the schedule not refreshed: the permission follows once repaired.
    await count.store.mutate<{ id: string; groupId: string; active: boolean }>("g-a", "role:chair", (cur) => (cur ? { ...cur, active: false } : undefined));
    expect(await agenda.rolesOf(chair, "g-a")).toEqual(["chair"]);
    expect(await agenda.repairSchedules()).toEqual(["g-a"]);
    expect(await agenda.rolesOf(chair, "g-a")).toEqual([]);
    expect(await agenda.createMeeting(chair, "g-a", { at: "2026-10-01T10:00" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
  });

  it("keeps the schedule right under concurrent meeting changes (ETag-guarded rebuilds)", async () => {
    const created = await Promise.all(Array.from({ length: 6 }, (_, i) => agenda.createMeeting(admin, "g-a", { at: `2026-09-${String(10 + i).padStart(2, "0")}T10:00` })));
    expect(created.every((r) => r.ok)).toBe(true);
    const planned = (await agenda.listMeetings("g-a")).filter((m) => m.status === "planned" && m.startsAt > f.clock.now().toISOString());
    expect((await agenda.upcomingMeetings("g-a")).map((m) => m.id).sort()).toEqual(planned.map((m) => m.id).sort());
    expect(await agenda.repairSchedules()).toEqual([]);
  });
});

describe("the submit form: a group picker, and suggestions of concrete groups only", () => {
  let f: Fixture;
  let answer: RouteAnswer;
  let agenda: AgendaService;
  const remembered = new Map<string, string>();
  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
    agenda = new AgendaService(new CosmosAgendaRepository(f.store.container("work")), f.clock, {
      timeZone: "Europe/Stockholm",
      groupExists: async (g) => g.startsWith("g-"),
      directory,
      router: async () => answer,
      preferences: {
        lastAgendaGroup: async (t, u) => remembered.get(`${t}|${u}`),
        rememberAgendaGroup: async (t, u, g) => void remembered.set(`${t}|${u}`, g),
      },
    });
  });
  afterAll(async () => {
    await f.store.close();
  });
  const fields = { groupId: "g-a", title: "Ett ärende", description: "Beskrivning", kind: "beslut", links: "", raiseAtMeeting: false, force: false };

  it("without a group: every concrete group (no kinds) to choose from, the last one used preselected", async () => {
    const first = must(await agenda.form(submitter, {})).view;
    expect(first.group).toBeUndefined();
    expect(first.groups.map((g) => g.id)).toEqual(["g-a", "g-b", "g-c"]);
    expect(first.preselected).toBeUndefined();
    answer = { status: "none", owner: null, confidence: 0, candidates: [] };
    expect(must(await agenda.submitFromForm(submitter, { ...fields, groupId: "g-b" }))).toMatchObject({ kind: "receipt" });
    expect(must(await agenda.form(submitter, {})).view.preselected).toBe("g-b");
    expect(must(await agenda.form(outsider, {})).view.preselected).toBeUndefined();
    expect(await agenda.form(submitter, { groupId: "k-rad" })).toMatchObject({ ok: false, code: "UNKNOWN_GROUP" });
  });

  it("suggests a concrete group; for a kind, the groups of the kind; for a kind without groups, none", async () => {
    const owner = (id: string, name: string): RouteAnswer => ({ status: "owner", owner: { id, name }, confidence: 0.9, candidates: [{ id, score: 1 }] });
    answer = owner("g-b", "Grupp B");
    expect(must(await agenda.submitFromForm(submitter, fields))).toMatchObject({ kind: "form", view: { notice: { kind: "suggest", to: { id: "g-b" } }, values: { title: "Ett ärende" } } });
    answer = owner("k-rad", "Samordningsråd");
    expect(must(await agenda.submitFromForm(submitter, fields))).toMatchObject({
      kind: "form",
      view: { notice: { kind: "suggestKind", of: { id: "k-rad" }, groups: [{ id: "g-b" }, { id: "g-c" }] } },
    });
    // The chosen group is itself of that kind: it fits, no suggestion.
    expect(must(await agenda.submitFromForm(submitter, { ...fields, groupId: "g-c" }))).toMatchObject({ kind: "receipt" });
    answer = owner("k-vcg", "Verksamhetschefsgrupper");
    expect(must(await agenda.submitFromForm(submitter, fields))).toMatchObject({ kind: "form", view: { notice: { kind: "kindWithoutGroups", of: { id: "k-vcg" } } } });
    // Sent anyway: submitted to the chosen group.
    expect(must(await agenda.submitFromForm(submitter, { ...fields, force: true }))).toMatchObject({ kind: "receipt", item: { groupId: "g-a" } });
    // A weak answer suggests nothing.
    answer = { ...owner("g-b", "Grupp B"), confidence: 0.3 };
    expect(must(await agenda.submitFromForm(submitter, { ...fields, title: "Ett annat ärende" }))).toMatchObject({ kind: "receipt" });
  });

  it("a form sent twice (a double click, a retry) makes one item; each rendered form has its own id", async () => {
    answer = { status: "none", owner: null, confidence: 0, candidates: [] };
    const view = must(await agenda.form(submitter, { groupId: "g-a" })).view;
    expect(view.formId).toBeTruthy();
    expect(must(await agenda.form(submitter, { groupId: "g-a" })).view.formId).not.toBe(view.formId);
    const sent = { ...fields, title: "Skickat två gånger", formId: view.formId! };
    const first = must(await agenda.submitFromForm(submitter, sent));
    const again = must(await agenda.submitFromForm(submitter, sent));
    expect(first).toMatchObject({ kind: "receipt" });
    expect(again).toMatchObject({ kind: "receipt", item: { id: (first as { item: { id: string } }).item.id, revision: 1 } });
    expect((await agenda.listItems("g-a")).filter((i) => i.title === "Skickat två gånger")).toHaveLength(1);
    // Someone else sending a form id they saw makes nothing and reads nothing.
    expect(await agenda.submitFromForm(outsider, sent)).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

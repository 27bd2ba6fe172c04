import { CosmosOutbox } from "../../../src/delivery/cosmos-outbox";
import { cosmosLeases } from "../../../src/delivery/cosmos-leases";
import { Scheduler } from "../../../src/delivery/scheduler";
import { kallelseJob, kallelserDue, kallelseOutboxId, kallelseText, type KallelseView } from "../../../src/agenda/kallelse";
import { messages } from "../../../src/i18n";
import type { Meeting } from "../../../src/agenda/schema";
import { admin, chair, member, openFixture, secretary, seedRoles, submitter, type Fixture } from "./support";

const channel = (n: string) => ({ tenantId: "t1", teamId: `19:team-${n}@thread.tacv2`, channelId: `19:chan-${n}@thread.tacv2`, conversationId: `19:chan-${n}@thread.tacv2;messageid=1700000000000` });

const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

describe("channel binding and the kallelse job", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
    await seedRoles(f, "g-a");
    await seedRoles(f, "g-b");
  });
  afterAll(async () => {
    await f.store.close();
  });

  it("binds a home channel per group (admin, chair or secretary), without the thread id; a channel may serve several groups", async () => {
    expect(await f.agenda.bindChannel(member, "g-a", channel("x"))).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await f.agenda.bindChannel(chair, "g-a", { ...channel("x"), tenantId: "" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const b = must(await f.agenda.bindChannel(secretary, "g-a", channel("x"))).binding;
    expect(b).toMatchObject({ conversationId: "19:chan-x@thread.tacv2", active: true, revision: 1 });
    must(await f.agenda.bindChannel(admin, "g-b", channel("x")));
    expect(await f.agenda.groupsOfChannel("19:chan-x@thread.tacv2;messageid=42")).toEqual(["g-a", "g-b"]);
    // One home channel per group: binding g-b elsewhere moves it.
    expect(must(await f.agenda.bindChannel(chair, "g-b", channel("y"))).previous).toMatchObject({ channelId: "19:chan-x@thread.tacv2" });
    expect(await f.agenda.groupsOfChannel("19:chan-x@thread.tacv2")).toEqual(["g-a"]);
    expect(await f.agenda.deactivateChannel("19:chan-y@thread.tacv2")).toEqual(["g-b"]);
    expect(await f.agenda.homeChannel("g-b")).toBeUndefined();
    expect((await f.agenda.auditLog("g-b")).map((e) => e.action).filter((a) => a.startsWith("binding"))).toEqual(["binding.set", "binding.set", "binding.deactivate"]);
  });

  it("posts the kallelse once at its time in the home channel, and lists a group without a channel as unsent", async () => {
    // Meeting Tue 2027-01-12 13:00: kallelse Tue 2027-01-05 08:00 CET = 07:00Z.
    const ma: Meeting = must(await f.agenda.createMeeting(chair, "g-a", { at: "2027-01-12T13:00", place: "Västerås" })).meeting;
    const mb: Meeting = must(await f.agenda.createMeeting(chair, "g-b", { at: "2027-01-12T13:00" })).meeting;
    const item = must(await f.agenda.submitItem(submitter, "g-a", { title: "Vårdplanering", description: "Läget i länet", kind: "information" })).item;
    must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: item.id, revision: 1, action: "accept" }));

    const rendered: KallelseView[] = [];
    const outbox = new CosmosOutbox(f.store.container("outbox"), f.clock);
    const scheduler = new Scheduler({ leases: cosmosLeases(f.store.container("leases")), outbox, timeZone: "Europe/Stockholm", clock: f.clock, owner: "test" });
    scheduler.register(
      kallelseJob(f.agenda, (v) => {
        rendered.push(v);
        return { text: `Kallelse ${v.meeting.date} ${v.meeting.time}: ${v.items.map((i) => i.title).join(", ")}` };
      }, outbox),
    );

    expect((await scheduler.runDue(new Date("2027-01-05T06:59:00Z")))[0]).toMatchObject({ status: "ran", enqueued: [] });
    const [run] = await scheduler.runDue(new Date("2027-01-05T07:00:00Z"));
    expect(run).toMatchObject({ status: "ran", enqueued: [kallelseOutboxId(ma.id)] });
    expect(rendered.map((v) => v.groupId)).toEqual(["g-a"]);
    expect(rendered[0]!.items.map((i) => i.title)).toEqual(["Vårdplanering"]);
    const posted = await outbox.get(kallelseOutboxId(ma.id));
    expect(posted).toMatchObject({ op: "post", target: { kind: "channel", conversationId: "19:chan-x@thread.tacv2", groupId: "g-a" }, payload: { text: "Kallelse 2027-01-12 13:00: Vårdplanering" } });

    // A later run posts nothing new and writes nothing (the slot is not claimed); g-b has no channel: listed as unsent.
    const [later] = await scheduler.runDue(new Date("2027-01-05T07:15:00Z"));
    expect(later).toMatchObject({ status: "ran", reason: "NOTHING_DUE", enqueued: [] });
    const due = await kallelserDue(f.agenda, new Date("2027-01-05T07:15:00Z"));
    expect(due.filter((d) => !d.binding).map((d) => d.meeting.id)).toEqual([mb.id]);
    // The text kallelse (until a card exists), Swedish and English.
    const sv = kallelseText(rendered[0]!, "Grupp *A*", messages("sv")).text!;
    expect(sv).toBe(["**Kallelse: Grupp A**", "Tid: 12 januari 2027 kl. 13:00", "Plats: Västerås", "", "**Dagordning**", "1. Vårdplanering (information)"].join("\n"));
    expect(kallelseText({ ...rendered[0]!, items: [] }, "Group A", messages("en")).text).toMatch(/When: 12 January 2027 at 13:00[\s\S]*No items are on the agenda yet/);
    // After the meeting has started nothing is due any more.
    expect(await kallelserDue(f.agenda, new Date("2027-01-12T12:00:01Z"))).toEqual([]);
  });
});

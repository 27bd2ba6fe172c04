import { CosmosOutbox } from "../../../src/delivery/cosmos-outbox";
import { kallelseOutboxId, kallelseRequests } from "../../../src/agenda/kallelse";
import { frequencyCheck, outcomeNotice, refreshKallelse } from "../../../src/agenda/notices";
import type { Meeting } from "../../../src/agenda/schema";
import { chair, openFixture, secretary, seedRoles, submitter, type Fixture } from "./support";

const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

describe("outcome notices, kallelse updates and meeting frequency", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
    await seedRoles(f, "g-a");
  });
  afterAll(async () => {
    await f.store.close();
  });

  it("queues one 1:1 notice per triage outcome to the submitter", async () => {
    must(await f.agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00" }));
    const item = must(await f.agenda.submitItem(submitter, "g-a", { title: "Ett ärende", description: "Beskrivning", kind: "diskussion" })).item;
    const accepted = must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: item.id, revision: 1, action: "accept" })).item;
    const req = outcomeNotice(accepted, (i) => ({ text: `${i.title}: ${i.status}` }));
    expect(req).toMatchObject({ target: { kind: "person", tenantId: "t1", userId: "sub-1", name: "Anna Anmälare" }, payload: { text: "Ett ärende: accepted" } });
    const outbox = new CosmosOutbox(f.store.container("outbox"), f.clock);
    expect(await outbox.enqueue(req!)).toMatchObject({ ok: true, created: true });
    expect(await outbox.enqueue(req!)).toMatchObject({ ok: true, created: false });
    // A person without a tenant (e.g. CLI-made) gets no notice.
    expect(outcomeNotice({ ...accepted, submitter: { aadObjectId: "x", name: "" } }, () => ({ text: "" }))).toBeUndefined();
  });

  it("updates a queued kallelse after a reschedule, and does nothing before it was queued", async () => {
    const m: Meeting = must(await f.agenda.createMeeting(chair, "g-a", { at: "2026-05-19T13:00" })).meeting;
    must(await f.agenda.bindChannel(chair, "g-a", { tenantId: "t1", teamId: "19:t@thread.tacv2", channelId: "19:c@thread.tacv2", conversationId: "19:c@thread.tacv2" }));
    const outbox = new CosmosOutbox(f.store.container("outbox"), f.clock);
    const render = (v: { meeting: Meeting }) => ({ text: `Möte ${v.meeting.date} ${v.meeting.time}` });
    expect(await refreshKallelse(f.agenda, outbox, m, render)).toBe(false);
    for (const r of await kallelseRequests(f.agenda, new Date("2026-05-12T07:00:00Z"), render)) await outbox.enqueue(r);
    expect((await outbox.get(kallelseOutboxId(m.id)))?.payload.text).toBe("Möte 2026-05-19 13:00");
    const moved = must(await f.agenda.rescheduleMeeting(chair, "g-a", m.id, 1, { at: "2026-05-20T09:00" })).meeting;
    expect(await refreshKallelse(f.agenda, outbox, moved, render)).toBe(true);
    // Still pending: the post itself carries the new details.
    expect((await outbox.get(kallelseOutboxId(m.id)))?.payload.text).toBe("Möte 2026-05-20 09:00");
  });

  it("flags fewer planned meetings than the mandate asks for", async () => {
    const meetings = (await f.agenda.listMeetings("g-a")) as Meeting[];
    const clause = { text: "Gruppen sammanträder minst fyra gånger per år.", citation: {} } as never;
    const now = new Date("2026-03-02T09:00:00Z");
    expect(frequencyCheck({ min: 4, per: "year", minPerYear: 4, clause }, meetings, now, "Europe/Stockholm")).toMatchObject({ expected: 4, planned: 2, tooFew: true });
    expect(frequencyCheck({ min: 1, per: "term", clause }, meetings, now, "Europe/Stockholm")).toMatchObject({ expected: 2, tooFew: false });
    expect(frequencyCheck(undefined, meetings, now, "Europe/Stockholm")).toMatchObject({ planned: 2, tooFew: false });
  });
});

import type { Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { admin, anna, chair, must, openDigestServices, settableClock } from "./support";

/**
 * Issue 14: "the digest listed pending items twice and left out a meeting twelve days ahead". Each pending
 * item is listed exactly once, whichever of the channel's groups holds it, and "the next two weeks" reaches
 * a meeting twelve days ahead, on the send day and in a preview later in the week.
 */

const G = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const CHANNEL = "19:two-groups@thread.tacv2";

let store: Store;
let s: Services;
const clock = settableClock("2027-02-26T09:00:00Z");
const SEND = new Date("2027-03-01T07:00:00Z"); // Monday 2027-03-01 08:00 in Stockholm
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ store, s } = await openDigestServices("samverkan-digest-once-", clock));
  for (const g of [G, LG]) {
    must(await s.agenda.assignRole(admin, g, "chair", { aadObjectId: "aad-chair", name: "Carl" }));
    must(await s.agenda.bindChannel(admin, g, { tenantId: "t", teamId: "team", channelId: CHANNEL, conversationId: CHANNEL }));
  }
  ids.soon = must(await s.agenda.createMeeting(chair, G, { at: "2027-03-04T10:00" })).meeting.id;
  ids.twelve = must(await s.agenda.createMeeting(chair, G, { at: "2027-03-13T09:00", place: "Västerås" })).meeting.id; // 12 days after the send day
  ids.fourteen = must(await s.agenda.createMeeting(chair, G, { at: "2027-03-15T13:00" })).meeting.id; // 14 days: the week after next
  ids.pending = must(await s.agenda.submitItem(anna, G, { title: "Rutin för läkemedelsgenomgång", description: "x", kind: "beslut" })).item.id;
  const moved = must(await s.agenda.submitItem(anna, G, { title: "Regional produktionsplanering", description: "y", kind: "diskussion" })).item;
  ids.redirected = must(await s.agenda.triage(chair, { groupId: G, itemId: moved.id, revision: moved.revision, action: "redirect", toGroupId: LG })).redirected!.id;
  const done = must(await s.agenda.submitItem(anna, G, { title: "Redan beredd fråga", description: "z", kind: "information" })).item;
  must(await s.agenda.triage(chair, { groupId: G, itemId: done.id, revision: done.revision, action: "accept" }));
  must(await s.digest.subscribe(chair, { tenantId: "t", conversationId: CHANNEL }));
});

afterAll(async () => {
  await store?.close();
});

const pendingIds = (d: Awaited<ReturnType<Services["digest"]["compose"]>>) => d.groups.flatMap((g) => g.triage.map((i) => i.itemId));
const meetingIds = (d: Awaited<ReturnType<Services["digest"]["compose"]>>) => d.groups.flatMap((g) => g.meetings.map((m) => m.meetingId));

describe("the digest lists each pending item once and the meetings of the next two weeks", () => {
  it("on the send day: each pending item once (one redirected to the channel's other group), the meeting twelve days ahead listed", async () => {
    const d = await s.digest.compose({ conversationId: CHANNEL, at: SEND });
    expect(d.groups.map((g) => g.groupId).sort()).toEqual([G, LG].sort());
    expect(pendingIds(d).sort()).toEqual([ids.pending, ids.redirected].sort());
    expect(meetingIds(d)).toEqual([ids.soon, ids.twelve]);
  });

  it("a preview later in the week still lists the meeting twelve days ahead (and now the one after it)", async () => {
    const wednesday = new Date("2027-03-03T12:00:00Z");
    const d = await s.digest.compose({ conversationId: CHANNEL, at: wednesday });
    expect(meetingIds(d)).toEqual([ids.soon, ids.twelve, ids.fourteen]);
    expect(pendingIds(d).sort()).toEqual([ids.pending, ids.redirected].sort());
  });

  it("a group given twice is listed once", async () => {
    const d = await s.digest.compose({ groupIds: [G, G, LG], at: SEND });
    expect(d.groups.map((g) => g.groupId)).toEqual([G, LG]);
    expect(new Set(pendingIds(d)).size).toBe(pendingIds(d).length);
  });

  it("the scheduled digest: one post for the channel and week, each pending item's title once, the twelve-day meeting in it", async () => {
    const run = await s.delivery.scheduler.runDue(SEND, ["digest"]);
    expect(run[0]!.enqueued).toEqual([`digest:${CHANNEL}:2027-W09`]);
    const again = await s.delivery.scheduler.runDue(new Date(SEND.getTime() + 5 * 60_000), ["digest"]);
    expect(again[0]!.enqueued).toEqual([]);
    const post = await s.delivery.outbox.get(`digest:${CHANNEL}:2027-W09`);
    const json = JSON.stringify(post?.payload);
    for (const title of ["Rutin för läkemedelsgenomgång", "Regional produktionsplanering"]) expect(json.split(title).length - 1).toBe(1);
    expect(json).not.toContain("Redan beredd fråga");
    expect(json).toContain("13 mars 2027 kl. 09:00, Västerås");
  });
});

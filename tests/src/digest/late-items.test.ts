import type { Store } from "../../../src/storage/store";
import type { Services } from "../../../src/services";
import { admin, anna, chair, must, openDigestServices, settableClock } from "./support";

/**
 * The digest's list of items waiting for triage calls an item late only for the meeting it is headed for
 * now: one that missed the nearest meeting's deadline and went on to the next meeting is on time there.
 */

const G = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:late-digest@thread.tacv2";

let store: Store;
let s: Services;
const clock = settableClock("2027-02-26T09:00:00Z");

beforeAll(async () => {
  ({ store, s } = await openDigestServices("samverkan-digest-late-", clock));
  must(await s.agenda.assignRole(admin, G, "chair", { aadObjectId: "aad-chair", name: "Carl" }));
  must(await s.agenda.bindChannel(admin, G, { tenantId: "t", teamId: "team", channelId: CHANNEL, conversationId: CHANNEL }));
  must(await s.agenda.createMeeting(chair, G, { at: "2027-03-04T10:00" })); // its item deadline has passed on 2027-02-26
  must(await s.agenda.createMeeting(chair, G, { at: "2027-03-25T10:00" }));
  must(await s.digest.subscribe(chair, { tenantId: "t", conversationId: CHANNEL }));
});

afterAll(async () => {
  await store?.close();
});

it("an item that went on to the next meeting is not late there; one raised at the missed meeting is", async () => {
  const moved = must(await s.agenda.submitItem(anna, G, { title: "Gick vidare", description: "x", kind: "beslut" })).item;
  const raised = must(await s.agenda.submitItem(anna, G, { title: "Väcks ändå", description: "y", kind: "beslut", raiseAtMeeting: true })).item;
  expect([moved.late, raised.late]).toEqual([true, true]); // both missed the nearest meeting's deadline
  const digest = await s.digest.compose({ conversationId: CHANNEL, at: new Date("2027-03-01T07:00:00Z") });
  const triage = digest.groups.find((g) => g.groupId === G)!.triage;
  // Both were submitted at the same clock time, so their order is not the point here.
  expect(Object.fromEntries(triage.map((i) => [i.title, i.late]))).toEqual({ "Gick vidare": false, "Väcks ändå": true });
});

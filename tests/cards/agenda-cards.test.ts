import { renderAgendaMeetingsCard } from "../../cards/agenda-meetings";
import { renderAgendaSubmitCard } from "../../cards/agenda-submit";
import { escapeInput, unescapeInput } from "../../cards/render";
import { validateCard } from "../support/cards";

const labels = { title: "T", description: "D", kind: "K", meeting: "M", links: "L", raiseAtMeeting: "R", send: "Send", sendAnyway: "Send anyway", sendTo: "Send to", save: "Save" };

describe("agenda submit card", () => {
  it("renders an empty form with one Send action", () => {
    const card = renderAgendaSubmitCard({ heading: "H", groupId: "g", kinds: [{ title: "a", value: "information" }], meetings: [], labels });
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"verb":"agenda.submit","data":\{"groupId":"g"\}/);
    expect(s).not.toMatch(/Send anyway|agenda.edit|\$\{/);
  });
  it("prefills values without evaluating template expressions", () => {
    const card = renderAgendaSubmitCard({
      heading: "H",
      groupId: "g",
      kinds: [{ title: "a", value: "information" }, { title: "b", value: "beslut" }],
      meetings: [{ title: "m1", value: "meeting:1" }],
      values: { title: "x", description: escapeInput("Vad gäller ${1+1} för *vård*?"), kind: "beslut", meetingId: "meeting:1", links: "https://e.se" },
      notice: "Another group fits",
      suggested: true,
      suggestedGroupId: "other",
      labels,
    });
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toContain("Vad gäller $\u200b{1+1} för *vård*?");
    expect(unescapeInput("Vad gäller $\u200b{1+1}")).toBe("Vad gäller ${1+1}");
    expect(s).toMatch(/"verb":"agenda.submit","data":\{"groupId":"g","force":"true"\}/);
    expect(s).toMatch(/"verb":"agenda.form","data":\{"groupId":"other","carry":"true"\}/);
    expect(s).toMatch(/"value":"beslut"/);
  });
  it("edit mode: Save with item id and numeric revision, no meeting picker", () => {
    const card = renderAgendaSubmitCard({ mode: "edit", heading: "H", groupId: "g", itemId: "item:1", revision: 3, kinds: [{ title: "a", value: "information" }], meetings: [{ title: "m1", value: "meeting:1" }], labels });
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"verb":"agenda.edit","data":\{"groupId":"g","itemId":"item:1","revision":3\}/);
    expect(s).not.toMatch(/preferredMeetingId|raiseAtMeeting|agenda.submit/);
  });
});

describe("agenda meetings card", () => {
  const labels = { date: "Date", time: "Time", place: "Place", onlineUrl: "Link", create: "New", save: "Create", reschedule: "Move", cancel: "Cancel", reason: "Reason" };
  const meetings = [
    { n: 1, id: "meeting:a", revision: 2, line: "2027-01-12 at 13:00", dates: "Items due …", date: "2027-01-12", time: "13:00", place: "Västerås" },
    { n: 2, id: "meeting:b", revision: 1, line: "2027-03-02 at 09:00", dates: "Items due …", date: "2027-03-02", time: "09:00" },
  ];
  it("gives the chair per-meeting reschedule/cancel with unique input ids and numeric revisions", () => {
    const card = renderAgendaMeetingsCard({ heading: "H", none: "none", groupId: "g", canManage: true, meetings, flag: "Too few", frequency: "Mandate: 4/year", labels });
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"g","meetingId":"meeting:a","revision":2,"action":"reschedule","n":1\}/);
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"g","meetingId":"meeting:b","revision":1,"action":"cancel","n":2\}/);
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"g","action":"create"\}/);
    const ids = [...s.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["date1", "time1", "place1", "reason1", "date2", "reason2", "date", "time", "place", "onlineUrl"]));
    expect(s).toContain("Too few");
  });
  it("shows no actions to others", () => {
    const card = renderAgendaMeetingsCard({ heading: "H", none: "none", groupId: "g", canManage: false, meetings: [], labels });
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/agenda.meeting/);
    expect(JSON.stringify(card)).toContain("none");
  });
});

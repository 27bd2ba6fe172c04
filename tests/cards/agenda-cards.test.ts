import { renderAgendaSubmitCard, escapeInput, unescapeInput } from "../../cards/agenda-submit";
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

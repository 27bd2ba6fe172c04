import { minutesCard } from "../../cards/minutes-view";
import { messages } from "../../src/i18n";
import type { MinutesView } from "../../src/minutes/minutes-service";
import { versionOf, type Minutes, type MinutesContent } from "../../src/minutes/schema";
import { validateCard } from "../support/cards";
import { actionsOf, pressData } from "../support/press";
import { minutesItemCard, itemValues } from "../../cards/minutes-item";

const TZ = "Europe/Stockholm";
const who = { userId: "aad-sec", name: "Sara" };

function minutesOf(content: MinutesContent, extra: Partial<Minutes> = {}): Minutes {
  return {
    id: "minutes:meeting:1",
    type: "minutes",
    groupId: "g",
    meetingId: "meeting:1",
    meetingDate: "2026-11-24",
    status: "requested",
    content,
    version: versionOf(content),
    versionNo: 1,
    revision: 3,
    round: 1,
    approvers: [
      { key: "aad-c", name: "Carl", aadObjectId: "aad-c", teamsId: "29:c", roles: ["chair"] },
      { key: "aad-b", name: "Bertil", aadObjectId: "aad-b", roles: ["adjuster"] },
    ],
    approvals: [],
    changeRequests: [],
    dueDate: "2026-12-01",
    revisions: [],
    createdAt: "2026-11-23T12:00:00.000Z",
    createdBy: who,
    updatedAt: "2026-11-23T12:00:00.000Z",
    updatedBy: who,
    ...extra,
  };
}

const small: MinutesContent = {
  attendees: ["Carl", "Bertil"],
  adjusters: ["Bertil"],
  items: [
    { no: 1, title: "Öppnande", discussion: "", actions: [] },
    { no: 2, title: "Budget ${1+1}", discussion: "Diskussion om *budget* <b>x</b>", decision: "Budgeten fastställs", responsible: "Carl", due: "2026-12-15", actions: [{ text: "Skicka", responsible: "Sara", due: "2026-12-01" }] },
  ],
};
const view = (m: Minutes, notReached: string[] = []): MinutesView => ({ minutes: m, groupName: "Gruppen", notReached, audit: [], names: {} });

describe("minutes approval card", () => {
  it("the approver's view: approve and request changes with the version; refresh for the approvers with Teams ids", () => {
    const m = minutesOf(small);
    const card = minutesCard(view(m), { kind: "approver", approver: m.approvers[0]! }, messages("sv"), { timeZone: TZ });
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toContain(`"verb":"minutes.approve","style":"positive","data":{"groupId":"g","minutesId":"minutes:meeting:1","version":"${m.version}","lang":"sv"},"associatedInputs":"none"`);
    expect(s).toMatch(/"verb":"minutes.requestChanges"/);
    expect(s).toMatch(/"id":"comment","isMultiline":true,"maxLength":2000,"label":"Vad behöver ändras\?","isRequired":true,"errorMessage":"Skriv vad som behöver ändras\."/);
    expect(s).toMatch(/"title":"Justeras senast","value":"1 december 2026"/);
    expect((card as any).refresh).toEqual({ action: { type: "Action.Execute", title: "Refresh", verb: "minutes.refresh", data: { groupId: "g", minutesId: "minutes:meeting:1", lang: "sv" } }, userIds: ["29:c"] });
    // User text can neither become a template expression nor markup.
    expect(s).toContain("Budget $\u200b{1+1}");
    expect(s).not.toContain("<b>");
    expect(s).toMatch(/"item":2/);
  });
  it("the read-only view has no approve action; the approved view says locked; one item's discussion on request", () => {
    const m = minutesOf(small);
    const reader = JSON.stringify(minutesCard(view(m, ["aad-b"]), { kind: "reader" }, messages("en"), { timeZone: TZ, expandItem: 2 }));
    expect(reader).not.toMatch(/minutes.approve|minutes.requestChanges/);
    expect(reader).toMatch(/Discussion § 2 Budget/);
    expect(reader).toMatch(/Diskussion om \\\\\*budget\\\\\*/);
    expect(reader).toMatch(/Not reached 1:1: Bertil/);
    const approved = minutesOf(small, { status: "approved", approvedAt: "2026-11-25T08:30:00.000Z", approvals: [] });
    const done = minutesCard(view(approved), { kind: "approver", approver: approved.approvers[0]! }, messages("en"), { timeZone: TZ });
    expect(validateCard(done)).toEqual([]);
    expect(JSON.stringify(done)).toMatch(/Approved 25 November 2026 at 09:30\. The minutes are locked\./);
    expect(JSON.stringify(done)).not.toMatch(/minutes.approve"/);
    const draft = JSON.stringify(minutesCard(view(minutesOf(small, { status: "draft", round: 0 })), { kind: "secretary" }, messages("en"), { timeZone: TZ }));
    expect(draft).toMatch(/"verb":"minutes.request"/);
  });
  it("refresh.userIds holds at most 60 Teams ids", () => {
    const approvers = Array.from({ length: 70 }, (_, i) => ({ key: `aad-${i}`, name: `J ${i}`, aadObjectId: `aad-${i}`, teamsId: `29:j-${i}`, roles: ["adjuster"] }));
    const card = minutesCard(view(minutesOf(small, { approvers })), { kind: "reader" }, messages("sv"), { timeZone: TZ }) as any;
    expect(card.refresh.userIds).toHaveLength(60);
    expect(card.refresh.userIds[0]).toBe("29:j-0");
    expect(validateCard(card)).toEqual([]);
  });
  it("minutes far larger than a card stay under 28 KB: decisions shortened, the rest counted", () => {
    const long = "Lång text om vården. ".repeat(400);
    const content: MinutesContent = {
      attendees: Array.from({ length: 60 }, (_, i) => `Deltagare ${i}`),
      adjusters: [],
      items: Array.from({ length: 120 }, (_, i) => ({ no: i + 1, title: `Ärende ${i + 1} om ${"samverkan ".repeat(10)}`, discussion: long, decision: long, actions: [{ text: long, responsible: "Carl", due: "2027-01-01" }] })),
    };
    const m = minutesOf(content);
    for (const expandItem of [undefined, 7]) {
      const card = minutesCard(view(m), { kind: "approver", approver: m.approvers[0]! }, messages("sv"), { timeZone: TZ, expandItem });
      const size = Buffer.byteLength(JSON.stringify(card));
      expect(size).toBeLessThan(28 * 1024);
      expect(validateCard(card)).toEqual([]);
      expect(JSON.stringify(card)).toMatch(/… och \d+ paragrafer till/);
      expect(JSON.stringify(card)).toMatch(/"verb":"minutes.approve"/);
    }
  });

  it("every button can be pressed as the client does; every action says the card's language; only refusals are red", () => {
    const m = minutesOf(small);
    const approver = minutesCard(view(m), { kind: "approver", approver: m.approvers[0]! }, messages("sv"), { timeZone: TZ, notice: "Tack", tone: "success" });
    expect(pressData(approver, "Godkänn").data).toEqual({ groupId: "g", minutesId: m.id, version: m.version, lang: "sv" });
    expect(pressData(approver, "Visa diskussion (§ 2)").data).toEqual({ groupId: "g", minutesId: m.id, item: 2, lang: "sv" });
    // The comment belongs to "Begär ändring": required there, and only there.
    expect(() => pressData(approver, "Skicka", { within: "Begär ändring" })).toThrow(/required input "comment"/);
    expect(pressData(approver, "Skicka", { within: "Begär ändring", inputs: { comment: "Fel datum", item: "2" } }).data).toMatchObject({ comment: "Fel datum", item: "2", version: m.version, lang: "sv" });
    expect(JSON.stringify(approver)).toMatch(/"text":"Tack","wrap":true,"weight":"Bolder","color":"Good"/);
    const draft = minutesCard(view(minutesOf(small, { status: "draft", round: 0 })), { kind: "secretary" }, messages("en"), { timeZone: TZ, notice: "No", tone: "refusal" });
    expect(pressData(draft, "Request approval").data).toEqual({ groupId: "g", minutesId: m.id, lang: "en" });
    expect(pressData(draft, "Add item").data).toEqual({ groupId: "g", meetingId: "meeting:1", item: "", lang: "en" });
    expect(JSON.stringify(draft)).toMatch(/"text":"No","wrap":true,"weight":"Bolder","color":"Attention"/);
    for (const card of [approver, draft]) {
      for (const { action } of actionsOf(card)) {
        if (action.type !== "Action.Execute") continue;
        expect(action.data.lang).toMatch(/^(sv|en)$/);
        if (action.verb !== "minutes.requestChanges") expect(action.associatedInputs).toBe("none");
      }
    }
    const form = minutesItemCard(messages("sv"), { groupName: "Gruppen", groupId: "g", meeting: { id: "meeting:1", date: "2026-11-24" }, no: 2, values: itemValues(small.items[1]) });
    expect(validateCard(form)).toEqual([]);
    expect(pressData(form, "Spara paragraf").data).toMatchObject({ groupId: "g", meetingId: "meeting:1", item: "2", lang: "sv", title: "Budget $\u200b{1+1}", actions: "Skicka; ansvarig: Sara; senast: 2026-12-01" });
    expect(() => pressData(form, "Spara paragraf", { inputs: { title: " " } })).toThrow(/required input "title"/);
  });
});

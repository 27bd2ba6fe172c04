import { renderAgendaMeetingsCard } from "../../cards/agenda-meetings";
import { submitFormCard } from "../../cards/agenda-submit";
import { triageCard } from "../../cards/agenda-triage";
import { escapeInput, unescapeInput } from "../../cards/render";
import { messages } from "../../src/i18n";
import type { AgendaItem, Meeting } from "../../src/agenda/schema";
import type { FormView, TriageView } from "../../src/agenda/views";
import { validateCard } from "../support/cards";
import { actionsOf, pressData } from "../support/press";

const sv = messages("sv");
const en = messages("en");

/** Every Action.Execute of a card carries the card's language (issue 14, point 2). */
const executes = (card: object) => actionsOf(card as never).filter((f) => f.action.type === "Action.Execute").map((f) => f.action);

const meeting = (id: string, date: string, over: Partial<Meeting> = {}): Meeting => ({
  id,
  type: "meeting",
  groupId: "g",
  startsAt: `${date}T12:00:00.000Z`,
  date,
  time: "13:00",
  timeZone: "Europe/Stockholm",
  status: "planned",
  revision: 1,
  createdBy: { userId: "a", name: "A" },
  createdAt: "2026-01-01T00:00:00Z",
  updatedBy: { userId: "a", name: "A" },
  updatedAt: "2026-01-01T00:00:00Z",
  ...over,
});

const form = (over: Partial<FormView> = {}): FormView => ({ mode: "submit", group: { id: "g", name: "Gruppen" }, groups: [], meetings: [], values: {}, descriptionMax: 4000, ...over });

describe("agenda submit card", () => {
  it("renders an empty form with one Send action carrying the language", () => {
    const card = submitFormCard(form(), en, "en");
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"verb":"agenda.submit","data":\{"groupId":"g","formId":"","lang":"en"\}/);
    expect(s).not.toMatch(/Send anyway|agenda.edit|\$\{/);
  });

  it("opened from a routing answer: 'Back to the answer' re-asks the question in the group's organisation, sending no inputs", () => {
    const card = submitFormCard(form(), sv, "sv", { question: "Vem äger ${title} <b>frågan</b>?", organizationId: "vgr" });
    expect(validateCard(card)).toEqual([]);
    const back = executes(card).find((a) => a.title === "Tillbaka till svaret") as any;
    expect(back).toMatchObject({ verb: "routing.choose", associatedInputs: "none", data: { groupId: "", organizationId: "vgr", lang: "sv" } });
    expect(unescapeInput(back.data.question)).toBe("Vem äger ${title}  b frågan /b ?");
    // no origin (a command, a suggestion carried over) or the edit form: no way back to an answer
    expect(JSON.stringify(submitFormCard(form(), sv, "sv"))).not.toContain("routing.choose");
    expect(JSON.stringify(submitFormCard(form({ mode: "edit", edit: { itemId: "item:1", revision: 1 } }), sv, "sv", { question: "q", organizationId: "vgr" }))).not.toContain("routing.choose");
  });

  it("prefills values without evaluating template expressions; a suggestion offers send anyway and send there", () => {
    const card = submitFormCard(
      form({
        meetings: [meeting("meeting:1", "2027-01-12")],
        values: { title: "x", description: "Vad gäller ${1+1} för *vård*?", kind: "beslut", meetingId: "meeting:1", links: "https://e.se" },
        notice: { kind: "suggest", to: { id: "other", name: "Annan grupp" } },
      }),
      sv,
      "sv",
    );
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toContain(escapeInput("Vad gäller ${1+1} för *vård*?"));
    expect(unescapeInput("Vad gäller $\u200b{1+1}")).toBe("Vad gäller ${1+1}");
    expect(s).toMatch(/"verb":"agenda.submit","data":\{"groupId":"g","force":"true","formId":"","lang":"sv"\}/);
    expect(s).toMatch(/"verb":"agenda.form","data":\{"groupId":"other","carry":"true","lang":"sv"\}/);
    expect(s).toMatch(/"value":"beslut"/);
    // A suggestion is not an error: accent, not attention.
    const notice = (card.body as { text?: string; color?: string }[]).find((b) => b.text?.startsWith("Ärendet verkar höra till"));
    expect(notice?.color).toBe("Accent");
  });

  it("a suggested kind of group asks which group of the kind, inside its own ShowCard", () => {
    const card = submitFormCard(
      form({ values: { title: "Titel", description: "Text" }, notice: { kind: "suggestKind", of: { id: "kind", name: "Samordningsråd" }, groups: [{ id: "g1", name: "Råd 1" }, { id: "g2", name: "Råd 2" }] } }),
      sv,
      "sv",
    );
    expect(validateCard(card)).toEqual([]);
    const { data } = pressData(card, "Skicka till den föreslagna gruppen", { within: "Skicka till en grupp av det slaget", inputs: { suggestedGroupId: "g2" } });
    expect(data).toMatchObject({ suggestedGroupId: "g2", carry: "true", lang: "sv", title: "Titel", description: "Text" });
    expect(JSON.stringify(card)).not.toMatch(/"data":\{"groupId":"kind"/);
  });

  it("a kind without groups says so and offers only send anyway", () => {
    const card = submitFormCard(form({ values: { title: "Titel", description: "Text" }, notice: { kind: "kindWithoutGroups", of: { id: "kind", name: "Verksamhetschefsgrupper" } } }), sv, "sv");
    const titles = actionsOf(card as never).map((f) => f.action.title);
    expect(titles).toEqual(["Skicka ändå"]);
    expect(JSON.stringify(card)).toMatch(/katalogen har ingen sådan grupp/);
  });

  it("without a group: a required group picker with the last group preselected, and Send takes the group from it", () => {
    const card = submitFormCard(form({ group: undefined, groups: [{ id: "g1", name: "Ett" }, { id: "g2", name: "Två" }], preselected: "g2" }), sv, "sv");
    expect(validateCard(card)).toEqual([]);
    const picker = (card.body as { id?: string; value?: string; isRequired?: boolean }[]).find((b) => b.id === "groupId")!;
    expect(picker).toMatchObject({ value: "g2", isRequired: true });
    const { data } = pressData(card, "Skicka", { inputs: { title: "Titel", description: "Text" } });
    expect(data).toMatchObject({ groupId: "g2", lang: "sv" });
  });

  it("edit mode: Save with item id and numeric revision, no meeting picker", () => {
    const card = submitFormCard(form({ mode: "edit", edit: { itemId: "item:1", revision: 3 }, meetings: [meeting("meeting:1", "2027-01-12")] }), en, "en");
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"verb":"agenda.edit","data":\{"groupId":"g","itemId":"item:1","revision":3,"lang":"en"\}/);
    expect(s).not.toMatch(/preferredMeetingId|raiseAtMeeting|agenda.submit/);
  });
});

const item = (over: Partial<AgendaItem> = {}): AgendaItem => ({
  id: "item:1",
  type: "item",
  groupId: "g",
  title: "Rubrik",
  description: "Text",
  kind: "beslut",
  links: [],
  meetingId: "meeting:1",
  status: "submitted",
  late: false,
  raiseAtMeeting: false,
  revision: 1,
  submitter: { aadObjectId: "aad-anna", teamsId: "29:anna", name: "Anna" },
  submittedAt: "2026-11-23T12:00:00Z",
  updatedAt: "2026-11-23T12:00:00Z",
  ...over,
});

const view = (i: AgendaItem, viewer: TriageView["viewer"]): TriageView => ({
  item: i,
  groupName: "Gruppen",
  meeting: meeting("meeting:1", "2027-01-12"),
  acceptMeetings: [meeting("meeting:1", "2027-01-12")],
  laterMeetings: [],
  groups: [{ id: "g2", name: "Annan" }],
  viewer,
});

describe("agenda triage card and receipt", () => {
  it("triage: every action carries the language; actions that need no inputs gather none", () => {
    const card = triageCard(view(item({ status: "accepted", revision: 2, triage: { action: "accept", by: { userId: "s", name: "Sara" }, at: "x" } }), { mayTriage: true, isSubmitter: false }), sv, "sv");
    expect(validateCard(card)).toEqual([]);
    for (const a of executes(card)) expect(a.data.lang).toBe("sv");
    const reopen = executes(card).find((a) => a.title === "Öppna igen")!;
    expect(reopen.associatedInputs).toBe("none");
    expect(JSON.stringify(card)).toMatch(/"text":"Accepterat av Sara"[^}]*"color":"Good"/);
  });

  it("the receipt before triage: withdraw and edit (no inputs gathered), and a refresh for the submitter", () => {
    const card = triageCard(view(item(), { mayTriage: false, isSubmitter: true }), en, "en") as { refresh?: unknown };
    expect(validateCard(card)).toEqual([]);
    const titles = executes(card).map((a) => [a.title, a.associatedInputs]);
    expect(titles).toEqual([
      ["Withdraw", "none"],
      ["Edit", "none"],
    ]);
    expect(card.refresh).toEqual({ action: { type: "Action.Execute", verb: "agenda.refresh", data: { groupId: "g", itemId: "item:1", lang: "en" } }, userIds: ["29:anna"] });
  });

  it("the receipt after triage: the state and what follows, no withdraw or edit", () => {
    const accepted = item({ status: "accepted", revision: 2, triage: { action: "accept", by: { userId: "s", name: "Sara" }, at: "x", meetingId: "meeting:1" } });
    const card = triageCard(view(accepted, { mayTriage: false, isSubmitter: true }), sv, "sv");
    const s = JSON.stringify(card);
    expect(s).toMatch(/Accepterat av Sara/);
    expect(s).toMatch(/Ärendet står på dagordningen för mötet 12 januari 2027 kl\. 13:00/);
    expect(executes(card)).toEqual([]);
    const rejected = triageCard(view(item({ status: "rejected", revision: 2, triage: { action: "reject", by: { userId: "s", name: "Sara" }, at: "x", reason: "Hör inte hit" } }), { mayTriage: false, isSubmitter: true }), sv, "sv");
    expect(JSON.stringify(rejected)).toMatch(/Avslaget av Sara: Hör inte hit/);
    expect(executes(rejected)).toEqual([]);
  });
});

describe("agenda meetings card", () => {
  const labels = { date: "Date", time: "Time", place: "Place", onlineUrl: "Link", create: "New", save: "Create", reschedule: "Move", cancel: "Cancel", reason: "Reason", dateMissing: "Pick a date.", timeMissing: "Pick a time." };
  const meetings = [
    { n: 1, id: "meeting:a", revision: 2, line: "2027-01-12 at 13:00", dates: "Items due …", date: "2027-01-12", time: "13:00", place: "Västerås" },
    { n: 2, id: "meeting:b", revision: 1, line: "2027-03-02 at 09:00", dates: "Items due …", date: "2027-03-02", time: "09:00" },
  ];
  it("gives the chair per-meeting reschedule/cancel with unique input ids, numeric revisions and the language", () => {
    const card = renderAgendaMeetingsCard({ lang: "en", heading: "H", none: "none", groupId: "g", canManage: true, meetings, flag: "Too few", frequency: "Mandate: 4/year", labels });
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"g","meetingId":"meeting:a","revision":2,"action":"reschedule","n":1,"lang":"en"\}/);
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"g","meetingId":"meeting:b","revision":1,"action":"cancel","n":2,"lang":"en"\}/);
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"g","action":"create","lang":"en"\}/);
    const ids = [...s.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["date1", "time1", "place1", "reason1", "date2", "reason2", "date", "time", "place", "onlineUrl"]));
    expect(s).toContain("Too few");
  });
  it("shows no actions to others", () => {
    const card = renderAgendaMeetingsCard({ lang: "sv", heading: "H", none: "none", groupId: "g", canManage: false, meetings: [], labels });
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/agenda.meeting/);
    expect(JSON.stringify(card)).toContain("none");
  });
});

import { agendaText } from "../../../bot/routes/agenda/meetings";
import { kallelseCard } from "../../../cards/agenda-kallelse";
import { submitFormCard } from "../../../cards/agenda-submit";
import { triageCard } from "../../../cards/agenda-triage";
import { kallelseText } from "../../../src/agenda/kallelse";
import type { Meeting } from "../../../src/agenda/schema";
import type { FormView } from "../../../src/agenda/views";
import { messages } from "../../../src/i18n";
import { validateCard } from "../../support/cards";
import { chair, openFixture, secretary, seedRoles, submitter, type Fixture } from "./support";

/**
 * An item submitted after the nearest meeting's deadline goes to the next meeting (agenda rules in
 * src/agenda): its cards name that meeting and do not call it late there; only an item raised at the
 * missed meeting anyway (or with no later meeting) is "sent anmält".
 */
const sv = messages("sv");
const en = messages("en");

const must = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

const item = (title: string, over: Record<string, unknown> = {}) => ({ title, description: "Förslag om en gemensam rutin.", kind: "beslut" as const, ...over });
/** The texts a card shows (facts as "title: value"). */
const textsOf = (card: object): string => JSON.stringify(card);

describe("late items: which meeting, and late only where the deadline was missed", () => {
  let f: Fixture;
  let m1: Meeting;
  let m2: Meeting;

  beforeAll(async () => {
    f = await openFixture("2026-03-02T09:00:00Z");
    await seedRoles(f, "g-a");
    m1 = must(await f.agenda.createMeeting(chair, "g-a", { at: "2026-04-14T13:00", place: "Västerås" })).meeting;
    m2 = must(await f.agenda.createMeeting(chair, "g-a", { at: "2026-05-19T13:00", place: "Västerås" })).meeting;
    f.clock.set("2026-03-28T08:00:00Z"); // the day after m1's item deadline (2026-03-27)
  });
  afterAll(async () => {
    await f.store.close();
  });

  it("an item moved on to the next meeting: its card names that meeting and does not say late", async () => {
    const r = must(await f.agenda.submitItem(submitter, "g-a", item("Efter sista dag")));
    expect(r.item).toMatchObject({ late: true, meetingId: m2.id });
    expect(r.receipt.timing).toBe("movedOn");
    for (const [t, lang] of [[sv, "sv"], [en, "en"]] as const) {
      const card = triageCard(r.receipt, t, lang);
      expect(validateCard(card)).toEqual([]);
      const s = textsOf(card);
      expect(s).toContain(t.agenda.triage.movedOn(`${m2.date} ${m2.time}`));
      expect(s).not.toContain(t.agenda.late);
    }
    expect(textsOf(triageCard(r.receipt, sv, "sv"))).toMatch(/"title":"Typ","value":"Beslut"/);
    // The group's triage card says the same.
    const forTriage = must(await f.agenda.itemCard(secretary, "g-a", r.item.id)).view;
    expect(textsOf(triageCard(forTriage, sv, "sv"))).toContain("så det går till mötet 19 maj 2026 kl. 13:00.");
    // Accepted onto m2: on m2's agenda and kallelse it is on time.
    must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: r.item.id, revision: 1, action: "accept" }));
    const view = must(await f.agenda.agenda("g-a", m2.id)).agenda;
    expect(view.items.map((i) => i.title)).toEqual(["Efter sista dag"]);
    expect(agendaText(view, "Gruppen", sv)).toContain("1. Efter sista dag (beslut)");
    const kallelse = { groupId: "g-a", meeting: view.meeting, dates: view.dates, items: view.items };
    expect(kallelseText(kallelse, "Gruppen", sv).text).not.toContain("sent anmält");
    expect(textsOf(kallelseCard(kallelse, "Gruppen", sv))).not.toContain("sent anmält");
  });

  it("an item raised at the missed meeting anyway, or with no later meeting, is late", async () => {
    const raised = must(await f.agenda.submitItem(submitter, "g-a", item("Väcks ändå", { raiseAtMeeting: true })));
    expect(raised.item).toMatchObject({ late: true, meetingId: m1.id, raiseAtMeeting: true });
    expect(raised.receipt.timing).toBe("late");
    const s = textsOf(triageCard(raised.receipt, sv, "sv"));
    expect(s).toMatch(/"title":"Typ","value":"Beslut, sent anmält, väcks på mötet"/);
    expect(s).not.toContain("så det går till mötet");
    must(await f.agenda.triage(secretary, { groupId: "g-a", itemId: raised.item.id, revision: 1, action: "accept" }));
    const view = must(await f.agenda.agenda("g-a", m1.id)).agenda;
    expect(agendaText(view, "Gruppen", sv)).toContain("1. Väcks ändå (beslut, sent anmält)");
    expect(textsOf(kallelseCard({ groupId: "g-a", meeting: view.meeting, dates: view.dates, items: view.items }, "Gruppen", sv))).toContain("beslut, sent anmält, väcks på mötet");

    f.clock.set("2026-05-10T08:00:00Z"); // after m2's deadline, nothing planned after it
    const none = must(await f.agenda.submitItem(submitter, "g-a", item("Ingen möteslucka")));
    expect(none.item.meetingId).toBeUndefined();
    expect(none.receipt.timing).toBe("late");
    expect(textsOf(triageCard(none.receipt, en, "en"))).toMatch(/"title":"Kind","value":"Decision, late"[\s\S]*"title":"Meeting","value":"no meeting planned"/);
    f.clock.set("2026-03-28T08:00:00Z");
  });

  it("an item on time is neither late nor moved on", async () => {
    f.clock.set("2026-03-27T22:30:00Z"); // 23:30 on m1's deadline day in Stockholm
    const r = must(await f.agenda.submitItem(submitter, "g-a", item("I sista minuten")));
    expect(r.receipt.timing).toBe("onTime");
    const s = textsOf(triageCard(r.receipt, sv, "sv"));
    expect(s).toMatch(/"title":"Typ","value":"Beslut"/);
    expect(s).not.toMatch(/sent anmält|så det går till mötet/);
    f.clock.set("2026-03-28T08:00:00Z");
  });

  it("the form after the deadline says where an item goes now, and offers the kinds as labels", async () => {
    const next = await f.agenda.nextMeeting("g-a");
    expect(next?.late).toBe(true);
    const view: FormView = { mode: "submit", group: { id: "g-a", name: "Grupp A" }, groups: [], meetings: [m1, m2], next: next!, values: {}, descriptionMax: 4000, formId: "form-1" };
    expect(validateCard(submitFormCard(view, sv, "sv"))).toEqual([]);
    const s = textsOf(submitFormCard(view, sv, "sv"));
    expect(s).toContain("Sista dag för ärenden till mötet 14 april 2026 kl. 13:00 var 27 mars 2026: ett ärende nu går till nästa möte");
    expect(s).toMatch(/"title":"Information","value":"information"[\s\S]*"title":"Diskussion","value":"diskussion"[\s\S]*"title":"Beslut","value":"beslut"/);
    expect(textsOf(submitFormCard(view, en, "en"))).toMatch(/"title":"Decision","value":"beslut"/);
  });
});

import { cliAgainst } from "../support/cli";
import { activity, cardOf, post, say } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";


const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const NOW = "2026-11-23T12:00:00Z";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });

const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
const xavier = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier" };
const meetingAction = (data: Record<string, unknown>, who: typeof sara, locale = "sv-SE") =>
  post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale, value: { action: { type: "Action.Execute", verb: "agenda.meeting", data }, trigger: "manual" } }));

describe("meetings from Teams: nytt möte / new meeting and the meetings card", () => {
  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara"]);
  });

  it("creates a meeting by text for the secretary only, and shows the mandate's frequency and the too-few flag", async () => {
    const [refused] = await say(ctx.bot, ctx.connector, { text: "new meeting samverkansgruppen i Västmanland 2027-02-02 13:00 Västerås", ...xavier });
    expect(refused.text).toMatch(/Only an admin or the group's chair or secretary can change the group's meetings/);
    const [usage] = await say(ctx.bot, ctx.connector, { text: "nytt möte samverkansgruppen", ...sara, locale: "sv-SE" });
    expect(usage.text).toMatch(/nytt möte\*\* _grupp ÅÅÅÅ-MM-DD TT:MM_/);
    const [bad] = await say(ctx.bot, ctx.connector, { text: "nytt möte samverkansgruppen i Västmanland 2027-02-30 13:00", ...sara, locale: "sv-SE" });
    expect(bad.text).toMatch(/Mötet måste ligga i framtiden, på ett datum som finns. Skriv datum och tid som ÅÅÅÅ-MM-DD och TT:MM/);
    const [past] = await say(ctx.bot, ctx.connector, { text: "nytt möte samverkansgruppen i Västmanland 2026-01-10 13:00", ...sara, locale: "sv-SE" });
    expect(past.text).toMatch(/i framtiden/);

    const [ok] = await say(ctx.bot, ctx.connector, { text: "nytt möte samverkansgruppen i Västmanland 2027-02-02 kl. 9.30 Västerås, sal *A*", ...sara, locale: "sv-SE" });
    const card = cardOf(ok);
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/Mötet 2 februari 2027 kl\. 09:30 är skapat/);
    expect(s).not.toMatch(/har redan passerat/);
    expect(s).toMatch(/Uppdraget: Samverkansgruppen träffas 3–4 gånger per termin/);
    expect(s).toMatch(/Bara 1 möte planerat de kommande tolv månaderna; uppdraget kräver minst 6/);
    expect(s).toContain("2 februari 2027 kl. 09:30, Västerås, sal \\\\*A\\\\*");
    expect(s).toMatch(/"verb":"agenda.meeting","data":\{"groupId":"vastmanland:[^"]+","meetingId":"meeting:[^"]+","revision":1,"action":"reschedule","n":1,"lang":"sv"\}/);

    // Someone without the role sees the meetings but no actions.
    const [view] = await say(ctx.bot, ctx.connector, { text: "meetings samverkansgruppen i Västmanland", ...xavier });
    // An English command word ("meetings"): the reply is English.
    expect(JSON.stringify(cardOf(view))).toMatch(/2 (februari|February) 2027 (kl\.|at) 09:30/);
    expect(JSON.stringify(cardOf(view))).not.toMatch(/agenda\.meeting/);
  });

  it("says so when the new meeting's kallelse date and item deadline have already passed (round 11's Playground look)", async () => {
    // Thursday 26 November, booked on Monday the 23rd: the kallelse and item deadline lie before today.
    const [sv] = await say(ctx.bot, ctx.connector, { text: "nytt möte samverkansgruppen i Västmanland 2026-11-26 13:00", ...sara, locale: "sv-SE" });
    const card = cardOf(sv);
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/Mötet 26 november 2026 kl\. 13:00 är skapat/);
    expect(s).toMatch(/Kallelsedagen, \d+ november 2026, har redan passerat/);
    expect(s).toMatch(/Sista dag för ärenden, \d+ november 2026, har redan passerat, så ärenden som anmäls nu markeras som sena/);
    const en = await meetingAction({ groupId: GROUP, action: "create", date: "2026-11-27", time: "09:00", lang: "en" }, sara, "en-US");
    expect(JSON.stringify(en.body)).toMatch(/The kallelse date, \d+ November 2026, has already passed/);
    // A meeting far enough ahead gets no such line.
    const later = await meetingAction({ groupId: GROUP, action: "create", date: "2027-04-20", time: "09:00" }, sara);
    expect(JSON.stringify(later.body)).toMatch(/Mötet 20 april 2027 kl\. 09:00 är skapat/);
    expect(JSON.stringify(later.body)).not.toMatch(/har redan passerat/);
  });

  it("creates, reschedules and cancels from the card: role and revision checked on the server, all audited", async () => {
    const created = await meetingAction({ groupId: GROUP, action: "create", date: "2027-03-09", time: "13:00", place: "Köping", onlineUrl: "https://teams.microsoft.com/l/meetup-join/x" }, sara);
    expect(created.status).toBe(200);
    expect(JSON.stringify(created.body)).toMatch(/Mötet 9 mars 2027 kl\. 13:00 är skapat/);
    expect(validateCard(created.body.value)).toEqual([]);
    expect(JSON.stringify((await meetingAction({ groupId: GROUP, action: "create", date: "2027-03-09", time: "13:00", onlineUrl: "javascript:alert(1)" }, sara)).body)).toMatch(/Teams-länken ska vara en webbadress som börjar med https:\/\//);
    const list = JSON.parse(await cli(["meetings", "list", GROUP, "--json"])) as { id: string; date: string; revision: number; onlineUrl?: string }[];
    const m = list.find((x) => x.date === "2027-03-09")!;
    expect(m.onlineUrl).toBe("https://teams.microsoft.com/l/meetup-join/x");

    const move = { groupId: GROUP, action: "reschedule", meetingId: m.id, revision: 1, n: 2, date2: "2027-03-16", time2: "10:00", place2: "Sala" };
    expect(JSON.stringify((await meetingAction(move, xavier, "en-US")).body)).toMatch(/Only an admin or the group's chair or secretary/);
    // Tampered: another group, where Sara holds no role.
    expect(JSON.stringify((await meetingAction({ ...move, groupId: "sjukvardsregion-mellansverige:ledningsgrupp" }, sara)).body)).toMatch(/Bara en administratör eller gruppens ordförande eller sekreterare/);
    expect(JSON.stringify((await meetingAction({ ...move, meetingId: "meeting:nope" }, sara)).body)).toMatch(/Mötet finns inte/);
    const moved = await meetingAction(move, sara);
    expect(JSON.stringify(moved.body)).toMatch(/Mötet är flyttat till 16 mars 2027 kl\. 10:00/);
    // The same card clicked again (revision 1 is stale now): refused, with the current state.
    const stale = await meetingAction(move, sara);
    expect(JSON.stringify(stale.body)).toMatch(/Mötet har ändrats av Sara sedan kortet visades/);
    expect(JSON.stringify(stale.body)).toMatch(/"meetingId":"[^"]+","revision":2,"action":"cancel"/);

    const cancel = { groupId: GROUP, action: "cancel", meetingId: m.id, revision: 2, n: 2, reason2: "Krock med ${x}" };
    const cancelled = await meetingAction(cancel, sara);
    expect(JSON.stringify(cancelled.body)).toMatch(/Mötet 16 mars 2027 kl\. 10:00 är inställt/);
    expect(JSON.stringify((await meetingAction({ ...cancel, revision: 3 }, sara)).body)).toMatch(/Mötet är redan inställt/);
    expect(JSON.stringify((await meetingAction({ groupId: GROUP, action: "reschedule", meetingId: m.id }, sara)).body)).toMatch(/Det här kortet är inaktuellt/);

    const audit = JSON.parse(await cli(["audit", GROUP, "--json"])) as { action: string; subject: { id: string }; actor: { userId: string } }[];
    expect(audit.filter((e) => e.subject.id === m.id).map((e) => [e.action, e.actor.userId])).toEqual([
      ["meeting.create", "aad-sec"],
      ["meeting.reschedule", "aad-sec"],
      ["meeting.cancel", "aad-sec"],
    ]);
  });
});

import { cliAgainst } from "../support/cli";
import { BOT_ID, activity, post, say } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";


const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const NOW = "2026-11-23T12:00:00Z";
const CHANNEL = "19:channel-1@thread.tacv2";

const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });

const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const invoke = (verb: string, data: unknown, who: { userId: string; aadObjectId: string; userName: string }, locale = "en-US") =>
  post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));

async function until<T>(f: () => T | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna" };

describe("agenda.form: the submit form for a group from a card button", () => {
  it("answers the form with the question as the description (trimmed, expressions neutralised)", async () => {
    const res = await invoke("agenda.form", { groupId: GROUP, question: "  Hur ${1+1} gör vi med *utskrivning*?  " }, anna);
    expect(res.status).toBe(200);
    const card = res.body.value;
    expect(res.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/Submit an item to Länsgemensam samverkansgrupp/);
    expect(s).toContain('"id":"description","label":"Description"');
    expect(card.body.find((b: { id?: string }) => b.id === "description").value).toBe("Hur $\u200b{1+1} gör vi med *utskrivning*?");
    expect(s).toMatch(/"verb":"agenda.submit","data":\{"groupId":"vastmanland:/);
  });

  it("leaves the greeting and the thanks around the question out of the description", async () => {
    const res = await invoke("agenda.form", { groupId: GROUP, question: "Hej! Vem äger frågan om hjälpmedel i hemmet? Tack på förhand\nMvh Anna" }, anna, "sv-SE");
    expect(res.body.value.body.find((b: { id?: string }) => b.id === "description").value).toBe("Vem äger frågan om hjälpmedel i hemmet?");
  });

  it("refuses unknown groups, kinds and junk data with a message, in the user's language", async () => {
    expect(JSON.stringify((await invoke("agenda.form", { groupId: "no-such-group" }, anna)).body)).toMatch(/That group does not exist/);
    expect(JSON.stringify((await invoke("agenda.form", { groupId: "no-such-group" }, anna, "sv-SE")).body)).toMatch(/Gruppen finns inte/);
    const junk = await invoke("agenda.form", { question: "x" }, anna);
    expect(junk.status).toBe(200);
    expect(JSON.stringify(junk.body)).toMatch(/This card is out of date/);
  });

  it("cuts a long question to the description limit", async () => {
    const res = await invoke("agenda.form", { groupId: GROUP, question: "å".repeat(9000) }, anna);
    expect(res.body.value.body.find((b: { id?: string }) => b.id === "description").value).toHaveLength(4000);
  });
});

describe("the kallelse card at the kallelse time", () => {
  it("posts one kallelse card in the home channel; a second run posts none; a reschedule updates it", async () => {
    // Many CLI runs (each opens the store) and worker sends: slow on a loaded machine.
    const { connector } = ctx;
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara"]);
    await say(ctx.bot, connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", userId: "29:sec", aadObjectId: "aad-sec", locale: "sv-SE" });
    const meeting = JSON.parse(await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås <b>", "--url", "https://teams.microsoft.com/l/meetup-join/abc", "--json"]));
    expect(meeting.dates.kallelseAt).toBe("2027-01-05T07:00:00.000Z");
    const submitted = async (title: string, kind: string) => JSON.parse(await cli(["items", "submit", GROUP, "--title", title, "--description", "d", "--kind", kind, "--as", "aad-anna", "--name", "Anna", "--tenant", "tenant-1", "--json"]));
    const a = await submitted("Utskrivningsklara *patienter*", "beslut");
    const b = await submitted("Lägesbild", "information");
    await submitted("Inte beredd", "diskussion");
    await cli(["items", "triage", GROUP, b.id, "accept", "--revision", "1", "--as", "aad-sec"]);
    await cli(["items", "triage", GROUP, a.id, "accept", "--revision", "1", "--as", "aad-sec"]);

    // Before the kallelse time nothing is due.
    expect(JSON.parse(await cli(["scheduler", "run", "--at", "2027-01-05T06:59:00Z", "--job", "kallelse", "--json"])).runs[0].enqueued).toEqual([]);
    const first = JSON.parse(await cli(["scheduler", "run", "--at", "2027-01-05T07:00:00Z", "--job", "kallelse", "--json"]));
    expect(first.runs[0].enqueued).toEqual([`${meeting.id}:kallelse`]);
    const isKallelse = (c: { body: unknown }) => JSON.stringify(c.body ?? "").includes("Kallelse");
    const sent = await until(() => connector.sent().find(isKallelse));
    expect(sent.conversationId).toBe(CHANNEL);
    const card = sent.body.attachments[0].content;
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/"title":"Datum","value":"12 januari 2027"/);
    expect(s).toMatch(/"title":"Tid","value":"13:00"/);
    expect(s).toContain("Västerås &lt;b&gt;");
    expect(s).toMatch(/"type":"Action.OpenUrl","title":"Anslut till mötet","url":"https:\/\/teams.microsoft.com\/l\/meetup-join\/abc"/);
    // Numbered in the order accepted, with kind; the untriaged item is not on it.
    const numbered = s.indexOf("Lägesbild") < s.indexOf("Utskrivningsklara \\\\*patienter\\\\*");
    expect(numbered).toBe(true);
    expect(s).toMatch(/"text":"1\."[\s\S]*Lägesbild[\s\S]*"information"[\s\S]*"text":"2\."[\s\S]*"beslut"/);
    expect(s).not.toContain("Inte beredd");

    const second = JSON.parse(await cli(["scheduler", "run", "--at", "2027-01-05T07:15:00Z", "--job", "kallelse", "--json"]));
    expect(second.runs[0].enqueued).toEqual([]);
    await new Promise((r) => setTimeout(r, 600));
    expect(connector.sent().filter(isKallelse)).toHaveLength(1);

    // Rescheduled after the kallelse: the posted card is updated (PUT on its activity).
    const moved = await cli(["meetings", "move", GROUP, meeting.id, "--at", "2027-01-14T09:30", "--revision", "1"]);
    expect(moved).toMatch(/the posted kallelse is updated/);
    const put = await until(() => connector.calls.find((c) => c.method === "PUT" && JSON.stringify(c.body ?? "").includes("14 januari 2027")));
    expect(put.conversationId).toBe(CHANNEL);
    const outbox = JSON.parse(await cli(["scheduler", "outbox", "--json"])) as { id: string; activityId: string | null }[];
    expect(put.activityId).toBe(outbox.find((o) => o.id === `${meeting.id}:kallelse`)!.activityId);
    expect(JSON.stringify(put.body)).toMatch(/"title":"Tid","value":"09:30"/);
    expect(connector.sent().filter(isKallelse)).toHaveLength(1);

    // Rescheduled from the meetings card in Teams: the same update, and the answer says so.
    const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
    const res = await invoke("agenda.meeting", { groupId: GROUP, action: "reschedule", meetingId: meeting.id, revision: 2, n: 1, date1: "2027-01-14", time1: "10:15", place1: "Sala" }, sara, "sv-SE");
    expect(JSON.stringify(res.body)).toMatch(/Mötet är flyttat till 14 januari 2027 kl\. 10:15\. Den skickade kallelsen är uppdaterad\./);
    await until(() => connector.calls.find((c) => c.method === "PUT" && JSON.stringify(c.body ?? "").includes('"value":"10:15"') && JSON.stringify(c.body ?? "").includes('"value":"Sala"')));

    // Cancelled: the card says so.
    await cli(["meetings", "cancel", GROUP, meeting.id, "--revision", "3", "--reason", "Krock"]);
    await until(() => connector.calls.find((c) => c.method === "PUT" && JSON.stringify(c.body ?? "").includes("Mötet är inställt. Krock")));
  }, 120_000);
});

describe("removing the bot deactivates the home channel", () => {
  it("membersRemoved with the bot: no home channel, audited, the triage goes 1:1 and the kallelse is listed as unsent", async () => {
    const services = ctx.bot.services()!;
    // Bound above (describe order); bind again in case this runs alone.
    await say(ctx.bot, ctx.connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", userId: "29:admin", aadObjectId: "aad-admin", locale: "sv-SE" });
    expect((await services.agenda.homeChannel(GROUP))?.conversationId).toBe(CHANNEL);
    await say(ctx.bot, ctx.connector, { type: "conversationUpdate", conversationType: "channel", conversationId: CHANNEL, membersRemoved: [{ id: BOT_ID }] });
    expect(await services.agenda.homeChannel(GROUP)).toBeUndefined();
    expect(await services.agenda.groupsOfChannel(CHANNEL)).toEqual([]);
    const audit = JSON.parse(await cli(["audit", GROUP, "--json"])) as { action: string; actor: { userId: string }; details: { channelId?: string } }[];
    expect(audit.filter((e) => e.action === "binding.deactivate")).toEqual([expect.objectContaining({ actor: expect.objectContaining({ userId: "system" }), details: { channelId: CHANNEL } })]);

    // Nothing is posted there any more: a kallelse due now is listed as unsent, not queued.
    const m = JSON.parse(await cli(["meetings", "add", GROUP, "--at", "2027-02-16T13:00", "--json"]));
    const run = JSON.parse(await cli(["scheduler", "run", "--at", m.dates.kallelseAt, "--job", "kallelse", "--json"]));
    expect(run.runs[0].enqueued).toEqual([]);
    const { kallelserDue } = await import("../../src/agenda/kallelse");
    const due = await kallelserDue(services.agenda, new Date(m.dates.kallelseAt));
    expect(due.find((v) => v.meeting.id === m.id)?.binding).toBeUndefined();
  });
});

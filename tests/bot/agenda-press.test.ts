import { cliAgainst } from "../support/cli";
import { activity, cardOf, post, say } from "../support/harness";
import { pressData, type PressOptions } from "../support/press";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import type { RecordedCall } from "../support/fake-connector";

/**
 * The agenda as people use it: every card button pressed the way the client does (inputs gathered unless
 * the action says none; a required input left empty stops the press), from the form to the receipt after
 * triage, in Teams and through the CLI.
 */

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const NOW = "2026-11-23T12:00:00Z";
const CHANNEL = "19:channel-1@thread.tacv2";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna", locale: "sv-SE" };
const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
const admin = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada" };
const xavier = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier" };


/** Presses a button on a card that sits in a message (`replyToId`): the answer replaces that message's card. */
async function press(card: any, title: string, o: PressOptions & { replyToId?: string } = {}) {
  const { action, data } = pressData(card, title, o);
  const a = activity(ctx.connector, { ...o.as, type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: action.verb, data }, trigger: "manual" } });
  if (o.replyToId) a.replyToId = o.replyToId;
  const res = await post(ctx.bot, a);
  expect(res.status).toBe(200);
  // The invoke response's body: { statusCode, type, value } (a card, or a message).
  const isCard = res.body?.type === "application/vnd.microsoft.card.adaptive";
  return { card: isCard ? res.body.value : undefined, text: isCard ? "" : String(res.body?.value ?? "") };
}

/** The first call to the fake connector that matches (already made, or made within the timeout). */
async function callMatching(match: (c: RecordedCall) => boolean, ms = 15_000): Promise<RecordedCall> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = ctx.connector.calls.find((c) => c.status < 300 && match(c));
    if (hit) return hit;
    if (Date.now() > end) throw new Error("no matching call to the connector");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const bodyHas = (c: RecordedCall, ...parts: string[]) => parts.every((p) => JSON.stringify(c.body ?? "").includes(p));
const cardIn = (c: RecordedCall) => c.body.attachments[0].content;

describe("the item form, the triage card and the receipt, pressed as in the client", () => {
  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara", "--tenant", "tenant-1"]);
    await cli(["meetings", "add", GROUP, "--at", "2027-01-12T13:00", "--place", "Västerås"]);
    const [bound] = await say(ctx.bot, ctx.connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", ...admin, locale: "sv-SE" });
    expect(bound.text).toMatch(/hemkanal/);
  }, 120_000);

  it("submit from the form with a group picker; triage in the channel; the receipt, the channel card and a notice follow", async () => {
    const [formReply] = await say(ctx.bot, ctx.connector, { text: "anmäl ärende", ...anna });
    const form = cardOf(formReply);
    expect(validateCard(form)).toEqual([]);
    const title = "Rutin för utskrivningsklara patienter";
    const receipt = await press(form, "Skicka", {
      as: anna,
      replyToId: "act-form-1",
      inputs: { groupId: GROUP, title, description: "Rutiner för utskrivning från slutenvård i Västmanland", kind: "beslut" },
    });
    expect(validateCard(receipt.card)).toEqual([]);
    expect(JSON.stringify(receipt.card)).toMatch(/Väntar på beredning/);
    expect(receipt.card.actions.map((a: { title: string }) => a.title)).toEqual(["Återta", "Ändra"]);

    // The triage card in the home channel (Swedish: the channel's language).
    const posted = await callMatching((c) => c.method === "POST" && c.conversationId === CHANNEL && bodyHas(c, title, "Väntar på beredning"));
    const triageCard = cardIn(posted);
    expect(validateCard(triageCard)).toEqual([]);

    // Someone without the role: refused, told who holds it and how an administrator appoints one.
    const refused = await press(triageCard, "Acceptera", { within: "Acceptera", as: xavier });
    expect(refused.text).toMatch(/Bara gruppens ordförande, vice ordförande eller sekreterare \(eller en administratör\) kan bereda ärenden\. Fråga sekreterare Sara\./);
    // Not how an administrator appoints a chair: the group has one to ask, and the member cannot appoint anyway.
    expect(refused.text).not.toMatch(/sätt ordförande <grupp> @person/);

    // The secretary accepts; her client is English, the card Swedish: the answer is Swedish.
    const accepted = await press(triageCard, "Acceptera", { within: "Acceptera", as: sara });
    expect(JSON.stringify(accepted.card)).toMatch(/Accepterat av Sara/);
    expect(accepted.card.actions.map((a: { title: string }) => a.title)).toEqual(["Öppna igen"]);

    // The receipt Anna sees is updated in place (its activity), with no withdraw or edit.
    const updated = await callMatching((c) => c.method === "PUT" && c.activityId === "act-form-1" && bodyHas(c, "Accepterat av Sara"));
    expect(updated.conversationId).toBe("a:personal-29:anna");
    expect(JSON.stringify(updated.body)).not.toMatch(/agenda\.withdraw|agenda\.editForm/);
    expect(JSON.stringify(updated.body)).toMatch(/Ärendet står på dagordningen för mötet 12 januari 2027 kl\. 13:00/);
    // The channel's copy and the submitter's 1:1 notice.
    await callMatching((c) => c.method === "PUT" && c.conversationId === CHANNEL && bodyHas(c, title, "Accepterat av Sara"));
    await callMatching((c) => c.method === "POST" && bodyHas(c, `Ditt ärende \\"${title}\\" är nu accepterat`));

    // The form without a group remembers the last one used.
    const [again] = await say(ctx.bot, ctx.connector, { text: "anmäl ärende", ...anna });
    expect(cardOf(again).body.find((b: { id?: string }) => b.id === "groupId").value).toBe(GROUP);
  }, 120_000);

  it("the CLI's items submit and items triage post the same triage card and notice as Teams", async () => {
    const item = JSON.parse(await cli(["items", "submit", GROUP, "--title", "Från kommandoraden", "--description", "d", "--as", "aad-bo", "--name", "Bo", "--tenant", "tenant-1", "--json"]));
    const posted = await callMatching((c) => c.method === "POST" && c.conversationId === CHANNEL && bodyHas(c, "Från kommandoraden", "Väntar på beredning"));
    expect(validateCard(cardIn(posted))).toEqual([]);
    await cli(["items", "triage", GROUP, item.id, "reject", "--revision", "1", "--as", "aad-sec", "--reason", "Hör till en annan grupp"]);
    await callMatching((c) => c.method === "PUT" && c.conversationId === CHANNEL && bodyHas(c, "Från kommandoraden", "Avslaget av"));
    await callMatching((c) => c.method === "POST" && bodyHas(c, 'Ditt ärende \\"Från kommandoraden\\" är avslaget. Motivering: Hör till en annan grupp'));
  }, 120_000);

  it("an administrator without a role may triage (the first run), from the posted card", async () => {
    await cli(["items", "submit", GROUP, "--title", "Administratören bereder", "--description", "d", "--as", "aad-bo", "--name", "Bo", "--tenant", "tenant-1"]);
    const posted = await callMatching((c) => c.method === "POST" && c.conversationId === CHANNEL && bodyHas(c, "Administratören bereder"));
    const deferred = await press(cardIn(posted), "Skjut upp", { within: "Skjut upp", as: admin });
    expect(JSON.stringify(deferred.card)).toMatch(/Uppskjutet av Ada/);
  }, 120_000);

  it("refuses odd ids and wrong types in any agenda card's data with 'out of date' (no 5xx, no stack), and changes nothing", async () => {
    const before = await cli(["items", "list", GROUP, "--json"]);
    const odd = ["a/b", "a\\b", "a#b", "a?b"];
    const verbs: [string, Record<string, unknown>][] = [
      ["agenda.triage", { groupId: GROUP, itemId: "item:x", revision: 1, action: "accept" }],
      ["agenda.withdraw", { groupId: GROUP, itemId: "item:x", revision: 1 }],
      ["agenda.editForm", { groupId: GROUP, itemId: "item:x", revision: 1 }],
      ["agenda.edit", { groupId: GROUP, itemId: "item:x", revision: 1, title: "Titel", description: "d", kind: "beslut", links: "" }],
      ["agenda.refresh", { groupId: GROUP, itemId: "item:x" }],
      ["agenda.submit", { groupId: GROUP, title: "Titel", description: "d", kind: "beslut", links: "" }],
      ["agenda.form", { groupId: GROUP }],
      ["agenda.meeting", { groupId: GROUP, action: "cancel", meetingId: "meeting:x", revision: 1, n: 1 }],
    ];
    const send = (verb: string, data: unknown) =>
      post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...sara, locale: "sv-SE", value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));
    for (const [verb, data] of verbs) {
      const variants: unknown[] = [
        ...odd.map((id) => ({ ...data, groupId: id })),
        ...("itemId" in data ? odd.map((id) => ({ ...data, itemId: id })) : []),
        ...("meetingId" in data ? odd.map((id) => ({ ...data, meetingId: id })) : []),
        { ...data, groupId: ["array"] },
        { ...data, groupId: { object: true } },
        ...("revision" in data ? [{ ...data, revision: "many" }, { ...data, revision: [2] }] : []),
        ...("title" in data ? [{ ...data, title: 42 }] : []),
        null,
        "text",
      ];
      for (const v of variants) {
        const res = await send(verb, v);
        expect([verb, res.status]).toEqual([verb, 200]);
        expect(JSON.stringify(res.body)).toMatch(/Det här kortet är inaktuellt/);
        expect(JSON.stringify(res.body)).not.toMatch(/\bat \w+ \(|Error:/);
      }
    }
    expect(await cli(["items", "list", GROUP, "--json"])).toBe(before);
  }, 120_000);

  it("the same form pressed twice makes one item; the digest lists it once, with the meeting twelve days ahead", async () => {
    await cli(["meetings", "add", GROUP, "--at", "2026-12-05T10:00", "--place", "Köping"]); // twelve days after NOW
    const [formReply] = await say(ctx.bot, ctx.connector, { text: "anmäl ärende samverkansgruppen i Västmanland", ...anna });
    const form = cardOf(formReply);
    const title = "Läkemedelsgenomgångar i hemsjukvården";
    const inputs = { title, description: "Gemensam rutin för läkemedelsgenomgångar", kind: "diskussion" };
    // A double click, or a retry after the client gave up waiting: the same card's Send, twice.
    const first = await press(form, "Skicka", { as: anna, inputs });
    const second = await press(form, "Skicka", { as: anna, inputs });
    for (const r of [first, second]) expect(JSON.stringify(r.card)).toMatch(/Väntar på beredning/);
    const items = JSON.parse(await cli(["items", "list", GROUP, "--json"])) as { id: string; title: string }[];
    expect(items.filter((i) => i.title === title)).toHaveLength(1);
    expect(JSON.stringify(second.card)).toContain(items.find((i) => i.title === title)!.id);

    const [digest] = await say(ctx.bot, ctx.connector, { text: "veckobrev nu", conversationType: "channel", ...sara, locale: "sv-SE" });
    const text = JSON.stringify(cardOf(digest));
    expect(text.split(title).length - 1).toBe(1);
    expect(text).toContain("5 december 2026 kl. 10:00, Köping");
  }, 120_000);

  it("the meetings card: every button sends its own inputs, in the card's language", async () => {
    const [reply] = await say(ctx.bot, ctx.connector, { text: "möten samverkansgruppen i Västmanland", ...sara, locale: "sv-SE" });
    const card = cardOf(reply);
    const created = await press(card, "Skapa", { within: "Nytt möte", as: { ...sara, locale: "en-US" }, inputs: { date: "2027-02-16", time: "13:00", place: "Köping" } });
    expect(JSON.stringify(created.card)).toMatch(/Mötet 16 februari 2027 kl\. 13:00 är skapat/);
    // The new card: move the first meeting (its own inputs only: date1, time1, place1).
    const r = await press(created.card, "Flytta", { within: "Flytta", as: sara, inputs: { date1: "2027-01-13", time1: "13:00" } });
    expect(JSON.stringify(r.card)).toMatch(/Mötet är flyttat till 13 januari 2027 kl\. 13:00/);
  }, 120_000);
});

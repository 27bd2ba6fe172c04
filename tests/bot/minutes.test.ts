import { cliAgainst } from "../support/cli";
import * as fs from "node:fs";
import * as path from "node:path";
import type { RecordedCall } from "../support/fake-connector";
import { activity, post, say, tempDir } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";

/**
 * Minutes approval (justering) over HTTP against the real server, the embedded store and the fake Bot
 * Connector: the secretary loads and requests, the chair and adjusters approve in their cards, the
 * minutes are locked, posted and distributed, and `samverkan minutes audit --json` shows it all.
 */

const NOW = "2026-11-23T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const KANSLI = "sjukvardsregion-mellansverige:kansli";

const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare" };
const CARL = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl Ordförande" };
const BERTIL = { userId: "29:adj", aadObjectId: "aad-adj", userName: "Bertil Justerare" };
const XAVIER = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier" };
type Who = typeof SARA;

const TEXT = `# Protokoll
Närvarande: Carl Ordförande, Bertil Justerare, Sara Sekreterare
Justerare: Bertil Justerare

## 1. Mötets öppnande
Ordföranden öppnade mötet.

## 2. Gemensam rutin för utskrivning
Gruppen diskuterade rutinen för utskrivning från slutenvården.
Beslut: Rutinen antas.
Ansvarig: Carl Ordförande
Senast: 2026-12-15
- Åtgärd: Skicka rutinen till förvaltningarna; ansvarig: Sara Sekreterare; senast: 2026-12-01
`;

const card = (res: { body: any }) => res.body?.value;
const str = (x: unknown) => JSON.stringify(x ?? "");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("minutes approval over HTTP", () => {
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const dir = tempDir("samverkan-minutes-files-");

  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  const cliJson = async (args: string[]) => JSON.parse(await cli([...args, "--json"]));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  // A click carries the language its card was rendered in (here: the client's), as every card's actions do.
  const invoke = (verb: string, data: Record<string, unknown>, who: Who, locale = "en-US") =>
    post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale, value: { action: { type: "Action.Execute", verb, data: { lang: locale.startsWith("sv") ? "sv" : "en", ...data } }, trigger: "manual" } }));
  /** Waits until the fake connector recorded a call that matches. */
  const waitForCall = async (pred: (c: RecordedCall) => boolean, timeoutMs = 15_000): Promise<RecordedCall> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = ctx.connector.calls.find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error("no such call to the connector");
      await sleep(50);
    }
  };
  const calls = (pred: (c: RecordedCall) => boolean) => ctx.connector.calls.filter(pred);
  const bindChannel = (group: string, channel: string, who: Who) =>
    say(ctx.bot, ctx.connector, { text: `koppla kanalen till ${group}`, conversationType: "channel", conversationId: channel, channelData: { channel: { id: channel }, team: { id: "19:team-1@thread.tacv2" } }, ...who, locale: "sv-SE" });

  let minutesId = "";
  let v1 = "";

  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", SARA.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "chair", "aad-chair", "--name", CARL.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "adjuster", "aad-adj", "--name", BERTIL.userName, "--tenant", "tenant-1"]);
    // Carl has talked to the bot 1:1 (his Teams id is known); Bertil has not (his 1:1 is created).
    await say(ctx.bot, ctx.connector, { text: "hjälp", ...CARL });
    const [bound] = await bindChannel(GROUP_NAME, "19:channel-1@thread.tacv2", SARA);
    expect(bound.text).toMatch(/hemkanal/);
  });

  it("the secretary loads and requests; the chair and the adjuster approve in their cards; locked, posted, audited", async () => {
    const meeting = await cliJson(["meetings", "add", GROUP, "--at", "2026-11-24T13:00"]);
    const loaded = await cliJson(["minutes", "load", meeting.id, file("m1.md", TEXT), "--as", "aad-sec"]);
    expect(loaded).toMatchObject({ status: "draft", versionNo: 1, created: true });
    minutesId = loaded.id;
    v1 = loaded.version;

    // "protokoll <grupp>": the secretary's draft card offers "Request approval".
    const shown = (await say(ctx.bot, ctx.connector, { text: `minutes ${GROUP_NAME}`, ...SARA })).find((b) => b.conversation?.id === "a:personal-29:sec" && b.attachments?.length);
    const draft = shown.attachments[0].content;
    expect(validateCard(draft)).toEqual([]);
    expect(str(draft)).toMatch(/"verb":"minutes.request"/);
    expect(str(draft)).not.toMatch(/"verb":"minutes.approve"/);
    // Nobody else can request.
    expect(str(card(await invoke("minutes.request", { groupId: GROUP, minutesId }, XAVIER)))).toMatch(/Only the group's secretary or chair/);

    const requested = await invoke("minutes.request", { groupId: GROUP, minutesId }, SARA);
    expect(requested.status).toBe(200);
    expect(str(card(requested))).toMatch(/Approval requested from 2 persons, approve by 2026-12-01/);

    // The approval card in the home channel (read-only, refreshing for the approvers) and 1:1 to each approver.
    const channelPost = await waitForCall((c) => c.method === "POST" && c.conversationId === "19:channel-1@thread.tacv2" && /minutes.refresh/.test(str(c.body)));
    const channelCard = channelPost.body.attachments[0].content;
    expect(validateCard(channelCard)).toEqual([]);
    expect(channelCard.refresh).toMatchObject({ action: { type: "Action.Execute", verb: "minutes.refresh", data: { groupId: GROUP, minutesId } }, userIds: ["29:chair"] });
    expect(str(channelCard)).toMatch(/Justeras senast","value":"2026-12-01"/);
    expect(str(channelCard)).toMatch(/Rutinen antas\./);
    expect(str(channelCard)).not.toMatch(/"verb":"minutes.approve"/);
    const carl1on1 = await waitForCall((c) => c.method === "POST" && c.conversationId === "a:personal-29:chair" && /minutes.approve/.test(str(c.body)));
    expect(str(carl1on1.body)).toContain(`"version":"${v1}"`);
    await waitForCall((c) => c.method === "POST" && c.path === "/v3/conversations" && str(c.body).includes("aad-adj"));

    // Someone who is not an approver: a read-only status card, never an error, and no change.
    const stranger = await invoke("minutes.approve", { groupId: GROUP, minutesId, version: v1 }, XAVIER);
    expect(stranger.status).toBe(200);
    expect(validateCard(card(stranger))).toEqual([]);
    expect(str(card(stranger))).toMatch(/You are not an approver of these minutes/);
    expect(str(card(stranger))).not.toMatch(/"verb":"minutes.approve"/);
    expect(str(card(await invoke("minutes.refresh", { groupId: GROUP, minutesId }, XAVIER)))).toMatch(/Only the approvers can approve/);
    expect((await cliJson(["minutes", "show", minutesId])).approvals).toEqual([]);
    // The approver's refresh has the actions; the discussion of one item on request.
    expect(str(card(await invoke("minutes.refresh", { groupId: GROUP, minutesId }, CARL)))).toMatch(/"verb":"minutes.approve"/);
    const item = card(await invoke("minutes.showItem", { groupId: GROUP, minutesId, item: 2 }, XAVIER));
    expect(validateCard(item)).toEqual([]);
    expect(str(item)).toMatch(/Discussion § 2 Gemensam rutin.*rutinen för utskrivning från slutenvården/);

    const a = await invoke("minutes.approve", { groupId: GROUP, minutesId, version: v1 }, CARL);
    expect(str(card(a))).toMatch(/your approval is recorded/);
    expect(str(card(a))).toMatch(/You approved this version/);
    const b = await invoke("minutes.approve", { groupId: GROUP, minutesId, version: v1 }, BERTIL, "sv-SE");
    expect(validateCard(card(b))).toEqual([]);
    expect(str(card(b))).toMatch(/Alla har godkänt: protokollet är justerat/);
    expect(str(card(b))).not.toMatch(/"verb":"minutes.approve"/);
    // Approving again changes nothing.
    expect(str(card(await invoke("minutes.approve", { groupId: GROUP, minutesId, version: v1 }, CARL)))).toMatch(/already approved/);

    // The approved minutes are posted in the channel, and the stored cards are updated to the final state.
    const final = await waitForCall((c) => c.method === "POST" && c.conversationId === "19:channel-1@thread.tacv2" && /Justerat protokoll/.test(str(c.body)));
    expect(validateCard(final.body.attachments[0].content)).toEqual([]);
    await waitForCall((c) => c.method === "PUT" && c.conversationId === "19:channel-1@thread.tacv2" && /Justerat 2026-11-23 13:00\. Protokollet är låst/.test(str(c.body)));
    await waitForCall((c) => c.method === "PUT" && c.conversationId === "a:personal-29:chair" && /Protokollet är låst/.test(str(c.body)));

    const audit = await cliJson(["minutes", "audit", minutesId]);
    expect(audit.minutes).toMatchObject({ status: "approved", version: v1, approvedAt: "2026-11-23T12:00:00.000Z" });
    expect(audit.entries.map((e: any) => `${e.action}:${e.actor.userId}`)).toEqual(["load:aad-sec", "request:aad-sec", "approve:aad-chair", "approve:aad-adj", "approved:aad-adj", "distribute:system"]);
    expect(audit.entries[2]).toMatchObject({ version: v1, versionNo: 1, at: "2026-11-23T12:00:00.000Z", actor: { aadObjectId: "aad-chair", teamsId: "29:chair", tenantId: "tenant-1", name: CARL.userName, via: "teams" } });
    // Locked: the CLI refuses a change without a reason.
    await expect(cli(["minutes", "load", meeting.id, file("m1b.md", TEXT.replace("antas.", "antas!"))])).rejects.toThrow(/LOCKED/);
    expect(await cli(["minutes", "show", minutesId])).toMatch(/Status: approved[\s\S]*§ 2 Gemensam rutin för utskrivning\n  Gruppen diskuterade rutinen för utskrivning från slutenvården\.\n  Decision: Rutinen antas\./);
  }, 60_000);

  it("a change request → a new version pasted in Teams → the old card is outdated → re-approval", async () => {
    const meeting = await cliJson(["meetings", "add", GROUP, "--at", "2026-11-25T13:00"]);
    const m = await cliJson(["minutes", "load", meeting.id, file("m2.md", TEXT.replace("Rutinen antas.", "Rutinen antas för 2027."))]);
    await cli(["minutes", "request", m.id, "--as", "aad-sec"]);
    const base = { groupId: GROUP, minutesId: m.id, version: m.version };

    expect(str(card(await invoke("minutes.requestChanges", { ...base, comment: " " }, BERTIL)))).toMatch(/Please write what needs to change/);
    const asked = await invoke("minutes.requestChanges", { ...base, comment: "Ansvarig saknas för åtgärden", item: "2" }, BERTIL);
    expect(str(card(asked))).toMatch(/Your change request was sent to the secretary/);
    expect(str(card(asked))).toMatch(/Changes requested by Bertil Justerare \(§ 2\): Ansvarig saknas/);
    // The secretary hears it 1:1.
    await waitForCall((c) => c.method === "POST" && /begär ändring i protokollet.*§ 2: Ansvarig saknas/.test(str(c.body)));

    // The secretary pastes the corrected minutes after "protokoll <grupp>" (for the group's latest meeting
    // whose minutes are not locked: here the 25th's).
    const corrected = TEXT.replace("Rutinen antas.", "Rutinen antas för 2027.").replace("- Åtgärd: Skicka rutinen", "- Åtgärd: Skicka den antagna rutinen");
    // (The worker may post the new round's cards meanwhile: the reply is the one in Sara's chat.)
    const pasted = (await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}\n${corrected}`, ...SARA, locale: "sv-SE" })).find((b) => b.conversation?.id === "a:personal-29:sec" && b.attachments?.length);
    expect(validateCard(pasted.attachments[0].content)).toEqual([]);
    expect(str(pasted.attachments[0].content)).toMatch(/Protokollet är sparat \(v2 · /);
    const r = await cliJson(["minutes", "show", m.id]);
    expect(r).toMatchObject({ versionNo: 2, status: "requested", round: 2, approvals: [] });
    // A stranger's paste is refused.
    const refused = (await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}\n${corrected}x`, ...XAVIER, locale: "sv-SE" })).find((b) => b.conversation?.id === "a:personal-29:x");
    expect(refused.text).toMatch(/Endast gruppens sekreterare eller ordförande/);

    // The old card's click: a clear message, the current card, no approval recorded.
    const old = await invoke("minutes.approve", base, CARL);
    expect(str(card(old))).toMatch(/The minutes changed since this card was shown\. The current version is v2/);
    expect(str(card(old))).toContain(`"version":"${r.version}"`);
    expect((await cliJson(["minutes", "show", m.id])).approvals).toEqual([]);
    // The new round's cards went out (1:1 to Carl with the new version).
    await waitForCall((c) => c.method === "POST" && c.conversationId === "a:personal-29:chair" && str(c.body).includes(`"version":"${r.version}"`));

    for (const who of [CARL, BERTIL]) await invoke("minutes.approve", { ...base, version: r.version }, who);
    const shown = await cliJson(["minutes", "show", m.id]);
    expect(shown).toMatchObject({ status: "approved", versionNo: 2 });
    expect(shown.approvals.map((a: any) => [a.key, a.version])).toEqual([
      ["aad-chair", r.version],
      ["aad-adj", r.version],
    ]);
    const audit = await cliJson(["minutes", "audit", m.id]);
    expect(audit.entries.map((e: any) => `${e.action}:v${e.versionNo}`)).toEqual(["load:v1", "request:v1", "requestChanges:v1", "edit:v2", "request:v2", "approve:v2", "approve:v2", "approved:v2", "distribute:v2"]);
    expect(audit.entries[2].details).toMatchObject({ comment: "Ansvarig saknas för åtgärden", itemNo: 2 });
  }, 60_000);

  it("distribution: a recipient the mandate names with a home channel gets a post; one without is awaiting distribution", async () => {
    const added = await cliJson(["groups", "add", "--kind", "verksamhetschefsgrupp", "--name", "Verksamhetschefsgrupp Ortopedi"]);
    const vcg = added.entry.id as string;
    await cli(["roles", "set", vcg, "chair", "aad-vera", "--name", "Vera", "--tenant", "tenant-1"]);
    await cli(["minutes", "settings", vcg, "--approvers", "chair"]);
    await sleep(2_100); // the bot's in-memory catalog notices the new group
    await bindChannel("Verksamhetschefsgrupp Ortopedi", "19:vcg@thread.tacv2", { userId: "29:admin", aadObjectId: "aad-admin", userName: "Admin" });
    await bindChannel("Samverkansnämndens ledningsgrupp", "19:lg@thread.tacv2", { userId: "29:admin", aadObjectId: "aad-admin", userName: "Admin" });
    const meeting = await cliJson(["meetings", "add", vcg, "--at", "2026-11-26T09:00"]);
    const m = await cliJson(["minutes", "load", meeting.id, file("m3.md", "## 1. Läget i regionerna\nBeslut: Informationen noteras.")]);
    await cli(["minutes", "request", m.id]);
    const done = await invoke("minutes.approve", { groupId: vcg, minutesId: m.id, version: m.version }, { userId: "29:vera", aadObjectId: "aad-vera", userName: "Vera" });
    expect(str(card(done))).toMatch(/Everyone approved/);

    await waitForCall((c) => c.method === "POST" && c.conversationId === "19:vcg@thread.tacv2" && /Justerat protokoll: Verksamhetschefsgrupp Ortopedi/.test(str(c.body)));
    const delivered = await waitForCall((c) => c.method === "POST" && c.conversationId === "19:lg@thread.tacv2" && /delges Samverkansnämndens ledningsgrupp|delges Ledningsgrupp/.test(str(c.body)));
    expect(validateCard(delivered.body.attachments[0].content)).toEqual([]);
    const shown = await cliJson(["minutes", "show", m.id]);
    expect(shown.distribution).toEqual([
      expect.objectContaining({ entryId: LG, status: "posted" }),
      expect.objectContaining({ entryId: KANSLI, status: "awaiting" }),
    ]);
    expect(await cli(["minutes", "show", m.id])).toMatch(/Samverkansnämndens kansli \[sjukvardsregion-mellansverige:kansli\]: awaiting distribution/);
    const audit = await cliJson(["minutes", "audit", m.id]);
    expect(audit.minutes.distribution).toHaveLength(2);
    expect(audit.entries.at(-1)).toMatchObject({ action: "distribute", details: { recipients: [{ entryId: LG, status: "posted" }, { entryId: KANSLI, status: "awaiting" }] } });
  }, 60_000);

  it("the secretary drafts the minutes item by item in a card, then requests approval from it", async () => {
    const meeting = await cliJson(["meetings", "add", GROUP, "--at", "2026-11-27T13:00"]);
    const form = card(await invoke("minutes.itemForm", { groupId: GROUP, meetingId: meeting.id, item: "" }, SARA));
    expect(validateCard(form)).toEqual([]);
    expect(str(form)).toMatch(/"verb":"minutes.saveItem","style":"positive","data":\{"groupId":"[^"]+","meetingId":"meeting:[^"]+","item":"","lang":"(sv|en)"\}/);
    expect(str(card(await invoke("minutes.itemForm", { groupId: GROUP, meetingId: meeting.id }, XAVIER)))).toMatch(/Only the group's secretary or chair/);

    const save = (data: Record<string, unknown>) => invoke("minutes.saveItem", { groupId: GROUP, meetingId: meeting.id, item: "", ...data }, SARA);
    const bad = card(await save({ title: "Budget", actions: "Skicka; senast: imorgon" }));
    expect(str(bad)).toMatch(/Please check: actions.0/);
    expect(str(bad)).toContain('"value":"Budget"');
    const first = card(await save({ title: "Budget 2027", discussion: "Lång diskussion ${x}", decision: "Budgeten fastställs", responsible: "Carl Ordförande", due: "2027-01-31", actions: "Skicka budgeten; ansvarig: Sara; senast: 2026-12-10" }));
    expect(validateCard(first)).toEqual([]);
    expect(str(first)).toMatch(/§ 1 is saved \(v1 · /);
    expect(str(first)).toMatch(/"verb":"minutes.itemForm"/);
    expect(str(first)).toMatch(/"verb":"minutes.request"/);
    await save({ title: "Övrigt", discussion: "Inget" });
    // Editing item 1 (its form is prefilled).
    const again = card(await invoke("minutes.itemForm", { groupId: GROUP, meetingId: meeting.id, item: 1 }, SARA));
    expect(str(again)).toContain("Lång diskussion $\u200b{x}");
    expect(str(again)).toContain("Skicka budgeten; ansvarig: Sara; senast: 2026-12-10");
    const edited = card(await save({ item: "1", title: "Budget 2027", discussion: "Lång diskussion ${x}", decision: "Budgeten fastställs med ändring", due: "2027-01-31" }));
    expect(str(edited)).toMatch(/§ 1 is saved \(v3 · /);

    const shown = await cliJson(["minutes", "show", `minutes:${meeting.id}`]);
    expect(shown.content.items).toEqual([
      { no: 1, title: "Budget 2027", discussion: "Lång diskussion ${x}", decision: "Budgeten fastställs med ändring", due: "2027-01-31", actions: [] },
      { no: 2, title: "Övrigt", discussion: "Inget", actions: [] },
    ]);
    const requested = card(await invoke("minutes.request", { groupId: GROUP, minutesId: shown.id }, SARA));
    expect(str(requested)).toMatch(/Approval requested from 2 persons/);
  }, 60_000);
});

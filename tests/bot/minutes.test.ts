import { cliAgainst } from "../support/cli";
import * as fs from "node:fs";
import * as path from "node:path";
import type { RecordedCall } from "../support/fake-connector";
import { activity, cardOf, post, say, tempDir, type ActivityOptions } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import { DeadButtonError, invokeCard, press } from "../support/press";

/**
 * Minutes approval (justering) over HTTP against the real server, the embedded store and the fake Bot
 * Connector, every button pressed as the Teams client does: the secretary loads and requests, the chair
 * and the adjuster approve in their cards, the minutes are locked, posted and distributed, and
 * `samverkan minutes audit --json` shows it all.
 */

const NOW = "2026-11-23T12:00:00Z";
/** Meetings are planned before they take place (the CLI refuses a meeting in the past). */
const BEFORE = "2026-11-19T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const LG = "sjukvardsregion-mellansverige:ledningsgrupp";
const KANSLI = "sjukvardsregion-mellansverige:kansli";
const CHANNEL = "19:channel-1@thread.tacv2";

const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare" };
const CARL = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl Ordförande" };
const BERTIL = { userId: "29:adj", aadObjectId: "aad-adj", userName: "Bertil Justerare" };
const XAVIER = { userId: "29:x", aadObjectId: "aad-x", userName: "Xavier" };
type Who = ActivityOptions;

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

const str = (x: unknown) => JSON.stringify(x ?? "");
/** The bot's message among the replies to an activity (a typing indicator may come first on a busy machine). */
const messageOf = (replies: any[]) => replies.find((r) => r.type === "message");
/** What an invoke answered: the card, or the message text. */
const answerOf = (res: { body: any }) => invokeCard(res) ?? res.body?.value;
/** Polls a condition the bot reaches in the background (bounded). */
async function until(ok: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error("the condition was not reached in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const inChannel = (who: Who): Who => ({ ...who, conversationType: "channel", conversationId: CHANNEL });

describe("minutes approval over HTTP", () => {
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const dir = tempDir("samverkan-minutes-files-");

  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  const cliBefore = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: BEFORE }));
  const cliJson = async (args: string[]) => JSON.parse(await cli([...args, "--json"]));
  const meetingAt = async (group: string, at: string) => JSON.parse(await cliBefore(["meetings", "add", group, "--at", at, "--json"]));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  /** Presses a button on a card as `who` (in their 1:1 unless `who` says where). */
  const pressAs = (card: any, title: string, who: Who, o: { inputs?: Record<string, string>; within?: string } = {}) => press(ctx.bot, ctx.connector, card, title, { ...o, as: who });
  /** A forged click: card data no client would send (the server checks it again). */
  const invoke = (verb: string, data: Record<string, unknown>, who: Who) =>
    post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...who, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));
  /** The latest card posted proactively that matches. */
  const posted = async (pred: (c: RecordedCall) => boolean): Promise<any> => cardOf((await ctx.connector.waitFor(pred, 20_000)).body);
  const latestPosted = (pred: (c: RecordedCall) => boolean): any => cardOf(ctx.connector.sent().filter(pred).at(-1)?.body);
  /** Waits for a call to the connector that is not an activity post (a PUT, creating a 1:1). */
  const waitForCall = async (pred: (c: RecordedCall) => boolean, timeoutMs = 20_000): Promise<RecordedCall> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = ctx.connector.calls.find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error("no such call to the connector");
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const bindChannel = (group: string, channel: string, who: Who) =>
    say(ctx.bot, ctx.connector, { text: `koppla kanalen till ${group}`, conversationType: "channel", conversationId: channel, channelData: { channel: { id: channel }, team: { id: "19:team-1@thread.tacv2" } }, ...who, locale: "sv-SE" });
  /** The approval card a person got 1:1 for these minutes and version (Bertil's 1:1 is created by the bot). */
  const approverCard = (minutesId: string, version: string, conversation: (id: string) => boolean) =>
    posted((c) => conversation(c.conversationId ?? "") && str(c.body).includes(`"minutesId":"${minutesId}"`) && str(c.body).includes(`"version":"${version}"`) && /minutes.approve/.test(str(c.body)));
  const carls = (id: string) => id === "a:personal-29:chair";
  const bertils = (id: string) => id.startsWith("conv-");

  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", SARA.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "chair", "aad-chair", "--name", CARL.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "adjuster", "aad-adj", "--name", BERTIL.userName, "--tenant", "tenant-1"]);
    // Carl has talked to the bot 1:1 (his Teams id is known); Bertil has not (his 1:1 is created).
    await say(ctx.bot, ctx.connector, { text: "hjälp", ...CARL });
    const bound = messageOf(await bindChannel(GROUP_NAME, CHANNEL, SARA));
    expect(bound.text).toMatch(/hemkanal/);
  });

  it("the secretary loads and requests; the chair and the adjuster approve in their cards; locked, posted, audited", async () => {
    const meeting = await meetingAt(GROUP, "2026-11-22T13:00");
    // Loaded from the CLI by id only: the audit and the card name Sara, never her Entra id.
    const loaded = await cliJson(["minutes", "load", meeting.id, file("m1.md", TEXT), "--as", "aad-sec"]);
    expect(loaded).toMatchObject({ status: "draft", versionNo: 1, created: true });
    const minutesId = loaded.id;
    const v1 = loaded.version;

    // "protokoll <grupp>": the secretary's draft card (Swedish, as the command) offers "Begär justering".
    const shown = messageOf(await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}`, ...SARA }));
    const draft = cardOf(shown);
    expect(validateCard(draft)).toEqual([]);
    expect(str(draft)).not.toMatch(/aad-/);
    // The history is read on request only (no ordinary render reads the audit) and names people.
    const history = answerOf(await pressAs(draft, "Visa historik", SARA));
    expect(str(history)).toMatch(/Sara Sekreterare: laddat/);
    expect(str(history)).not.toMatch(/aad-/);
    expect(str(history)).not.toMatch(/Visa historik/);
    // Outsiders get no history either (refused in the use case).
    expect(str(answerOf(await pressAs(draft, "Visa historik", XAVIER)))).not.toMatch(/laddat/);
    // Nobody else can request (the same button, pressed by someone who is not the secretary).
    expect(answerOf(await pressAs(draft, "Begär justering", XAVIER))).toMatch(/Endast gruppens sekreterare eller ordförande/);

    const requested = answerOf(await pressAs(draft, "Begär justering", SARA));
    expect(str(requested)).toMatch(/Justering begärd från 2 personer, justeras senast 30 november 2026/);
    expect(str(requested)).toMatch(/"color":"Good"/);

    // The approval card in the home channel (read-only, refreshing for the approvers) and 1:1 to each approver.
    const channelCard = await posted((c) => c.conversationId === CHANNEL && /minutes.refresh/.test(str(c.body)) && str(c.body).includes(minutesId));
    expect(validateCard(channelCard)).toEqual([]);
    expect(channelCard.refresh).toMatchObject({ action: { type: "Action.Execute", verb: "minutes.refresh", data: { groupId: GROUP, minutesId, lang: "sv" } }, userIds: ["29:chair"] });
    expect(str(channelCard)).toMatch(/Justeras senast","value":"30 november 2026"/);
    expect(str(channelCard)).toMatch(/Rutinen antas\./);
    expect(str(channelCard)).not.toMatch(/"verb":"minutes.approve"/);
    const carlsCard = await approverCard(minutesId, v1, carls);
    await waitForCall((c) => c.method === "POST" && c.path === "/v3/conversations" && str(c.body).includes("aad-adj"));
    const bertilsCard = await approverCard(minutesId, v1, bertils);

    // Someone who is not an approver and holds no role: refused, nothing shown, nothing changed, audited.
    const stranger = await pressAs(carlsCard, "Godkänn", XAVIER);
    expect(stranger.status).toBe(200);
    expect(answerOf(stranger)).toMatch(/Du är inte justerare av det här protokollet/);
    expect(await invoke("minutes.refresh", channelCard.refresh.action.data, XAVIER).then(answerOf)).toMatch(/Du har inte tillgång till det här protokollet/);
    expect(answerOf(await pressAs(channelCard, "Visa diskussion (§ 2)", XAVIER))).toMatch(/Du har inte tillgång/);
    // In the home channel, where the card was posted, its members may read it.
    expect(str(answerOf(await pressAs(channelCard, "Visa diskussion (§ 2)", inChannel(XAVIER))))).toMatch(/Diskussion § 2 Gemensam rutin.*rutinen för utskrivning från slutenvården/);
    // From another tenant even the chair's own id is nobody.
    expect(answerOf(await pressAs(channelCard, "Visa diskussion (§ 2)", { ...CARL, tenantId: "tenant-2" }))).toMatch(/Du har inte tillgång/);
    expect((await cliJson(["minutes", "show", minutesId])).approvals).toEqual([]);
    // Card data that does not fit (odd ids, wrong types): "this card is out of date", never a 5xx.
    for (const data of [{ groupId: "a/b", minutesId, version: v1 }, { groupId: GROUP, minutesId: "x?y#z", version: v1 }, { groupId: GROUP, minutesId, version: ["x"] }, { groupId: 7, minutesId }]) {
      const res = await invoke("minutes.approve", { ...data, lang: "sv" }, CARL);
      expect(res.status).toBe(200);
      expect(answerOf(res)).toMatch(/Det här kortet är inaktuellt/);
    }
        // The approver's refresh has the actions.
    expect(str(answerOf(await invoke("minutes.refresh", channelCard.refresh.action.data, CARL)))).toMatch(/"verb":"minutes.approve"/);

    const a = answerOf(await pressAs(carlsCard, "Godkänn", CARL));
    expect(str(a)).toMatch(/Tack, ditt godkännande är registrerat/);
    expect(str(a)).toMatch(/Du har godkänt den här versionen/);
    const b = answerOf(await pressAs(bertilsCard, "Godkänn", BERTIL));
    expect(validateCard(b)).toEqual([]);
    expect(str(b)).toMatch(/Alla har godkänt: protokollet är justerat/);
    expect(str(b)).not.toMatch(/"verb":"minutes.approve"/);
    // Approving again changes nothing.
    expect(str(answerOf(await pressAs(carlsCard, "Godkänn", CARL)))).toMatch(/Protokollet är redan justerat/);

    // The approved minutes are posted in the channel, and the stored cards are updated to the final state.
    const final = await posted((c) => c.conversationId === CHANNEL && /Justerat protokoll/.test(str(c.body)));
    expect(validateCard(final)).toEqual([]);
    await waitForCall((c) => c.method === "PUT" && c.conversationId === CHANNEL && /Justerat 23 november 2026 kl\. 13:00\. Protokollet är låst/.test(str(c.body)));
    await waitForCall((c) => c.method === "PUT" && c.conversationId === "a:personal-29:chair" && /Protokollet är låst/.test(str(c.body)));

    await until(async () => (await cliJson(["minutes", "show", minutesId])).distribution !== undefined);
    const audit = await cliJson(["minutes", "audit", minutesId]);
    expect(audit.minutes).toMatchObject({ status: "approved", version: v1, approvedAt: "2026-11-23T12:00:00.000Z" });
    expect(audit.entries.map((e: any) => `${e.action}:${e.actor.userId}`)).toEqual([
      "load:aad-sec",
      "refused:aad-x", // the history, asked by an outsider
      "refused:aad-x",
      "request:aad-sec",
      "refused:aad-x",
      "refused:aad-x",
      "refused:aad-x",
      "refused:aad-chair",
      "approve:aad-chair",
      "approve:aad-adj",
      "approved:aad-adj",
      "distribute:system",
    ]);
    expect(audit.entries[0].actor).toMatchObject({ name: "Sara Sekreterare", via: "cli" });
    expect(audit.entries[7].actor).toMatchObject({ tenantId: "tenant-2" });
    expect(audit.entries[8]).toMatchObject({ version: v1, versionNo: 1, at: "2026-11-23T12:00:00.000Z", actor: { aadObjectId: "aad-chair", teamsId: "29:chair", tenantId: "tenant-1", name: CARL.userName, via: "teams" } });
    // Locked: the CLI refuses a change without a reason.
    await expect(cli(["minutes", "load", meeting.id, file("m1b.md", TEXT.replace("antas.", "antas!"))])).rejects.toThrow(/LOCKED/);
    expect(await cli(["minutes", "show", minutesId])).toMatch(/Status: approved[\s\S]*§ 2 Gemensam rutin för utskrivning\n  Gruppen diskuterade rutinen för utskrivning från slutenvården\.\n  Decision: Rutinen antas\./);
  }, 120_000);

  it("a change request → a new version pasted in Teams → the old card is outdated → re-approval", async () => {
    const meeting = await meetingAt(GROUP, "2026-11-22T15:00");
    const m = await cliJson(["minutes", "load", meeting.id, file("m2.md", TEXT.replace("Rutinen antas.", "Rutinen antas för 2027."))]);
    await cli(["minutes", "request", m.id, "--as", "aad-sec"]);
    const bertilsCard = await approverCard(m.id, m.version, bertils);
    const carlsOld = await approverCard(m.id, m.version, carls);

    // The comment is required in the client, and checked again on the server.
    await expect(pressAs(bertilsCard, "Skicka", BERTIL, { within: "Begär ändring", inputs: { comment: " " } })).rejects.toThrow(DeadButtonError);
    const forged = await invoke("minutes.requestChanges", { groupId: GROUP, minutesId: m.id, version: m.version, comment: " ", lang: "sv" }, BERTIL);
    expect(str(answerOf(forged))).toMatch(/Skriv vad som behöver ändras/);
    const asked = answerOf(await pressAs(bertilsCard, "Skicka", BERTIL, { within: "Begär ändring", inputs: { comment: "Ansvarig saknas för åtgärden", item: "2" } }));
    expect(str(asked)).toMatch(/Din begäran om ändring är skickad till sekreteraren/);
    expect(str(asked)).toMatch(/Ändring begärd av Bertil Justerare \(§ 2\): Ansvarig saknas/);
    // The secretary hears it 1:1.
    await ctx.connector.waitFor((c) => /begär ändring i protokollet.*§ 2: Ansvarig saknas/.test(str(c.body)), 60_000);

    // The secretary pastes the corrected minutes after "protokoll <grupp>" (for the group's latest meeting
    // whose minutes are not locked: this one).
    const corrected = TEXT.replace("Rutinen antas.", "Rutinen antas för 2027.").replace("- Åtgärd: Skicka rutinen", "- Åtgärd: Skicka den antagna rutinen");
    const pasted = messageOf(await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}\n${corrected}`, ...SARA, locale: "sv-SE" }));
    expect(validateCard(cardOf(pasted))).toEqual([]);
    expect(str(cardOf(pasted))).toMatch(/Protokollet är sparat \(v2 · /);
    const r = await cliJson(["minutes", "show", m.id]);
    expect(r).toMatchObject({ versionNo: 2, status: "requested", round: 2, approvals: [] });
    // A stranger's paste is refused.
    const refused = messageOf(await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}\n${corrected}x`, ...XAVIER, locale: "sv-SE" }));
    expect(refused.text).toMatch(/Endast gruppens sekreterare eller ordförande/);

    // The old card's click: a clear message, the current card, no approval recorded.
    const old = answerOf(await pressAs(carlsOld, "Godkänn", CARL));
    expect(str(old)).toMatch(/Protokollet har ändrats sedan kortet visades\. Gällande version är v2/);
    expect(str(old)).toContain(`"version":"${r.version}"`);
    expect((await cliJson(["minutes", "show", m.id])).approvals).toEqual([]);
    // The new round's cards went out (1:1 with the new version).
    for (const [who, card] of [
      [CARL, await approverCard(m.id, r.version, carls)],
      [BERTIL, await approverCard(m.id, r.version, bertils)],
    ] as const) {
      expect(answerOf(await pressAs(card, "Godkänn", who))).toBeDefined();
    }
    const shown = await cliJson(["minutes", "show", m.id]);
    expect(shown).toMatchObject({ status: "approved", versionNo: 2 });
    // The follow-up runs after the click: wait for the distribution to be recorded.
    await until(async () => (await cliJson(["minutes", "show", m.id])).distribution !== undefined);
    expect(shown.approvals.map((a: any) => [a.key, a.version])).toEqual([
      ["aad-chair", r.version],
      ["aad-adj", r.version],
    ]);
    const audit = await cliJson(["minutes", "audit", m.id]);
    expect(audit.entries.map((e: any) => `${e.action}:v${e.versionNo}`)).toEqual(["load:v1", "request:v1", "requestChanges:v1", "edit:v2", "request:v2", "approve:v2", "approve:v2", "approved:v2", "distribute:v2"]);
    expect(audit.entries[2].details).toMatchObject({ comment: "Ansvarig saknas för åtgärden", itemNo: 2 });
  }, 120_000);

  it("distribution: a recipient the mandate names with a home channel gets a post; one without is awaiting distribution", async () => {
    const added = await cliJson(["groups", "add", "--kind", "verksamhetschefsgrupp", "--name", "Verksamhetschefsgrupp Ortopedi"]);
    const vcg = added.entry.id as string;
    await cli(["roles", "set", vcg, "chair", "aad-vera", "--name", "Vera", "--tenant", "tenant-1"]);
    await cli(["minutes", "settings", vcg, "--approvers", "chair"]);
    await new Promise((r) => setTimeout(r, 2_100)); // the bot's in-memory catalog notices the new group
    await bindChannel("Verksamhetschefsgrupp Ortopedi", "19:vcg@thread.tacv2", { userId: "29:admin", aadObjectId: "aad-admin", userName: "Admin" });
    await bindChannel("Samverkansnämndens ledningsgrupp", "19:lg@thread.tacv2", { userId: "29:admin", aadObjectId: "aad-admin", userName: "Admin" });
    const meeting = await meetingAt(vcg, "2026-11-23T09:00");
    const m = await cliJson(["minutes", "load", meeting.id, file("m3.md", "## 1. Läget i regionerna\nBeslut: Informationen noteras.")]);
    await cli(["minutes", "request", m.id]);
    const verasCard = await posted((c) => (c.conversationId ?? "").startsWith("conv-") && str(c.body).includes(`"minutesId":"${m.id}"`) && /minutes.approve/.test(str(c.body)));
    const done = answerOf(await pressAs(verasCard, "Godkänn", { userId: "29:vera", aadObjectId: "aad-vera", userName: "Vera" }));
    expect(str(done)).toMatch(/Alla har godkänt/);

    await ctx.connector.waitFor((c) => c.conversationId === "19:vcg@thread.tacv2" && /Justerat protokoll: Verksamhetschefsgrupp Ortopedi/.test(str(c.body)), 60_000);
    const delivered = await posted((c) => c.conversationId === "19:lg@thread.tacv2" && /delges Samverkansnämndens ledningsgrupp|delges Ledningsgrupp/.test(str(c.body)));
    expect(validateCard(delivered)).toEqual([]);
    // The recipient's channel may read the approved minutes (its discussion on request).
    const lgMember = { userId: "29:lg-member", aadObjectId: "aad-lg-member", userName: "Lena", conversationType: "channel" as const, conversationId: "19:lg@thread.tacv2" };
    expect(answerOf(await invoke("minutes.refresh", { groupId: vcg, minutesId: m.id, lang: "sv" }, lgMember))).toMatchObject({ type: "AdaptiveCard" });
    await until(async () => (await cliJson(["minutes", "show", m.id])).distribution !== undefined);
    const shown = await cliJson(["minutes", "show", m.id]);
    expect(shown.distribution).toEqual([expect.objectContaining({ entryId: LG, status: "posted" }), expect.objectContaining({ entryId: KANSLI, status: "awaiting" })]);
    expect(await cli(["minutes", "show", m.id])).toMatch(/Samverkansnämndens kansli \[sjukvardsregion-mellansverige:kansli\]: awaiting distribution/);
    const audit = await cliJson(["minutes", "audit", m.id]);
    expect(audit.minutes.distribution).toHaveLength(2);
    expect(audit.entries.at(-1)).toMatchObject({ action: "distribute", details: { recipients: [{ entryId: LG, status: "posted" }, { entryId: KANSLI, status: "awaiting" }] } });
  }, 120_000);

  it("the secretary drafts the minutes item by item in a card, then requests approval from it", async () => {
    const meeting = await meetingAt(GROUP, "2026-11-23T08:00");
    // The meeting has been held and has no minutes: "protokoll <grupp>" gives the secretary the form.
    const reply = messageOf(await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}`, ...SARA }));
    const form = cardOf(reply);
    expect(validateCard(form)).toEqual([]);
    expect(str(form)).toMatch(/"verb":"minutes.saveItem","style":"positive","data":\{"groupId":"[^"]+","meetingId":"meeting:[^"]+","item":"","lang":"sv"\}/);
    // Others get the latest minutes instead (here: readers with a role see them).
    expect(str(cardOf(messageOf(await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}`, ...BERTIL }))))).toMatch(/Protokoll: /);

    const bad = answerOf(await pressAs(form, "Spara paragraf", SARA, { inputs: { title: "Budget", actions: "Skicka; senast: imorgon" } }));
    // The refused field in words, never its key
    expect(str(bad)).toContain("Åtgärderna skrivs en per rad: text; ansvarig: namn; senast: ÅÅÅÅ-MM-DD");
    expect(str(bad)).not.toMatch(/actions\.0/);
    expect(str(bad)).toContain('"value":"Budget"');
    const first = answerOf(
      await pressAs(form, "Spara paragraf", SARA, {
        inputs: { title: "Budget 2027", discussion: "Lång diskussion ${x}", decision: "Budgeten fastställs", responsible: "Carl Ordförande", due: "2027-01-31", actions: "Skicka budgeten; ansvarig: Sara; senast: 2026-12-10" },
      }),
    );
    expect(validateCard(first)).toEqual([]);
    expect(str(first)).toMatch(/§ 1 är sparad \(v1 · /);
    const again = answerOf(await pressAs(first, "Lägg till paragraf", SARA));
    await pressAs(again, "Spara paragraf", SARA, { inputs: { title: "Övrigt", discussion: "Inget" } });
    // Editing item 1 from the card (its form is prefilled).
    const edit = answerOf(await pressAs(first, "Ändra § 1", SARA));
    expect(str(edit)).toContain("Lång diskussion $\u200b{x}");
    expect(str(edit)).toContain("Skicka budgeten; ansvarig: Sara; senast: 2026-12-10");
    const edited = answerOf(await pressAs(edit, "Spara paragraf", SARA, { inputs: { decision: "Budgeten fastställs med ändring", responsible: "", actions: "" } }));
    expect(str(edited)).toMatch(/§ 1 är sparad \(v3 · /);
    // A personal identity number is never stored, whichever input it is typed into.
    const pnr = answerOf(await pressAs(edited, "Lägg till paragraf", SARA).then((res) => pressAs(answerOf(res), "Spara paragraf", SARA, { inputs: { title: "Ärende om 19121212-1212" } })));
    expect(str(pnr)).toMatch(/personnummer/);

    const shown = await cliJson(["minutes", "show", `minutes:${meeting.id}`]);
    expect(shown.content.items).toEqual([
      { no: 1, title: "Budget 2027", discussion: "Lång diskussion ${x}", decision: "Budgeten fastställs med ändring", due: "2027-01-31", actions: [] },
      { no: 2, title: "Övrigt", discussion: "Inget", actions: [] },
    ]);
    expect(str(shown)).not.toMatch(/19121212/);
    const requested = answerOf(await pressAs(edited, "Begär justering", SARA));
    expect(str(requested)).toMatch(/Justering begärd från 2 personer/);
  }, 120_000);

  it("minutes pasted in Teams come as HTML and are read; a draft may be loaded early, approval only after the meeting", async () => {
    const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";
    await cli(["roles", "set", BFM, "secretary", "aad-sec", "--name", SARA.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", BFM, "chair", "aad-chair", "--name", CARL.userName, "--tenant", "tenant-1"]);
    const upcoming = await cliJson(["meetings", "add", BFM, "--at", "2026-11-30T13:00"]);
    // As Teams sends a formatted, multi-line message: paragraphs, headings, a list, entities.
    const html =
      "<p>protokoll Samordningsråd bild- och funktionsmedicin</p><h1>Protokoll</h1>" +
      "<p>Närvarande: Carl&nbsp;Ordförande, Sara Sekreterare</p><p>&nbsp;</p>" +
      "<h2>1. Mötets öppnande</h2><div>Ordföranden öppnade mötet.</div>" +
      "<h2>2. Hjälpmedel</h2><p>Gruppen diskuterade förskrivningen.<br>Flera synpunkter kom fram.</p>" +
      "<p><strong>Beslut:</strong> Riktlinjen antas &amp; sprids.</p><p>Ansvarig: Carl Ordförande</p>" +
      "<ul><li>Åtgärd: Skicka riktlinjen; ansvarig: Sara Sekreterare; senast: 2026-12-10</li></ul>";
    const saved = messageOf(await say(ctx.bot, ctx.connector, { text: html, ...SARA, locale: "sv-SE" }));
    const draft = cardOf(saved);
    expect(str(draft)).toMatch(/Protokollet är sparat \(v1 · /);
    const shown = await cliJson(["minutes", "show", `minutes:${upcoming.id}`]);
    expect(shown.content).toEqual({
      attendees: ["Carl Ordförande", "Sara Sekreterare"],
      adjusters: [],
      items: [
        { no: 1, title: "Mötets öppnande", discussion: "Ordföranden öppnade mötet.", actions: [] },
        {
          no: 2,
          title: "Hjälpmedel",
          discussion: "Gruppen diskuterade förskrivningen.\nFlera synpunkter kom fram.",
          decision: "Riktlinjen antas & sprids.",
          responsible: "Carl Ordförande",
          actions: [{ text: "Skicka riktlinjen", responsible: "Sara Sekreterare", due: "2026-12-10" }],
        },
      ],
    });
    // The meeting is a week ahead: the draft is kept, approval is refused with the reason.
    const early = answerOf(await pressAs(draft, "Begär justering", SARA));
    expect(str(early)).toMatch(/Mötet har inte hållits än \(det börjar 30 november 2026 kl\. 13:00\)/);
    expect(str(early)).toMatch(/"color":"Attention"/);
    expect((await cliJson(["minutes", "show", `minutes:${upcoming.id}`])).status).toBe("draft");

    // What could not be read is named briefly, never the whole text back.
    const garbled = Array.from({ length: 12 }, (_, i) => `<p>Beslut ${i}: rad ${i} ${"lång text ".repeat(20)}</p>`).join("");
    const problems = messageOf(await say(ctx.bot, ctx.connector, { text: `<p>protokoll Samordningsråd bild- och funktionsmedicin</p>${garbled}`, ...SARA, locale: "sv-SE" }));
    expect(problems.text).toMatch(/^Protokollet kunde inte läsas:/);
    expect(problems.text).toMatch(/… och \d+ fel till\./);
    expect(problems.text.length).toBeLessThan(700);
    // A paste on one line (no line breaks at all) is not taken for a group name in full.
    const oneLine = messageOf(await say(ctx.bot, ctx.connector, { text: `protokoll ${"Närvarande: Carl Ordförande ## 1. Mötets öppnande Beslut: Noterat ".repeat(10)}`, ...SARA, locale: "sv-SE" }));
    expect(oneLine.text.length).toBeLessThan(300);
  }, 120_000);
});

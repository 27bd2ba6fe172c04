import { cliAgainst } from "../support/cli";
import { activity, post } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const VGR_BILD = "vgr:samordningsrad-bild-och-funktionsmedicin";
const NOW = "2026-11-23T12:00:00Z";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW, MAX_TEXT_LENGTH: "1000" });

const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));

const anna = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna" };
const bo = { userId: "29:bo", aadObjectId: "aad-bo", userName: "Bo" };
const sara = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara" };
const invoke = (verb: string, data: Record<string, unknown>, who = anna) =>
  post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale: "en-US", value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));
const items = async () => JSON.parse(await cli(["items", "list", GROUP, "--json"])) as { id: string; title: string; description: string; kind: string; revision: number; status: string }[];
const input = (card: { body: { id?: string; value?: string }[] }, id: string) => card.body.find((b) => b.id === id)?.value;

describe("submitting: the router's suggestion and text limits", () => {
  it("suggests a group whose mandate clearly fits better; the submitter may send anyway or go there", async () => {
    const typed = { groupId: GROUP, title: "Bilddiagnostik och röntgen", description: "Samordning av bilddiagnostik och röntgen i VGR", kind: "diskussion", links: "", raiseAtMeeting: "false" };
    const res = await invoke("agenda.submit", typed);
    expect(res.status).toBe(200);
    const card = res.body.value;
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    expect(s).toMatch(/seems to belong to \*\*Samordningsråd[^*]*bild/i);
    expect(s).toMatch(/"title":"Send anyway","verb":"agenda.submit","data":\{"groupId":"vastmanland:[^"]+","force":"true","formId":"[0-9a-f-]{36}","lang":"en"\}/);
    expect(s).toMatch(new RegExp(`"verb":"agenda.form","data":\\{"groupId":"${VGR_BILD}","carry":"true","lang":"en"\\}`));
    expect(input(card, "title")).toBe("Bilddiagnostik och röntgen");
    expect(input(card, "kind")).toBe("diskussion");
    expect((await items()).some((i) => i.title === typed.title)).toBe(false);

    // "Send to the suggested group": that group's form, with what was typed.
    const there = await invoke("agenda.form", { ...typed, groupId: VGR_BILD, carry: "true" });
    expect(JSON.stringify(there.body.value)).toMatch(/Submit an item to Samordningsråd/i);
    expect(input(there.body.value, "title")).toBe("Bilddiagnostik och röntgen");
    expect(input(there.body.value, "description")).toBe(typed.description);

    // "Send anyway": submitted to the chosen group.
    const sent = await invoke("agenda.submit", { ...typed, force: "true" });
    expect(JSON.stringify(sent.body)).toMatch(/Awaiting triage/);
    expect((await items()).filter((i) => i.title === typed.title)).toHaveLength(1);
  });

  it("does not suggest when the chosen group fits (or nothing clearly fits)", async () => {
    const res = await invoke("agenda.submit", { groupId: GROUP, title: "Utskrivningsklara patienter", description: "Rutiner för utskrivning från slutenvård i Västmanland", kind: "beslut" });
    expect(JSON.stringify(res.body)).toMatch(/Awaiting triage/);
  });

  it("keeps descriptions within MAX_TEXT_LENGTH as well as the item limits, and gives the form back with what was typed", async () => {
    const long = await invoke("agenda.submit", { groupId: GROUP, title: "Långt ärende", description: "x".repeat(1001), kind: "information" });
    const card = long.body.value;
    expect(JSON.stringify(card)).toMatch(/The description must not be empty or too long/);
    expect(input(card, "title")).toBe("Långt ärende");
    expect(input(card, "description")).toHaveLength(1000);
    const form = await invoke("agenda.form", { groupId: GROUP, question: "y".repeat(5000) });
    expect(input(form.body.value, "description")).toHaveLength(1000);
    const bad = await invoke("agenda.submit", { groupId: GROUP, title: "ok titel", description: "d", kind: "beslut", links: "https://e.se ftp://x.se" });
    expect(JSON.stringify(bad.body)).toMatch(/Links: at most 10, one web address/);
    expect(input(bad.body.value, "links")).toBe("https://e.se ftp://x.se");
    expect((await items()).some((i) => i.title === "Långt ärende" || i.title === "ok titel")).toBe(false);
    // A template expression typed into the form is stored as typed.
    await invoke("agenda.submit", { groupId: GROUP, title: "Pris ${1+1}", description: "Kostnad $\u200b{x}", kind: "information" });
    expect((await items()).find((i) => i.title === "Pris ${1+1}")?.description).toBe("Kostnad ${x}");
  });
});

describe("the submitter edits an untriaged item; defer and redirect with pickers", () => {
  const triage = (data: Record<string, unknown>) => invoke("agenda.triage", data, sara);
  let m1: string;
  let m2: string;
  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara"]);
    m1 = JSON.parse(await cli(["meetings", "add", GROUP, "--at", "2027-02-09T13:00", "--json"])).id;
    m2 = JSON.parse(await cli(["meetings", "add", GROUP, "--at", "2027-03-09T13:00", "--place", "Sala", "--json"])).id;
  });

  it("edits from the receipt while untriaged: only the submitter, at the revision seen; refused once triaged", async () => {
    const receipt = await invoke("agenda.submit", { groupId: GROUP, title: "Första lydelse", description: "Text", kind: "information", force: "true" });
    expect(JSON.stringify(receipt.body)).toMatch(/"title":"Edit","verb":"agenda.editForm","data":\{"groupId":"vastmanland:[^"]+","itemId":"item:[^"]+","revision":1,"lang":"en"\},"associatedInputs":"none"/);
    const item = (await items()).find((i) => i.title === "Första lydelse")!;
    const ref = { groupId: GROUP, itemId: item.id, revision: 1 };

    expect(JSON.stringify((await invoke("agenda.editForm", ref, bo)).body)).toMatch(/Only the person who submitted the item can edit it/);
    const form = await invoke("agenda.editForm", ref);
    expect(validateCard(form.body.value)).toEqual([]);
    expect(input(form.body.value, "title")).toBe("Första lydelse");
    expect(JSON.stringify(form.body.value)).toMatch(/"verb":"agenda.edit","data":\{"groupId":"vastmanland:[^"]+","itemId":"item:[^"]+","revision":1,"lang":"en"\}/);
    expect(JSON.stringify((await invoke("agenda.editForm", { ...ref, revision: 4 })).body)).toMatch(/changed since this card was shown/);

    const edit = { ...ref, title: "Andra lydelse", description: "Ny text", kind: "beslut", links: "https://e.se/x" };
    expect(JSON.stringify((await invoke("agenda.edit", edit, bo)).body)).toMatch(/Only the person who submitted the item can edit it/);
    expect(JSON.stringify((await invoke("agenda.edit", { ...edit, revision: 3 })).body)).toMatch(/changed since this card was shown/);
    expect(JSON.stringify((await invoke("agenda.edit", { ...edit, title: "x" })).body)).toMatch(/The title must be 3–200 characters/);
    const saved = await invoke("agenda.edit", edit);
    expect(JSON.stringify(saved.body)).toMatch(/Andra lydelse/);
    expect(JSON.stringify(saved.body)).toMatch(/"revision":2/);
    expect((await items()).find((i) => i.id === item.id)).toMatchObject({ title: "Andra lydelse", description: "Ny text", kind: "beslut", revision: 2 });
    // The old receipt (revision 1) is stale now.
    expect(JSON.stringify((await invoke("agenda.edit", edit)).body)).toMatch(/changed since this card was shown/);

    expect(JSON.stringify((await triage({ groupId: GROUP, itemId: item.id, revision: 2, action: "accept" })).body)).toMatch(/Accepted by Sara/);
    expect(JSON.stringify((await invoke("agenda.editForm", { ...ref, revision: 3 })).body)).toMatch(/already handled by Sara \(accepted\)/);
    expect(JSON.stringify((await invoke("agenda.edit", { ...edit, revision: 3 })).body)).toMatch(/already handled by Sara \(accepted\)/);
    const audit = JSON.parse(await cli(["audit", GROUP, "--json"])) as { action: string; subject: { id: string } }[];
    expect(audit.filter((e) => e.subject.id === item.id).map((e) => e.action)).toEqual(["item.submit", "item.edit", "item.accept"]);
  });

  it("accepts onto the meeting picked on the card (its own input id), in order", async () => {
    await invoke("agenda.submit", { groupId: GROUP, title: "Till mars", description: "Text", kind: "beslut", force: "true" });
    const item = (await items()).find((i) => i.title === "Till mars")!;
    const res = await triage({ groupId: GROUP, itemId: item.id, revision: 1, action: "accept", acceptMeetingId: m2, meetingId: m1 });
    expect(JSON.stringify(res.body)).toMatch(/Accepted by Sara/);
    expect(JSON.stringify(res.body)).toMatch(/"title":"Meeting","value":"9 March 2027 at 13:00"/);
    const agenda = JSON.parse(await cli(["agenda", GROUP, "--meeting", m2, "--json"]));
    expect(JSON.stringify(agenda)).toContain(item.id);
  });

  it("defers to a chosen later meeting (picker on the card) and redirects to a chosen group (a linked item there)", async () => {
    await invoke("agenda.submit", { groupId: GROUP, title: "Skjuts upp", description: "Text", kind: "diskussion", force: "true" });
    const item = (await items()).find((i) => i.title === "Skjuts upp")!;
    // The triage card as the secretary sees it (the answer to a reopen shows the same pickers).
    const tampered = await triage({ groupId: GROUP, itemId: item.id, revision: 1, action: "defer", meetingId: "meeting:of-another-group" });
    expect(JSON.stringify(tampered.body)).toMatch(/no planned meeting/);
    const deferred = await triage({ groupId: GROUP, itemId: item.id, revision: 1, action: "defer", meetingId: m2 });
    expect(JSON.stringify(deferred.body)).toMatch(/Deferred by Sara/);
    expect((await items()).find((i) => i.id === item.id)).toMatchObject({ status: "deferred" });
    expect((JSON.parse(await cli(["items", "list", GROUP, "--json"])) as { id: string; meetingId: string }[]).find((i) => i.id === item.id)!.meetingId).toBe(m2);
    const card = deferred.body.value;
    expect(validateCard(card)).toEqual([]);
    const s = JSON.stringify(card);
    // Deferred items can still be triaged: the pickers list meetings after its meeting and the other groups.
    expect(s).toMatch(/"id":"meetingId"/);
    expect(s).toMatch(/"id":"toGroupId","label":"To group","style":"filtered"/);
    expect(s).toContain(VGR_BILD);
    expect(s).not.toContain(`"value":"${GROUP}"`);
    // The defer picker lists only meetings after the item's (m2): not the earlier m1.
    const deferCard = JSON.stringify(card.actions.find((a: { title: string }) => a.title === "Defer"));
    expect(deferCard).toMatch(/"id":"meetingId"/);
    expect(deferCard).not.toContain(`"value":"${m1}"`);
    // Accept has a meeting picker too: the item's meeting first.
    expect(s).toMatch(new RegExp(`"id":"acceptMeetingId","label":"Onto the meeting","value":"${m2}"`));

    expect(JSON.stringify((await triage({ groupId: GROUP, itemId: item.id, revision: 2, action: "redirect", toGroupId: "no-such-group" })).body)).toMatch(/That group does not exist/);
    const redirected = await triage({ groupId: GROUP, itemId: item.id, revision: 2, action: "redirect", toGroupId: VGR_BILD });
    expect(JSON.stringify(redirected.body)).toMatch(/Redirected by Sara/);
    const there = JSON.parse(await cli(["items", "list", VGR_BILD, "--json"])) as { title: string; redirectedFrom?: { itemId: string } }[];
    expect(there.find((i) => i.title === "Skjuts upp")?.redirectedFrom?.itemId).toBe(item.id);
  });
});

describe("tampered card data: ids of another group's item or meeting", () => {
  const OTHER = "sjukvardsregion-mellansverige:ledningsgrupp";
  it("refuses another group's item id and meeting id under this group with a clear message", async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara"]);
    const other = JSON.parse(await cli(["items", "submit", OTHER, "--title", "Annan grupps ärende", "--description", "d", "--as", "aad-bo", "--name", "Bo", "--json"]));
    const otherMeeting = JSON.parse(await cli(["meetings", "add", OTHER, "--at", "2027-04-06T10:00", "--json"]));
    // The secretary of GROUP, with an item id of OTHER under GROUP: not found in that group (partitioned by group).
    const tr = await invoke("agenda.triage", { groupId: GROUP, itemId: other.id, revision: 1, action: "accept" }, sara);
    expect(JSON.stringify(tr.body)).toMatch(/That item does not exist in that group/);
    // … and under its own group: no role there.
    expect(JSON.stringify((await invoke("agenda.triage", { groupId: OTHER, itemId: other.id, revision: 1, action: "accept" }, sara)).body)).toMatch(/Only the group's chair, vice chair or secretary/);
    // Its submitter's receipt data altered to another group: not found.
    expect(JSON.stringify((await invoke("agenda.editForm", { groupId: GROUP, itemId: other.id, revision: 1 }, bo)).body)).toMatch(/That item does not exist in that group/);
    // Accepting onto another group's meeting, or rescheduling it under this group.
    const mine = await invoke("agenda.submit", { groupId: GROUP, title: "Eget ärende", description: "d", kind: "information", force: "true" });
    expect(mine.status).toBe(200);
    const item = (await items()).find((i) => i.title === "Eget ärende")!;
    expect(JSON.stringify((await invoke("agenda.triage", { groupId: GROUP, itemId: item.id, revision: 1, action: "accept", meetingId: otherMeeting.id }, sara)).body)).toMatch(/no planned meeting/);
    expect(JSON.stringify((await invoke("agenda.meeting", { groupId: GROUP, action: "cancel", meetingId: otherMeeting.id, revision: 1, n: 1 }, sara)).body)).toMatch(/That meeting does not exist for that group/);
    expect((JSON.parse(await cli(["items", "list", OTHER, "--json"])) as { id: string; status: string }[]).find((i) => i.id === other.id)?.status).toBe("submitted");
  });
});

describe("the receipt shows the live status (Universal Actions refresh)", () => {
  it("refreshes for the submitter and the triage roles only", async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", "Sara"]);
    const receipt = await invoke("agenda.submit", { groupId: GROUP, title: "Levande kvitto", description: "d", kind: "information", force: "true" });
    const card = receipt.body.value;
    expect(validateCard(card)).toEqual([]);
    const item = (await items()).find((i) => i.title === "Levande kvitto")!;
    expect(card.refresh).toEqual({ action: { type: "Action.Execute", verb: "agenda.refresh", data: { groupId: GROUP, itemId: item.id, lang: "en" } }, userIds: ["29:anna"] });
    expect(JSON.stringify((await invoke("agenda.triage", { groupId: GROUP, itemId: item.id, revision: 1, action: "accept" }, sara)).body)).toMatch(/Accepted by Sara/);

    const refresh = (who: typeof anna) =>
      post(ctx.bot, activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale: "en-US", value: { action: { type: "Action.Execute", verb: "agenda.refresh", data: { groupId: GROUP, itemId: item.id } }, trigger: "automatic" } }));
    const mine = await refresh(anna);
    expect(mine.status).toBe(200);
    const s = JSON.stringify(mine.body.value);
    expect(s).toMatch(/Accepted by Sara/);
    expect(s).not.toMatch(/agenda\.withdraw|agenda\.editForm/);
    expect(mine.body.value.refresh.userIds).toEqual(["29:anna"]);
    expect(JSON.stringify((await refresh(sara)).body.value)).toMatch(/"action":"reopen"/);
    expect(JSON.stringify((await refresh(bo)).body)).toMatch(/Only the group's chair, vice chair or secretary/);
    expect(JSON.stringify((await refresh(bo)).body)).not.toMatch(/Levande kvitto/);
  });
});

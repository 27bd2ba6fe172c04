import { activity, post } from "../support/harness";
import { useBot } from "../support/use-bot";
import { validateCard } from "../support/cards";
import { runCli } from "../../bot/cli/main";

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const VGR_BILD = "vgr:samordningsrad-bild-och-funktionsmedicin";
const NOW = "2026-11-23T12:00:00Z";
const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW, MAX_TEXT_LENGTH: "1000" });

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, { DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW });
  if (code !== 0) throw new Error(`${args.join(" ")}: ${err.join("\n")}`);
  return out.join("\n");
}

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
    expect(s).toMatch(/"title":"Send anyway","verb":"agenda.submit","data":\{"groupId":"vastmanland:[^"]+","force":"true"\}/);
    expect(s).toMatch(new RegExp(`"verb":"agenda.form","data":\\{"groupId":"${VGR_BILD}","carry":"true"\\}`));
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
    expect(JSON.stringify(card)).toMatch(/Please check: description/);
    expect(input(card, "title")).toBe("Långt ärende");
    expect(input(card, "description")).toHaveLength(1000);
    const form = await invoke("agenda.form", { groupId: GROUP, question: "y".repeat(5000) });
    expect(input(form.body.value, "description")).toHaveLength(1000);
    const bad = await invoke("agenda.submit", { groupId: GROUP, title: "ok titel", description: "d", kind: "beslut", links: "https://e.se ftp://x.se" });
    expect(JSON.stringify(bad.body)).toMatch(/Please check: links.1/);
    expect(input(bad.body.value, "links")).toBe("https://e.se ftp://x.se");
    expect((await items()).some((i) => i.title === "Långt ärende" || i.title === "ok titel")).toBe(false);
    // A template expression typed into the form is stored as typed.
    await invoke("agenda.submit", { groupId: GROUP, title: "Pris ${1+1}", description: "Kostnad $\u200b{x}", kind: "information" });
    expect((await items()).find((i) => i.title === "Pris ${1+1}")?.description).toBe("Kostnad ${x}");
  });
});

import * as fs from "node:fs";
import * as path from "node:path";
import { cliAgainst } from "../support/cli";
import { cardOf, say, tempDir } from "../support/harness";
import { useBot } from "../support/use-bot";
import { press, invokeCard } from "../support/press";

/**
 * An adjuster who asks "protokoll <grupp>" (the 1:1 approval card lost, or never reached) gets the minutes
 * awaiting their approval with "Godkänn", not a later draft that only says that approvers can approve; a
 * member who is no adjuster sees the status and is refused politely when pressing "Godkänn". Every button
 * pressed as the client does, over real HTTP.
 */

const NOW = "2026-11-23T12:00:00Z";
const BEFORE = "2026-11-10T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare", locale: "sv-SE" };
const BERTIL = { userId: "29:adj", aadObjectId: "aad-adj", userName: "Bertil Justerare", locale: "sv-SE" };
const DAVID = { userId: "29:mem", aadObjectId: "aad-mem", userName: "David Ledamot", locale: "sv-SE" };

describe("'protokoll <grupp>' for an adjuster shows the minutes awaiting their approval", () => {
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const dir = tempDir("samverkan-minutes-approver-");
  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  const cliBefore = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: BEFORE }));
  const cliJson = async (args: string[]) => JSON.parse(await cli([...args, "--json"]));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  const card = async (who: typeof SARA) => cardOf((await say(ctx.bot, ctx.connector, { text: `protokoll ${GROUP_NAME}`, ...who })).find((r) => r.type === "message"));
  const titles = (c: any): string[] => JSON.stringify(c).match(/"title":"[^"]*"/g) ?? [];

  beforeAll(async () => {
    await cli(["roles", "set", GROUP, "secretary", "aad-sec", "--name", SARA.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "adjuster", "aad-adj", "--name", BERTIL.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "member", "aad-mem", "--name", DAVID.userName, "--tenant", "tenant-1"]);
  }, 120_000);

  it("the adjuster gets the requested minutes and approves them; then the latest again; a member is refused", async () => {
    const first = JSON.parse(await cliBefore(["meetings", "add", GROUP, "--at", "2026-11-12T13:00", "--json"]));
    const second = JSON.parse(await cliBefore(["meetings", "add", GROUP, "--at", "2026-11-20T13:00", "--json"]));
    const m1 = await cliJson(["minutes", "load", first.id, file("m1.md", "Justerare: Bertil Justerare\n## 1. Budget\nBeslut: Budgeten antas."), "--as", "aad-sec"]);
    await cli(["minutes", "request", m1.id, "--as", "aad-sec"]);
    // A later meeting's draft is the group's latest minutes.
    await cliJson(["minutes", "load", second.id, file("m2.md", "Justerare: Bertil Justerare\n## 1. Övrigt\nInget."), "--as", "aad-sec"]);

    const forBertil = await card(BERTIL);
    expect(JSON.stringify(forBertil)).toMatch(/möte 12 november 2026/);
    expect(titles(forBertil)).toContain('"title":"Godkänn"');
    const approved = invokeCard(await press(ctx.bot, ctx.connector, forBertil, "Godkänn", { as: BERTIL }));
    expect(JSON.stringify(approved)).toMatch(/Tack! Alla har godkänt/);

    // Nothing awaits him now: the latest minutes (the draft), with no approve button.
    const after = await card(BERTIL);
    expect(JSON.stringify(after)).toMatch(/möte 20 november 2026/);
    expect(titles(after)).not.toContain('"title":"Godkänn"');

    // A member who is no adjuster: the latest minutes' status; pressing Godkänn on the adjuster's card is refused.
    const forDavid = await card(DAVID);
    expect(JSON.stringify(forDavid)).toMatch(/möte 20 november 2026/);
    const m3 = await cliJson(["minutes", "load", second.id, file("m2b.md", "Justerare: Bertil Justerare\n## 1. Övrigt\nInget nytt."), "--as", "aad-sec"]);
    await cli(["minutes", "request", m3.id, "--as", "aad-sec"]);
    const bertils = await card(BERTIL);
    const refused = invokeCard(await press(ctx.bot, ctx.connector, bertils, "Godkänn", { as: DAVID }));
    expect(JSON.stringify(refused)).toMatch(/Du är inte justerare av det här protokollet/);
  }, 120_000);
});

import { cliAgainst } from "../support/cli";
import * as fs from "node:fs";
import * as path from "node:path";
import { cardOf, say, tempDir } from "../support/harness";
import { useBot } from "../support/use-bot";
import { press } from "../support/press";

/**
 * 20 approvers click "Approve" at the same moment, over HTTP against the embedded store: 20 approvals
 * recorded, exactly one transition to approved, one final post.
 */
const NOW = "2026-11-23T12:00:00Z";
const GROUP = "vgr:samordningsrad-bild-och-funktionsmedicin";
const CHANNEL = "19:bfm@thread.tacv2";
const N = 20;
const people = Array.from({ length: N }, (_, i) => ({ userId: `29:adj-${i}`, aadObjectId: `aad-adj-${i}`, userName: `Justerare ${String(i).padStart(2, "0")}` }));

describe("20 approvers approving at once", () => {
  const ctx = useBot({ ADMIN_IDS: "aad-admin", SAMVERKAN_NOW: NOW });
  const cli = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: NOW }));
  // The meeting was planned before it took place; approval is asked for after it.
  const cliBefore = cliAgainst(() => ({ DATA_DIR: ctx.bot.dataDir, SAMVERKAN_NOW: "2026-11-19T12:00:00Z" }));

  it("records 20 approvals, makes one transition and one final post", async () => {
    for (const p of people) await cli(["roles", "set", GROUP, "adjuster", p.aadObjectId, "--name", p.userName, "--tenant", "tenant-1"]);
    await cli(["minutes", "settings", GROUP, "--approvers", "adjuster"]);
    // Everyone has talked to the bot 1:1 (their Teams ids go into the card's refresh.userIds).
    await Promise.all(people.map((p) => say(ctx.bot, ctx.connector, { text: "hjälp", ...p })));
    await say(ctx.bot, ctx.connector, {
      text: "koppla kanalen till Samordningsråd bild- och funktionsmedicin",
      conversationType: "channel",
      conversationId: CHANNEL,
      channelData: { channel: { id: CHANNEL } },
      userId: "29:admin",
      aadObjectId: "aad-admin",
      locale: "sv-SE",
    });
    const meeting = JSON.parse(await cliBefore(["meetings", "add", GROUP, "--at", "2026-11-20T13:00", "--json"]));
    const file = path.join(tempDir("samverkan-minutes-20-"), "m.md");
    fs.writeFileSync(file, "## 1. Budget 2027\nBeslut: Budgeten fastställs.\n## 2. Remiss\nBeslut: Remissen besvaras enligt förslag.");
    const m = JSON.parse(await cli(["minutes", "load", meeting.id, file, "--json"]));
    const requested = JSON.parse(await cli(["minutes", "request", m.id, "--json"]));
    expect(requested.approvers).toHaveLength(N);
    expect(requested.approvers.filter((a: { teamsId?: string }) => a.teamsId?.startsWith("29:adj-"))).toHaveLength(N);

    // Each approver's own 1:1 card, pressed by all twenty at the same moment.
    const cards = await Promise.all(
      people.map(async (p) => cardOf((await ctx.connector.waitFor((c) => c.conversationId === `a:personal-${p.userId}` && /minutes.approve/.test(JSON.stringify(c.body)), 30_000)).body)),
    );
    const results = await Promise.all(people.map((p, i) => press(ctx.bot, ctx.connector, cards[i], "Godkänn", { as: p })));
    expect(results.map((r) => r.status)).toEqual(people.map(() => 200));
    const bodies = results.map((r) => JSON.stringify(r.body));
    expect(bodies.filter((b) => /Alla har godkänt/.test(b))).toHaveLength(1);
    expect(bodies.filter((b) => /ditt godkännande är registrerat/.test(b))).toHaveLength(N - 1);

    const shown = JSON.parse(await cli(["minutes", "show", m.id, "--json"]));
    expect(shown.status).toBe("approved");
    expect(new Set(shown.approvals.map((a: { key: string }) => a.key)).size).toBe(N);
    const audit = JSON.parse(await cli(["minutes", "audit", m.id, "--json"]));
    const actions = audit.entries.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === "approve")).toHaveLength(N);
    expect(actions.filter((a: string) => a === "approved")).toHaveLength(1);

    // One final post in the channel, whatever the worker does afterwards.
    const finals = () => ctx.connector.calls.filter((c) => c.method === "POST" && c.conversationId === CHANNEL && /Justerat protokoll/.test(JSON.stringify(c.body ?? "")));
    for (let i = 0; i < 150 && finals().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(finals()).toHaveLength(1);
    const outbox = JSON.parse(await cli(["scheduler", "outbox", "--json"])) as { id: string }[];
    expect(outbox.filter((o) => o.id.includes(m.version) && o.id.endsWith(":final"))).toHaveLength(1);
    // The channel card ends in the final state (coalesced updates).
    const puts = ctx.connector.calls.filter((c) => c.method === "PUT" && c.conversationId === CHANNEL);
    for (let i = 0; i < 100 && !/Protokollet är låst/.test(JSON.stringify(ctx.connector.calls.filter((c) => c.method === "PUT" && c.conversationId === CHANNEL).at(-1)?.body ?? "")); i++) await new Promise((r) => setTimeout(r, 100));
    expect(JSON.stringify(ctx.connector.calls.filter((c) => c.method === "PUT" && c.conversationId === CHANNEL).at(-1)?.body)).toMatch(/Protokollet är låst/);
    expect(puts.length).toBeLessThan(N);
  }, 120_000);
});

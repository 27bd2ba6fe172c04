/*
 * A scripted session with the real bot (in process, embedded store, fake Bot Connector) that makes it
 * render every kind of card a user meets, `rounds` times: help, group list and profile, a routing answer,
 * the agenda form, receipt, triage and meetings, the kallelse, the minutes' approval card, its channel post
 * and update after a click, and the digest. Used by bench:card-render to count template parses.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { startServer } from "../bot/server";
import { runCli } from "../bot/cli/main";
import { startFakeConnector } from "../tests/support/fake-connector";
import { activity, post, say } from "../tests/support/harness";

const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const CHANNEL = "19:cards@thread.tacv2";
const NOW = "2026-11-23T12:00:00Z";
const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare", locale: "sv-SE" };
const CARL = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl Ordförande", locale: "sv-SE" };
const BERTIL = { userId: "29:adj", aadObjectId: "aad-adj", userName: "Bertil Justerare", locale: "sv-SE" };
const MINUTES = `# Protokoll
Närvarande: Carl Ordförande, Bertil Justerare, Sara Sekreterare
Justerare: Bertil Justerare

## 1. Mötets öppnande
Ordföranden öppnade mötet.
`;

export async function driveTheBot(rounds: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-bench-cards-"));
  const connector = await startFakeConnector();
  const env = { PORT: "0", DATA_DIR: dataDir, SAMVERKAN_NOW: NOW, LOG_LEVEL: "silent", TIME_ZONE: "Europe/Stockholm" };
  const bot = await startServer(loadConfig(env), { logger: pino({ level: "silent" }), drainMs: 100 });
  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    if ((await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, { DATA_DIR: dataDir, SAMVERKAN_NOW: NOW })) !== 0) throw new Error(`${args.join(" ")}: ${err.join("\n")}`);
    return out.join("\n");
  };
  const invoke = (verb: string, data: Record<string, unknown>, who: typeof SARA) =>
    post(bot, activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));
  const inChannel = (text: string, who = CARL) =>
    say(bot, connector, { text, conversationType: "channel", conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:cards-team@thread.tacv2" } }, ...who });
  try {
    for (const [role, who] of [["secretary", SARA], ["chair", CARL], ["adjuster", BERTIL]] as const) {
      await cli(["roles", "set", GROUP, role, who.aadObjectId, "--name", who.userName, "--tenant", "tenant-1"]);
    }
    for (const who of [SARA, CARL, BERTIL]) await say(bot, connector, { text: "hjälp", ...who });
    await inChannel(`koppla kanalen till ${GROUP_NAME}`);
    await inChannel("veckobrev på måndag 08:00");
    for (let i = 0; i < rounds; i++) {
      await say(bot, connector, { text: "hjälp", ...CARL });
      await say(bot, connector, { text: "grupper", ...CARL });
      await say(bot, connector, { text: `visa ${GROUP_NAME}`, ...CARL });
      await say(bot, connector, { text: `Vilken grupp ansvarar för samordning av utskrivning från slutenvården i Västmanland? (${i})`, ...CARL });
      await say(bot, connector, { text: `anmäl ärende ${GROUP_NAME}`, ...CARL });
      const receipt = await invoke("agenda.submit", { groupId: GROUP, title: `Ärende ${i}`, description: "Text", kind: "information", force: "true" }, CARL);
      const itemId = /"itemId":"(item:[^"]+)"/.exec(JSON.stringify(receipt.body))?.[1];
      if (itemId) await invoke("agenda.triage", { groupId: GROUP, itemId, revision: 1, action: "accept" }, SARA);
      await say(bot, connector, { text: `möten ${GROUP_NAME}`, ...SARA });
      await say(bot, connector, { text: `dagordning ${GROUP_NAME}`, ...SARA });
      const meeting = JSON.parse(await cli(["meetings", "add", GROUP, "--at", `2026-11-${String(10 + i).padStart(2, "0")}T13:00`, "--json"]));
      const file = path.join(dataDir, `m${i}.md`);
      fs.writeFileSync(file, MINUTES);
      const minutes = JSON.parse(await cli(["minutes", "load", meeting.id, file, "--as", SARA.aadObjectId, "--json"]));
      await say(bot, connector, { text: `protokoll ${GROUP_NAME}`, ...SARA });
      await cli(["minutes", "request", minutes.id, "--as", SARA.aadObjectId]);
      await bot.services()!.delivery.outbox.openCount();
      await invoke("minutes.approve", { groupId: GROUP, minutesId: minutes.id, version: minutes.version }, CARL);
      await invoke("minutes.approve", { groupId: GROUP, minutesId: minutes.id, version: minutes.version }, BERTIL);
      await bot.services()!.delivery.scheduler.runDue(new Date(Date.UTC(2026, 11, 7 + 7 * i, 7, 5)), ["digest"]);
      await inChannel("veckobrev nu");
    }
    // Let the outbox render and send what the clicks queued.
    const deadline = Date.now() + 30_000;
    while ((await bot.services()!.delivery.outbox.openCount()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  } finally {
    await bot.stop();
    await connector.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

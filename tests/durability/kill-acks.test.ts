import { cliAgainst } from "../support/cli";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, post, say, tempDir } from "../support/harness";
import { killAndRestart, prepareChildBot, sleep, startChildBot, type ChildBot, type PreparedBot } from "./child";

/**
 * Nothing acknowledged is lost (issue #16): the bot runs as a child process on the embedded store; each
 * trial makes four acknowledged changes through the real commands and cards — an agenda item, the
 * triage of the previous trial's item, a minutes approval, a digest subscription — then kill -9 at a
 * random instant 0–250 ms after the last acknowledgement, a restart on the same DATA_DIR, and a count of
 * what is missing. Prints the figures; fails on any loss.
 */

// The next bot is prepared while the current one works (see child.ts): a restart costs opening DATA_DIR.
// The bound allows for a machine loaded far past its cores: 10 trials took 487 s at a load of ~8 on 2 cores
// (each trial is ~10 CLI calls and card invokes, and a restart); quiet, ~60 s.
jest.setTimeout(900_000);

const TRIALS = 10;
const NOW = "2026-11-23T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const GROUP_NAME = "samverkansgruppen i Västmanland";
const CHANNEL = "19:durable@thread.tacv2";
const ANNA = { userId: "29:anna", aadObjectId: "aad-anna", userName: "Anna" };
const SARA = { userId: "29:sec", aadObjectId: "aad-sec", userName: "Sara Sekreterare" };
const CARL = { userId: "29:chair", aadObjectId: "aad-chair", userName: "Carl Ordförande" };
const DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag"];
const MINUTES = `# Protokoll
Närvarande: Carl Ordförande, Sara Sekreterare

## 1. Mötets öppnande
Ordföranden öppnade mötet.
`;

type Who = typeof ANNA;
const str = (x: unknown) => JSON.stringify(x ?? "");

describe("kill -9 after acknowledgements, restart on the same DATA_DIR", () => {
  let connector: FakeConnector;
  let bot: ChildBot | undefined;
  let next: PreparedBot | undefined;
  const dataDir = tempDir("samverkan-kill-acks-");
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: NOW, ADMIN_IDS: "aad-admin", TIME_ZONE: "Europe/Stockholm" };
  const cli = cliAgainst(() => ({ DATA_DIR: dataDir, SAMVERKAN_NOW: NOW }));
  const cliJson = async (args: string[]) => JSON.parse(await cli([...args, "--json"]));
  // Approval is asked for once a meeting has been held: the trials' meetings were planned a month before.
  const cliBefore = cliAgainst(() => ({ DATA_DIR: dataDir, SAMVERKAN_NOW: "2026-10-01T12:00:00Z" }));

  beforeAll(async () => {
    connector = await startFakeConnector();
    bot = await startChildBot(env);
    next = prepareChildBot(env);
  });
  afterAll(async () => {
    next?.discard();
    await bot?.kill9();
    await connector?.close();
  });

  const invoke = (verb: string, data: Record<string, unknown>, who: Who, locale = "en-US") =>
    post(bot!, activity(connector, { type: "invoke", name: "adaptiveCard/action", ...who, locale, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } }));
  const inChannel = (text: string, who: Who) =>
    say(bot!, connector, { text, conversationType: "channel", conversationId: CHANNEL, channelData: { channel: { id: CHANNEL }, team: { id: "19:team-d@thread.tacv2" } }, ...who, locale: "sv-SE" });
  /** The local wall time (Europe/Stockholm) of an instant, HH:MM. */
  const localTime = (iso: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

  it(`loses nothing acknowledged in ${TRIALS} kill -9 trials (agenda item, triage, approval, subscription)`, async () => {
    await cli(["roles", "set", GROUP, "secretary", SARA.aadObjectId, "--name", SARA.userName, "--tenant", "tenant-1"]);
    await cli(["roles", "set", GROUP, "chair", CARL.aadObjectId, "--name", CARL.userName, "--tenant", "tenant-1"]);
    await cli(["meetings", "add", GROUP, "--at", "2027-02-09T13:00"]);
    await say(bot!, connector, { text: "hjälp", ...CARL });
    expect(str(await inChannel(`koppla kanalen till ${GROUP_NAME}`, SARA))).toMatch(/hemkanal/);

    const acked = { items: [] as string[], triaged: [] as string[], approvals: [] as string[], subscription: "" };
    const lost = { items: 0, triaged: 0, approvals: 0, subscription: 0 };
    let previousItem: string | undefined;
    const delays: number[] = [];
    const restarts: number[] = [];

    const t0 = Date.now();
    for (let trial = 0; trial < TRIALS; trial++) {
      // Minutes to approve in this trial (prepared through the CLI; not what is measured).
      if (process.env.DEBUG_KILL) process.stderr.write(`trial ${trial} starts at ${Date.now() - t0} ms\n`);
      const day = String(1 + trial).padStart(2, "0");
      const meeting = JSON.parse(await cliBefore(["meetings", "add", GROUP, "--at", `2026-11-${day}T13:00`, "--json"]));
      const minutes = await cliJson(["minutes", "load", meeting.id, await minutesFile(MINUTES), "--as", SARA.aadObjectId]);
      await cli(["minutes", "request", minutes.id, "--as", SARA.aadObjectId]);

      // 1. An agenda item, acknowledged by its receipt.
      const title = `Ärende ${trial}`;
      const receipt = await invoke("agenda.submit", { groupId: GROUP, title, description: "Text", kind: "information", force: "true" }, ANNA);
      expect(str(receipt.body)).toMatch(/Awaiting triage|Väntar på beredning/);
      acked.items.push(title);
      const itemId = /"itemId":"(item:[^"]+)"/.exec(str(receipt.body))?.[1];
      expect(itemId).toBeDefined();
      // 2. The triage of the previous trial's item.
      if (previousItem) {
        const triaged = await invoke("agenda.triage", { groupId: GROUP, itemId: previousItem, revision: 1, action: "accept" }, SARA);
        expect(str(triaged.body)).toMatch(/Accepted by Sara|Accepterat av Sara/);
        acked.triaged.push(previousItem);
      }
      previousItem = itemId;
      // 3. An approval.
      const approved = await invoke("minutes.approve", { groupId: GROUP, minutesId: minutes.id, version: minutes.version }, CARL);
      // Answered in the conversation's language (Carl wrote Swedish there).
      expect(str(approved.body)).toMatch(/your approval is recorded|Everyone approved: the minutes are approved|ditt godkännande är registrerat|Alla har godkänt/);
      acked.approvals.push(minutes.id);
      // 4. The digest subscription, changed every trial.
      const time = `07:${String(10 + trial).padStart(2, "0")}`;
      const [sub] = await inChannel(`veckobrev på ${DAYS[trial % 5]} ${time}`, CARL);
      expect(sub.text).toMatch(new RegExp(`kl\\. ${time}`));
      acked.subscription = time;

      if (process.env.DEBUG_KILL) process.stderr.write(`trial ${trial} acked at ${Date.now() - t0} ms\n`);
      const delay = Math.floor(Math.random() * 250);
      delays.push(delay);
      await sleep(delay);
      ({ bot, next } = await killAndRestart(bot!, next!, env));
      restarts.push(bot.startMs);
      if (process.env.DEBUG_KILL) process.stderr.write(`trial ${trial} restarted at ${Date.now() - t0} ms\n`);

      const items = (await cliJson(["items", "list", GROUP])) as { id: string; title: string; status: string }[];
      lost.items += acked.items.filter((t) => !items.some((i) => i.title === t)).length;
      lost.triaged += acked.triaged.filter((id) => items.find((i) => i.id === id)?.status !== "accepted").length;
      for (const id of acked.approvals.slice(-1)) {
        const shown = await cliJson(["minutes", "show", id]);
        if (!shown.approvals.some((a: { key: string }) => a.key === CARL.aadObjectId)) lost.approvals++;
      }
      const [entry] = (await cliJson(["digest", "--dry-run", "--channel", CHANNEL])) as { sendAt: string; subscribed: boolean }[];
      if (!entry?.subscribed || localTime(entry.sendAt) !== acked.subscription) lost.subscription++;
    }
    // Every approval of every trial, once more at the end.
    for (const id of acked.approvals) {
      const shown = await cliJson(["minutes", "show", id]);
      expect(shown.approvals.map((a: { key: string }) => a.key)).toContain(CARL.aadObjectId);
    }
    const acknowledged = acked.items.length + acked.triaged.length + acked.approvals.length + TRIALS;
    // eslint-disable-next-line no-console
    console.log(
      `kill -9 after acknowledgements: ${TRIALS} trials, ${acknowledged} acknowledged writes, lost: ` +
        `${lost.items} items, ${lost.triaged} triages, ${lost.approvals} approvals, ${lost.subscription} subscriptions; ` +
        `kill delays ${Math.min(...delays)}–${Math.max(...delays)} ms after the last acknowledgement; ` +
        `restart (open DATA_DIR, replay, listen) ${Math.min(...restarts)}–${Math.max(...restarts)} ms; ${((Date.now() - t0) / 1000).toFixed(0)} s in all`,
    );
    expect(lost).toEqual({ items: 0, triaged: 0, approvals: 0, subscription: 0 });
  });
});

let files = 0;
async function minutesFile(text: string): Promise<string> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const dir = tempDir("samverkan-kill-minutes-");
  const file = path.join(dir, `m${++files}.md`);
  fs.writeFileSync(file, text);
  return file;
}

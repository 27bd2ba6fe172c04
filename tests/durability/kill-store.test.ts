import * as fs from "node:fs";
import * as path from "node:path";
import { cliAgainst } from "../support/cli";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { say, tempDir } from "../support/harness";
import { prepareChildBot, sleep, startChildBot, type ChildBot, type PreparedBot } from "./child";

/**
 * `npm start` runs the embedded store in its own process (src/storage/store-process.ts). What either
 * process acknowledged survives kill -9 of either one: kill -9 of the store process ends the bot too (it
 * cannot serve without it; a supervisor restarts it), kill -9 of the bot ends the store process, and a
 * new start on the same DATA_DIR has everything acknowledged before.
 */

jest.setTimeout(420_000);

const NOW = "2026-11-23T12:00:00Z";
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const CHANNEL = "19:kill-store@thread.tacv2";
const ADMIN = { userId: "29:admin", aadObjectId: "aad-admin", userName: "Ada Admin" };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const lockOf = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, "store.lock"), "utf8")) as { pid: number; endpoint?: string };

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(20);
  }
}

describe("the store process and the bot: kill -9 of either", () => {
  let connector: FakeConnector;
  let bot: ChildBot | undefined;
  let next: PreparedBot | undefined;
  const dataDir = tempDir("samverkan-kill-store-");
  const env = { DATA_DIR: dataDir, SAMVERKAN_NOW: NOW, ADMIN_IDS: "aad-admin", TIME_ZONE: "Europe/Stockholm" };
  const cli = cliAgainst(() => ({ DATA_DIR: dataDir, SAMVERKAN_NOW: NOW }));
  const meetings = async () => (JSON.parse(await cli(["meetings", "list", GROUP, "--json"])) as { date: string }[]).map((m) => m.date).sort();

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

  it("runs the store in a second process that owns DATA_DIR", () => {
    const lock = lockOf(dataDir);
    expect(lock.pid).not.toBe(bot!.process.pid);
    expect(alive(lock.pid)).toBe(true);
    expect(lock.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("keeps what was acknowledged when the store process is killed (-9), and the bot stops with it", async () => {
    // A chat turn through the bot works on the store process.
    const reply = await say(bot!, connector, { text: "koppla kanalen till samverkansgruppen i Västmanland", conversationType: "channel", conversationId: CHANNEL, channelData: { channel: { id: CHANNEL } }, ...ADMIN, locale: "sv-SE" });
    expect(JSON.stringify(reply)).toMatch(/hemkanal/);
    const acked: string[] = [];
    for (let d = 1; d <= 5; d++) {
      await cli(["meetings", "add", GROUP, "--at", `2027-03-0${d}T13:00`]);
      acked.push(`2027-03-0${d}`);
    }
    const storePid = lockOf(dataDir).pid;
    const botExited = new Promise<number | null>((r) => bot!.process.once("exit", (code) => r(code)));
    await sleep(Math.floor(Math.random() * 100));
    process.kill(storePid, "SIGKILL");
    expect(await botExited).toBe(1);
    expect(bot!.stderr()).toMatch(/the store process exited/);

    bot = await next!.start();
    next = prepareChildBot(env);
    expect(await meetings()).toEqual(acked);
  });

  it("ends the store process when the bot is killed (-9), and a new start keeps what was acknowledged", async () => {
    await cli(["meetings", "add", GROUP, "--at", "2027-04-01T13:00"]);
    const storePid = lockOf(dataDir).pid;
    await bot!.kill9();
    await until("the store process ends after the bot", () => !alive(storePid));
    bot = await next!.start();
    next = prepareChildBot(env);
    expect(await meetings()).toContain("2027-04-01");
    expect(await meetings()).toHaveLength(6);
  });
});

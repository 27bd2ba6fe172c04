import { runCli } from "../../bot/cli/main";
import { loadConfig } from "../../src/config/config";
import { startServer } from "../../bot/server";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, post, say, startBot, tempDir } from "../support/harness";

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

describe("data across restarts and between bot and CLI", () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(() => connector.close());

  it("keeps what was written across a graceful stop and a new start", async () => {
    const dataDir = tempDir();
    const first = await startBot({ DATA_DIR: dataDir });
    await say(first, connector, { text: "språk engelska", userId: "29:persist", aadObjectId: "aad-persist" });
    await first.stop();

    const second = await startBot({ DATA_DIR: dataDir });
    const replies = await say(second, connector, { text: "hjälp", userId: "29:persist", aadObjectId: "aad-persist", locale: "sv-SE" });
    expect(replies[0].attachments[0].content.body[0].text).toBe("What I can do");
    await second.stop();
  });

  it("lets the CLI read what the running bot wrote, and the snapshot when it is stopped", async () => {
    const dataDir = tempDir();
    const bot = await startBot({ DATA_DIR: dataDir });
    await say(bot, connector, { text: "help", userId: "29:cli", aadObjectId: "aad-cli" });
    const running = capture();
    expect(await runCli(["conversations", "--json"], running.io, { DATA_DIR: dataDir })).toBe(0);
    const rows = JSON.parse(running.out.join("\n"));
    expect(rows.map((r: { conversationId: string }) => r.conversationId)).toContain("a:personal-29:cli");

    await bot.stop();
    const stopped = capture();
    expect(await runCli(["status", "--json"], stopped.io, { DATA_DIR: dataDir })).toBe(0);
    expect(JSON.parse(stopped.out.join("\n")).containers.conversations).toBeGreaterThan(0);
    expect(JSON.parse(stopped.out.join("\n")).store).toBe("embedded");
  });

  it("refuses a second bot on the same data directory", async () => {
    const dataDir = tempDir();
    const bot = await startBot({ DATA_DIR: dataDir });
    await expect(startBot({ DATA_DIR: dataDir })).rejects.toThrow(/in use/);
    await bot.stop();
  });

  it("answers 503 on /healthz after stopping begins and 401 to unsigned requests when a bot id is set", async () => {
    const server = await startServer(
      loadConfig({ PORT: "0", DATA_DIR: tempDir(), BOT_ID: "00000000-0000-0000-0000-000000000001", BOT_PASSWORD: "secret", HOST: "127.0.0.1", LOG_LEVEL: "silent" }),
    );
    try {
      const res = await post(server, activity(connector, { text: "help" }));
      expect(res.status).toBe(401);
      const bad = await post(server, activity(connector, { text: "help" }), { authorization: "Bearer not-a-token" });
      expect(bad.status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it("refuses activities from tenants that are not allowed", async () => {
    const bot = await startBot({ ALLOWED_TENANTS: "tenant-ok" });
    const replies = await say(bot, connector, { text: "help", tenantId: "tenant-other" });
    expect(replies[0].text).toMatch(/does not have access|inte tillgång/);
    const ok = await say(bot, connector, { text: "help", tenantId: "tenant-ok" });
    expect(ok[0].attachments).toBeDefined();
    await bot.stop();
  });
});

describe("the CLI", () => {
  it("prints help and exits 0, and rejects unknown commands with a non-zero code", async () => {
    const c = capture();
    expect(await runCli(["--help"], c.io, {})).toBe(0);
    expect(c.out.join("\n")).toMatch(/status/);
    const bad = capture();
    expect(await runCli(["no-such-command"], bad.io, {})).not.toBe(0);
  });

  it("stops on a bad configuration with one message listing every problem", async () => {
    const c = capture();
    const code = await runCli(["status"], c.io, { PORT: "abc", TIME_ZONE: "Mars/Base", LOG_LEVEL: "loud" });
    expect(code).toBe(2);
    const msg = c.err.join("\n");
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/TIME_ZONE/);
    expect(msg).toMatch(/LOG_LEVEL/);
  });
});

describe("whoami", () => {
  it("lists the caller's roles per group", async () => {
    const connector = await startFakeConnector();
    const bot = await startBot();
    try {
      const services = bot.services()!;
      const admin = { userId: "aad-admin", tenantId: "tenant-1", name: "Admin", isAdmin: true };
      const r = await services.agenda.assignRole(admin as never, "sjukvardsregion-mellansverige:ledningsgrupp", "chair", {
        aadObjectId: "aad-chair",
        teamsId: "29:chair",
        name: "Cecilia",
        tenantId: "tenant-1",
      } as never);
      expect(r.ok).toBe(true);
      const [reply] = await say(bot, connector, { text: "whoami", userId: "29:chair", aadObjectId: "aad-chair" });
      expect(reply.text).toMatch(/chair \(Samverkansnämndens ledningsgrupp\)/);
    } finally {
      await bot.stop();
      await connector.close();
    }
  });
});

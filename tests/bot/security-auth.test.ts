import { Writable } from "node:stream";
import pino from "pino";
import { loadConfig } from "../../src/config/config";
import { startServer, type RunningServer } from "../../bot/server";
import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, post, tempDir } from "../support/harness";
import { hmac, rsa, startLocalOpenId, type LocalOpenId } from "../support/openid";

/**
 * Issue 17 point 1: every forged, stale or misdirected token is a 401, logged once without a stack; only a
 * correctly signed token with the right audience, issuer, service URL and expiry passes. Real signatures
 * against a local OpenID endpoint (no network); the adapter validates the passing token again.
 */
const BOT_ID = "00000000-0000-0000-0000-0000000000b0";
const PASSWORD = "the-bot-password";

describe("authentication with a bot id", () => {
  let connector: FakeConnector;
  let openid: LocalOpenId;
  let server: RunningServer;
  const lines: any[] = [];
  const consoleError = jest.spyOn(console, "error");

  beforeAll(async () => {
    connector = await startFakeConnector();
    openid = await startLocalOpenId({ botId: BOT_ID, serviceUrl: connector.url });
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    server = await startServer(
      loadConfig({ PORT: "0", DATA_DIR: tempDir(), BOT_ID, BOT_PASSWORD: PASSWORD, HOST: "127.0.0.1", LOG_LEVEL: "info" }),
      { logger: pino({ level: "info" }, sink), auth: { openIdMetadataUrl: openid.metadataUrl } },
    );
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await openid?.close();
    await connector?.close();
    consoleError.mockRestore();
  }, 120_000);

  // An unknown verb is answered in the invoke response itself: a passing request needs no outbound call.
  const click = () => activity(connector, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "no.such.verb", data: { lang: "sv" } } } });
  const send = (authorization?: string, body = click()) => post(server, body, authorization === undefined ? {} : { authorization });
  const sec = () => Math.floor(Date.now() / 1000);

  it("lets a correctly signed token through (our check and the adapter's)", async () => {
    const res = await send(`Bearer ${openid.token()}`);
    expect(res.status).toBe(200);
    expect(res.body.value).toMatch(/inaktuellt/);
  });

  const forged: [string, () => string][] = [
    ["no Authorization header", () => ""],
    ["a scheme other than Bearer", () => `Basic ${Buffer.from("a:b").toString("base64")}`],
    ["not a JWT", () => "Bearer not-a-token"],
    ["HS256 with the bot password, naming the real key", () => `Bearer ${openid.forge({ alg: "HS256", kid: openid.kid }, validClaims(), hmac(PASSWORD))}`],
    ["HS256 with the public key as the secret", () => `Bearer ${openid.forge({ alg: "HS256", kid: openid.kid }, validClaims(), hmac(openid.publicKeyPem))}`],
    ["alg none", () => `Bearer ${openid.forge({ alg: "none", kid: openid.kid }, validClaims(), () => "")}`],
    ["RS256 signed with another key, naming the real key", () => `Bearer ${openid.forge({ alg: "RS256", kid: openid.kid }, validClaims(), rsa(openid.otherKey))}`],
    ["an unknown key id", () => `Bearer ${openid.forge({ alg: "RS256", kid: "someone-elses" }, validClaims(), rsa(openid.otherKey))}`],
    ["expired", () => `Bearer ${openid.token({ exp: sec() - 3600, nbf: sec() - 7200 })}`],
    ["not yet valid", () => `Bearer ${openid.token({ nbf: sec() + 3600 })}`],
    ["the wrong audience", () => `Bearer ${openid.token({ aud: "another-bot" })}`],
    ["the wrong issuer", () => `Bearer ${openid.token({ iss: "https://evil.example" })}`],
    ["another service URL", () => `Bearer ${openid.token({ serviceurl: "https://evil.example/" })}`],
    ["no service URL", () => `Bearer ${openid.token({ serviceurl: undefined })}`],
    ["claims of the wrong type", () => `Bearer ${openid.token({ exp: "tomorrow" })}`],
  ];
  const validClaims = () => ({ iss: "https://api.botframework.com", aud: BOT_ID, serviceurl: connector.url, nbf: sec() - 60, exp: sec() + 3600 });

  it.each(forged)("refuses %s with 401, one log line, no stack, nothing printed by the SDK", async (_name, header) => {
    const before = lines.length;
    consoleError.mockClear();
    const res = await send(header());
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|stack/i);
    const logged = lines.slice(before).filter((l) => l.level >= 40);
    expect(logged).toHaveLength(1);
    expect(logged[0].msg).toBe("request refused: authentication failed");
    expect(JSON.stringify(logged[0])).not.toMatch(/"stack"|at .*\(.*:\d+:\d+\)/);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("changed nothing for the refused requests (no conversation stored)", async () => {
    const services = server.services()!;
    const { resources } = await services.store.container("conversations").items.query("SELECT * FROM c").fetchAll();
    // Only the one accepted click left a conversation reference.
    expect(resources.filter((r: any) => r.type === "conversation")).toHaveLength(1);
  });
});

describe("authentication while the signing keys cannot be loaded", () => {
  let connector: FakeConnector;
  let openid: LocalOpenId;
  let server: RunningServer;

  beforeAll(async () => {
    connector = await startFakeConnector();
    // Tokens are minted with a real key, but the bot is pointed at an endpoint that does not answer.
    openid = await startLocalOpenId({ botId: BOT_ID, serviceUrl: connector.url });
    server = await startServer(loadConfig({ PORT: "0", DATA_DIR: tempDir(), BOT_ID, BOT_PASSWORD: PASSWORD, HOST: "127.0.0.1", LOG_LEVEL: "silent" }), {
      logger: pino({ level: "silent" }),
      auth: { openIdMetadataUrl: "http://127.0.0.1:9/.well-known/openidconfiguration" },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await openid?.close();
    await connector?.close();
  }, 120_000);

  const send = (token: string) =>
    post(server, activity(connector, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "no.such.verb", data: {} } } }), { authorization: `Bearer ${token}` });
  const sec = () => Math.floor(Date.now() / 1000);

  it("still refuses forged and misdirected tokens with 401 (nothing about them needs the keys)", async () => {
    for (const token of [
      openid.forge({ alg: "HS256", kid: openid.kid }, { iss: "https://api.botframework.com", aud: BOT_ID, serviceurl: connector.url, exp: sec() + 3600 }, hmac(PASSWORD)),
      openid.forge({ alg: "none", kid: openid.kid }, { iss: "https://api.botframework.com", aud: BOT_ID, serviceurl: connector.url, exp: sec() + 3600 }, () => ""),
      openid.token({ aud: "another-bot" }),
      openid.token({ iss: "https://evil.example" }),
      openid.token({ exp: sec() - 3600, nbf: sec() - 7200 }),
      openid.token({ serviceurl: "https://evil.example/" }),
    ]) {
      expect((await send(token)).status).toBe(401);
    }
  });

  it("answers a token that could be genuine with 503 (the Bot Connector tries again), never 500", async () => {
    const res = await send(openid.token());
    expect(res.status).toBe(503);
  });
});

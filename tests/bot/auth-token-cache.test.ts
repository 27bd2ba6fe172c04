import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { BotTokenCheck } from "../../bot/auth";
import { rsa, startLocalOpenId, type LocalOpenId } from "../support/openid";

/**
 * The token check remembers tokens whose signature it verified (the connector sends one token for about
 * an hour), and skips only that: every request's claims, the key and its endorsement are checked again,
 * and a token that differs in any character (another signature) is checked in full.
 */
const BOT_ID = "00000000-0000-0000-0000-0000000000b1";
const SERVICE = "https://smba.example/emea/";
const activity = { serviceUrl: SERVICE, channelId: "msteams" };

describe("the token check's memory of verified tokens", () => {
  let openid: LocalOpenId;
  let clock = Date.now();
  let check: BotTokenCheck;
  const nowS = () => Math.floor(clock / 1000);
  const claims = (over: Record<string, unknown> = {}) => ({ iss: "https://api.botframework.com", aud: BOT_ID, serviceurl: SERVICE, nbf: nowS() - 60, exp: nowS() + 3600, ...over });

  beforeAll(async () => {
    openid = await startLocalOpenId({ botId: BOT_ID, serviceUrl: SERVICE });
  });
  afterAll(() => openid.close());
  beforeEach(() => {
    clock = Date.now();
    check = new BotTokenCheck({ botId: BOT_ID, openIdMetadataUrl: openid.metadataUrl, now: () => clock });
  });

  test("a genuine token passes again; the same header and claims with another signature never do", async () => {
    const c = claims();
    const genuine = openid.token(c);
    expect(await check.check(`Bearer ${genuine}`, activity)).toEqual({ ok: true });
    expect(await check.check(`Bearer ${genuine}`, activity)).toEqual({ ok: true });
    const forged = openid.forge({ alg: "RS256", typ: "JWT", kid: openid.kid }, c, rsa(openid.otherKey));
    expect(forged.split(".").slice(0, 2)).toEqual(genuine.split(".").slice(0, 2)); // only the signature differs
    expect(await check.check(`Bearer ${forged}`, activity)).toEqual({ ok: false, reason: "bad signature" });
    expect(await check.check(`Bearer ${genuine}.x`, activity)).toMatchObject({ ok: false });
  });

  test("a remembered token is still refused for another service URL, another channel's key, or once expired", async () => {
    const token = openid.token(claims());
    expect(await check.check(`Bearer ${token}`, activity)).toEqual({ ok: true });
    expect(await check.check(`Bearer ${token}`, { ...activity, serviceUrl: "https://evil.example/" })).toEqual({ ok: false, reason: "service URL does not match the token" });
    expect(await check.check(`Bearer ${token}`, { ...activity, channelId: "webchat" })).toEqual({ ok: false, reason: "key not endorsed for the channel" });
    clock += 3600_000 + 301_000; // past exp and the clock tolerance
    expect(await check.check(`Bearer ${token}`, activity)).toEqual({ ok: false, reason: "expired" });
  });

  test("after the keys are read again, a remembered token is verified in full against the new set", async () => {
    const keys = await keyServer(openid);
    try {
      check = new BotTokenCheck({ botId: BOT_ID, openIdMetadataUrl: keys.metadataUrl, now: () => clock });
      const token = openid.token(claims({ exp: nowS() + 3 * 86_400 }));
      expect(await check.check(`Bearer ${token}`, activity)).toEqual({ ok: true });
      expect(keys.reads()).toBe(1);
      // a day later the keys are re-read; the key that signed the token is gone from the set
      keys.withdraw();
      clock += 25 * 3600_000;
      expect(await check.check(`Bearer ${token}`, activity)).toEqual({ ok: false, reason: "unknown signing key" });
      expect(keys.reads()).toBe(2);
    } finally {
      await keys.close();
    }
  });
});

/** An OpenID endpoint in front of the local one whose key set can be emptied (a key withdrawn). */
async function keyServer(openid: LocalOpenId) {
  const upstream = new URL(openid.metadataUrl).origin;
  let withdrawn = false;
  let reads = 0;
  let url = "";
  const server = http.createServer(async (req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/meta") return res.end(JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `${url}/keys` }));
    reads++;
    const body = (await (await fetch(`${upstream}/keys`)).json()) as { keys: unknown[] };
    res.end(JSON.stringify(withdrawn ? { keys: [] } : body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${url}/meta`,
    reads: () => reads,
    withdraw: () => void (withdrawn = true),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

import { ClaimsIdentity, AuthenticationConstants } from "botframework-connector";
import { createAdapter } from "../../bot/server";
import { loadConfig } from "../../src/config/config";
import { rsa, startLocalOpenId, type LocalOpenId } from "../support/openid";

/** The clients CloudAdapter would build for every turn are built once per bot identity and kept. */
describe("kept Bot Framework clients", () => {
  const auth = (bot: boolean) => {
    const env = bot ? { BOT_ID: "00000000-0000-0000-0000-000000000001", BOT_PASSWORD: "secret", BOT_TYPE: "MultiTenant" } : {};
    return (createAdapter(loadConfig({ DATA_DIR: "/tmp/unused", ...env })) as unknown as { botFrameworkAuthentication: { createUserTokenClient(c: ClaimsIdentity): Promise<unknown> } }).botFrameworkAuthentication;
  };
  const claims = (aud: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: aud }], true);

  it("keeps one user-token client per bot identity, not one per turn", async () => {
    const a = auth(true);
    const first = await a.createUserTokenClient(claims("00000000-0000-0000-0000-000000000001"));
    const again = await a.createUserTokenClient(claims("00000000-0000-0000-0000-000000000001"));
    expect(first).toBeDefined();
    expect(again).toBe(first);
    // another app id is refused by the credentials, every time: a failure is not kept
    await expect(a.createUserTokenClient(claims("00000000-0000-0000-0000-000000000002"))).rejects.toThrow(/appId/);
    await expect(a.createUserTokenClient(claims("00000000-0000-0000-0000-000000000002"))).rejects.toThrow(/appId/);
    expect(await a.createUserTokenClient(claims("00000000-0000-0000-0000-000000000001"))).toBe(first);
  });

  it("keeps it for the anonymous identity of a bot without an id (local mode)", async () => {
    const a = auth(false);
    const anonymous = new ClaimsIdentity([], true);
    expect(await a.createUserTokenClient(anonymous)).toBe(await a.createUserTokenClient(new ClaimsIdentity([], true)));
  });

  it("keeps one connector client per service URL, without the pipeline's idle tracing and log policies", async () => {
    const a = auth(false) as unknown as { createConnectorFactory(c: ClaimsIdentity): { create(url: string, audience?: string): Promise<{ client: { pipeline: { getOrderedPolicies(): { name: string }[] } } }> } };
    const factory = a.createConnectorFactory(new ClaimsIdentity([], true));
    const client = await factory.create("http://127.0.0.1:3978/", "https://api.botframework.com");
    expect(await a.createConnectorFactory(new ClaimsIdentity([], true)).create("http://127.0.0.1:3978/", "https://api.botframework.com")).toBe(client);
    const names = client.client.pipeline.getOrderedPolicies().map((p) => p.name);
    expect(names).not.toContain("tracingPolicy");
    expect(names).not.toContain("logPolicy");
    // what the replies need stays: credentials, retry, redirects, proxy, (de)serialisation
    for (const kept of ["ServiceClientContext_Credentials_SignRequest", "defaultRetryPolicy", "redirectPolicy", "proxyPolicy", "serializationPolicy", "deserializationPolicy"]) expect(names).toContain(kept);
  });

  describe("botbuilder's second token validation", () => {
    const BOT_ID = "00000000-0000-0000-0000-0000000000c1";
    const SERVICE = "https://smba.example/emea/";
    let openid: LocalOpenId;
    beforeAll(async () => {
      openid = await startLocalOpenId({ botId: BOT_ID, serviceUrl: SERVICE });
    });
    afterAll(() => openid.close());
    const adapterAuth = () =>
      (createAdapter(loadConfig({ DATA_DIR: "/tmp/unused", BOT_ID, BOT_PASSWORD: "secret", BOT_TYPE: "MultiTenant" }), { openIdMetadataUrl: openid.metadataUrl }) as unknown as {
        botFrameworkAuthentication: { authenticateRequest(activity: unknown, header: string): Promise<{ claimsIdentity: ClaimsIdentity }> };
      }).botFrameworkAuthentication;
    const nowS = () => Math.floor(Date.now() / 1000);
    const activity = (serviceUrl = SERVICE) => ({ type: "message", channelId: "msteams", serviceUrl, from: { id: "u" }, recipient: { id: "b" }, conversation: { id: "c" } });

    it("runs once per token; a token with another signature, or for another service URL, is validated (and refused) again", async () => {
      const a = adapterAuth();
      const claims = { iss: "https://api.botframework.com", aud: BOT_ID, serviceurl: SERVICE, nbf: nowS() - 60, exp: nowS() + 3600 };
      const genuine = openid.token(claims);
      const first = await a.authenticateRequest(activity(), `Bearer ${genuine}`);
      expect(first.claimsIdentity.isAuthenticated).toBe(true);
      expect(await a.authenticateRequest(activity(), `Bearer ${genuine}`)).toBe(first);
      const forged = openid.forge({ alg: "RS256", typ: "JWT", kid: openid.kid }, claims, rsa(openid.otherKey));
      await expect(a.authenticateRequest(activity(), `Bearer ${forged}`)).rejects.toThrow();
      await expect(a.authenticateRequest(activity(), `Bearer ${forged}`)).rejects.toThrow();
      await expect(a.authenticateRequest(activity("https://elsewhere.example/"), `Bearer ${genuine}`)).rejects.toThrow();
      expect(await a.authenticateRequest(activity(), `Bearer ${genuine}`)).toBe(first);
    });
  });
});

import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { ClaimsIdentity } from "botframework-connector";
import * as ConnectorMappers from "botframework-connector/lib/connectorApi/models/mappers";
import { ServiceClientContext, createSerializer } from "botbuilder-stdlib/lib/azureCoreHttpCompat";
import { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { activityJson, withActivityJsonBodies } from "../../bot/activity-json";
import { createAdapter } from "../../bot/server";
import { loadConfig } from "../../src/config/config";
import { say } from "../support/harness";
import { useBot } from "../support/use-bot";

/** core-client's own serialisation of a body, as botframework-connector's operations call it. */
const core = createSerializer(ConnectorMappers as never);
const bodyMapper = { ...ConnectorMappers.Activity, required: true };
const coreJson = (activity: unknown) => JSON.stringify(core.serialize(bodyMapper as never, activity, "activity"));

// Every operation request of the connector clients the bot makes (kept clients are made at the first turn,
// after this spy is in place): the Activity as botbuilder handed it over, serialised by core-client at once.
const expected: { path: string; json: string; projected: boolean; ours: boolean }[] = [];
const original = ServiceClientContext.prototype.sendOperationRequest;
jest.spyOn(ServiceClientContext.prototype, "sendOperationRequest").mockImplementation(function (this: ServiceClientContext, args: any, spec: any, callback?: any) {
  if (args?.activity) {
    const ours = Object.prototype.hasOwnProperty.call(spec.serializer, "serialize");
    expected.push({ path: spec.path, json: coreJson(args.activity), projected: activityJson(args.activity) !== undefined, ours });
  }
  return original.call(this, args, spec, callback);
} as never);

describe("reply bodies serialised without core-client's mapper walk", () => {
  const ctx = useBot();

  it("are what core-client would have sent, over real HTTP: a routing answer (a card)", async () => {
    expected.length = 0;
    const before = ctx.connector.sent().length;
    const replies = await say(ctx.bot, ctx.connector, "Vem ansvarar för hjälpmedel i hemmet efter utskrivning?");
    expect(replies.some((r) => r.attachments?.[0]?.contentType === "application/vnd.microsoft.card.adaptive")).toBe(true);
    const sent = ctx.connector.sent().slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.map((c) => JSON.stringify(c.body))).toEqual(expected.map((e) => e.json));
    expect(sent.map((c) => c.body.type)).toContain("message");
    // each body went through the projection (none was handed back to core-client's walk)
    expect(expected.every((e) => e.projected && e.ours)).toBe(true);
  });

  // (the bot sends no typing activity: bot/app.ts; activityJson's cases below include one)
  it("help in a channel and in a personal chat", async () => {
    expected.length = 0;
    const before = ctx.connector.sent().length;
    await say(ctx.bot, ctx.connector, { text: "hjälp", conversationType: "channel", conversationId: "19:json@thread.tacv2" });
    await say(ctx.bot, ctx.connector, { text: "help", locale: "en-US" });
    const sent = ctx.connector.sent().slice(before);
    expect(sent.map((c) => JSON.stringify(c.body))).toEqual(expected.map((e) => e.json));
    expect(expected.every((e) => e.projected && e.ours)).toBe(true);
  });
});

describe("activityJson", () => {
  const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Hej", wrap: true }], actions: [{ type: "Action.Execute", verb: "x", data: { lang: "sv" }, associatedInputs: "none" }] };
  const base = {
    type: "message",
    serviceUrl: "https://smba.example/emea/",
    channelId: "msteams",
    from: { id: "28:bot", name: "Samverkan" },
    recipient: { id: "29:user", name: "Anna", aadObjectId: "aad-1", role: "user" },
    conversation: { id: "a:1", conversationType: "personal", tenantId: "t-1", isGroup: false },
    replyToId: "1700000000",
    locale: "sv-SE",
  };

  it.each([
    ["a card", { ...base, attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] }],
    ["typing", { ...base, type: "typing" }],
    ["text with a mention and channel data", { ...base, text: "<at>Anna</at> hej", textFormat: "xml", entities: [{ type: "mention", text: "<at>Anna</at>", mentioned: { id: "29:user", name: "Anna" } }], channelData: { notification: { alert: true }, tenant: { id: "t-1" } } }],
    ["dates, nulls and suggested actions", { ...base, timestamp: new Date(Date.UTC(2026, 11, 4, 10, 0, 0)), expiration: new Date(0), summary: null, suggestedActions: { to: ["29:user"], actions: [{ type: "imBack", title: "Ja", value: "ja" }] } }],
    ["properties the API does not know, at the top and nested", { ...base, rawTimestamp: "x", _internal: 1, from: { ...base.from, extra: true }, conversation: { ...base.conversation, other: { a: 1 } }, attachments: [{ contentType: "x", content: { deep: { keep: [1, null] } }, odd: 1 }] }],
    ["an update (id) with a value", { ...base, id: "1700000001", type: "invokeResponse", value: { status: 200, body: { ok: true } } }],
  ])("%s: the same JSON as core-client's", (_name, activity) => {
    expect(JSON.stringify(activityJson(activity))).toBe(coreJson(activity));
  });

  it("leaves to core-client what it was not made for: a value of the wrong type, a date as a string", () => {
    expect(activityJson({ ...base, text: 42 })).toBeUndefined();
    expect(() => coreJson({ ...base, text: 42 })).toThrow(/must be of type string/);
    expect(activityJson({ ...base, timestamp: "2026-12-04T10:00:00Z" })).toBeUndefined();
    expect(activityJson({ ...base, attachments: { 0: "not an array" } })).toBeUndefined();
    expect(activityJson({ ...base, from: "28:bot" })).toBeUndefined();
    expect(activityJson(null)).toBeUndefined();
  });
});

describe("the connector client's request with the projected body", () => {
  let server: http.Server;
  let url = "";
  const requests: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "r-1" }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("has botbuilder's URL, headers and body, and gives back the same response", async () => {
    const anonymous = () => new ClaimsIdentity([], true);
    // the bot's kept client serialises its bodies so; the comparison is with two clients botbuilder makes alike
    // (the bot's adds teams-ai to the user agent), one of them made so too
    const kept: any = await (createAdapter(loadConfig({ DATA_DIR: "/tmp/unused" })) as any).botFrameworkAuthentication.createConnectorFactory(anonymous()).create(url, "https://api.botframework.com");
    expect(Object.prototype.hasOwnProperty.call(kept, "sendOperationRequest")).toBe(true);
    const make = (): Promise<any> => new ConfigurationBotFrameworkAuthentication({}).createConnectorFactory(anonymous()).create(url, "https://api.botframework.com");
    const ours = withActivityJsonBodies(await make());
    const theirs = await make();
    expect(Object.prototype.hasOwnProperty.call(theirs, "sendOperationRequest")).toBe(false);
    const activity = { type: "message", from: { id: "28:bot" }, conversation: { id: "a:1" }, recipient: { id: "29:u" }, replyToId: "17", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard" } }], extra: 1 };
    const results = [];
    for (const client of [ours, theirs]) {
      results.push(await client.conversations.replyToActivity("a:1", "17", activity));
      results.push(await client.conversations.sendToConversation("a:1", activity));
      results.push(await client.conversations.updateActivity("a:1", "18", activity));
    }
    const strip = (r: (typeof requests)[number]) => ({ ...r, headers: { ...r.headers, "x-ms-client-request-id": undefined } });
    expect(requests).toHaveLength(6);
    expect(requests.slice(0, 3).map(strip)).toEqual(requests.slice(3).map(strip));
    expect(requests[0]!.body).toBe(coreJson(activity));
    expect(results.slice(0, 3).map((r) => ({ ...r }))).toEqual(results.slice(3).map((r) => ({ ...r })));
  });
});

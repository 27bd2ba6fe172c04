import * as http from "node:http";
import { gzipSync } from "node:zlib";
import { parseJson, plainJsonRequest } from "../../bot/json-body";
import { activity, repliesTo } from "../support/harness";
import { useBot } from "../support/use-bot";

/** A request with exactly these headers and body bytes (fetch would choose its own). */
function send(url: string, body: Buffer | string, headers: Record<string, string>, chunked = false): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: "POST", headers: chunked ? headers : { ...headers, "content-length": String(bytes.length) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on("error", reject);
    if (chunked) {
      req.write(bytes.subarray(0, 10));
      req.end(bytes.subarray(10));
    } else req.end(bytes);
  });
}

const JSON_TYPE = { "content-type": "application/json" };
/** The same media type in a form the fast path leaves to express (a parameter it does not read). */
const VIA_EXPRESS = { "content-type": "application/json; foo=bar" };

describe("a turn's request body read without express (bot/json-body.ts)", () => {
  const ctx = useBot();

  it("reads what express.json reads, and refuses what it refuses", () => {
    expect(parseJson("")).toEqual({ ok: true, body: {} });
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, body: { a: 1 } });
    expect(parseJson(' \n\t{"a":[1]}')).toEqual({ ok: true, body: { a: [1] } });
    expect(parseJson("[]")).toEqual({ ok: true, body: [] });
    for (const bad of ["5", '"text"', "null", "true", "   ", "{not json", '{"a":1}x', "\u00a0{}"]) expect(parseJson(bad)).toEqual({ ok: false, reason: "malformed" });
  });

  it("takes only plain JSON with a declared length within the limit", () => {
    const req = (headers: Record<string, string>) => ({ headers }) as unknown as http.IncomingMessage;
    const ok = { "content-length": "100" };
    expect(plainJsonRequest(req({ ...ok, "content-type": "application/json" }), 1000)).toBe(true);
    expect(plainJsonRequest(req({ ...ok, "content-type": "application/json; charset=utf-8" }), 1000)).toBe(true);
    expect(plainJsonRequest(req({ ...ok, "content-type": "Application/JSON; Charset=\"UTF-8\"" }), 1000)).toBe(true);
    for (const type of ["text/plain", "application/json; charset=utf-16", "application/json; foo=bar", "application/jsonx", "application/vnd.api+json"]) {
      expect(plainJsonRequest(req({ ...ok, "content-type": type }), 1000)).toBe(false);
    }
    expect(plainJsonRequest(req({ "content-type": "application/json" }), 1000)).toBe(false); // no length: chunked or none
    expect(plainJsonRequest(req({ "content-type": "application/json", "content-length": "1001" }), 1000)).toBe(false);
    expect(plainJsonRequest(req({ "content-type": "application/json", "content-length": "1e2" }), 1000)).toBe(false);
    expect(plainJsonRequest(req({ ...ok, "content-type": "application/json", "content-encoding": "gzip" }), 1000)).toBe(false);
    expect(plainJsonRequest(req({ ...ok, "content-type": "application/json", "transfer-encoding": "chunked" }), 1000)).toBe(false);
  });

  it.each([
    ["malformed JSON", "{not json"],
    ["a JSON string", '"hello"'],
    ["an empty body", ""],
    ["an array", "[]"],
    ["an object that is no activity", '{"hello":"world"}'],
  ])("answers %s as express does", async (_name, body) => {
    const fast = await send(ctx.bot.url, body, JSON_TYPE);
    const slow = await send(ctx.bot.url, body, VIA_EXPRESS);
    expect(fast.status).toBe(400);
    expect([fast.status, JSON.parse(fast.body)]).toEqual([slow.status, JSON.parse(slow.body)]);
  });

  it("answers a body over the limit with 413, whichever way it is sent", async () => {
    const big = JSON.stringify({ ...activity(ctx.connector, { text: "hjälp" }), pad: "x".repeat(300 * 1024) });
    expect((await send(ctx.bot.url, big, JSON_TYPE)).status).toBe(413);
    expect((await send(ctx.bot.url, big, JSON_TYPE, true)).status).toBe(413);
  });

  it("takes a turn sent plainly, chunked, gzipped or with a BOM, and answers each alike", async () => {
    const cases: [string, (a: Record<string, unknown>) => Promise<{ status: number }>][] = [
      ["plain", (a) => send(ctx.bot.url, JSON.stringify(a), JSON_TYPE)],
      ["chunked", (a) => send(ctx.bot.url, JSON.stringify(a), JSON_TYPE, true)],
      ["gzip", (a) => send(ctx.bot.url, gzipSync(JSON.stringify(a)), { ...JSON_TYPE, "content-encoding": "gzip" })],
      ["bom", (a) => send(ctx.bot.url, `\ufeff${JSON.stringify(a)}`, { "content-type": "application/json; charset=utf-8" })],
    ];
    for (const [name, sendIt] of cases) {
      const a = activity(ctx.connector, { text: "vem är jag", userId: `29:body-${name}` });
      const res = await sendIt(a);
      expect([name, res.status]).toEqual([name, 200]);
      expect([name, repliesTo(ctx.connector, String(a.id)).length]).toEqual([name, 1]);
    }
  });

  it("answers a click with its invoke response as CloudAdapter did: status, JSON body, the teams-ai user agent", async () => {
    const click = activity(ctx.connector, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "no.such.verb", data: { lang: "en" } } } });
    const res = await send(ctx.bot.url, JSON.stringify(click), JSON_TYPE);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["user-agent"]).toMatch(/^teamsai-js\//);
    expect(JSON.parse(res.body)).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: expect.stringMatching(/out of date/) });
  });
});

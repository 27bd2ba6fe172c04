import { startFakeConnector, type FakeConnector } from "../support/fake-connector";
import { activity, tempDir } from "../support/harness";
import { sleep, startChildBot } from "./child";

/**
 * Graceful stop (issue #16): SIGTERM in the middle of a burst of requests. Turns already accepted finish;
 * requests after it get 503 with Retry-After (and Connection: close); no connection is reset. A request
 * that finds the port closed once the process is gone is refused (ECONNREFUSED): nothing was accepted.
 */

jest.setTimeout(300_000);

const RUNS = 3;
const BURST = 60;

type Outcome = "ok" | "503" | "503 without Retry-After" | "refused" | "reset" | "other";

describe("SIGTERM during a burst of requests", () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(() => connector.close());

  it(`answers or refuses every request and resets none (${RUNS} runs of ${BURST})`, async () => {
    const totals: Record<Outcome, number> = { ok: 0, "503": 0, "503 without Retry-After": 0, refused: 0, reset: 0, other: 0 };
    const codes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const bot = await startChildBot({ DATA_DIR: tempDir("samverkan-sigterm-") });
      const send = async (i: number): Promise<Outcome> => {
        const body = activity(connector, { text: "hjälp", userId: `29:burst-${run}-${i}`, locale: "sv-SE" });
        try {
          const res = await fetch(`${bot.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
          await res.text();
          if (res.status === 503) return res.headers.get("retry-after") ? "503" : "503 without Retry-After";
          return res.status < 300 ? "ok" : "other";
        } catch (e) {
          const code = String((e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message);
          codes.push(code);
          return code === "ECONNREFUSED" ? "refused" : "reset";
        }
      };
      // A steady stream over ~1.5 s; SIGTERM arrives in the middle of it.
      const pending: Promise<Outcome>[] = [];
      let exited: Promise<number | null> | undefined;
      for (let i = 0; i < BURST; i++) {
        pending.push(send(i));
        if (i === BURST / 3) exited = bot.terminate();
        await sleep(25);
      }
      for (const o of await Promise.all(pending)) totals[o]++;
      expect(await exited).toBe(0);
    }
    // eslint-disable-next-line no-console
    console.log(`SIGTERM during bursts: ${RUNS} runs × ${BURST} requests → ${JSON.stringify(totals)}${codes.length ? ` (errors: ${[...new Set(codes)].join(", ")})` : ""}`);
    expect(totals.reset).toBe(0);
    expect(totals["503 without Retry-After"]).toBe(0);
    expect(totals.other).toBe(0);
    expect(totals.ok).toBeGreaterThan(0);
    expect(totals["503"]).toBeGreaterThan(0);
  });
});

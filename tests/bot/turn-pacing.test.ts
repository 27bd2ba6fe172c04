import * as net from "node:net";
import { TurnGate } from "../../bot/http-front";

/**
 * Turns that arrive together begin one per turn of the event loop (bot/http-front.ts TurnPacer), so that a request
 * that arrives meanwhile (/healthz) is read between two turns' synchronous first stretches, not after all of them.
 * Observed with a real socket: bytes written by the first turn are already in the peer's receive buffer (loopback),
 * and the peer's 'data' event can only fire when the loop polls; the second turn must begin after it.
 */
describe("turns that arrive together", () => {
  let server: net.Server;
  let client: net.Socket;
  let peer: net.Socket;

  beforeAll(async () => {
    server = net.createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const accepted = new Promise<net.Socket>((r) => server.once("connection", r));
    client = net.connect((server.address() as net.AddressInfo).port, "127.0.0.1");
    await new Promise<void>((r) => client.once("connect", () => r()));
    peer = await accepted;
  });

  afterAll(async () => {
    client.destroy();
    peer.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it("begin in separate turns of the event loop, the loop polling between them, in arrival order", async () => {
    const gate = new TurnGate();
    let received = 0;
    peer.on("data", (b: Buffer) => (received += b.length));
    const seen: { turn: number; receivedWhenBegun: number }[] = [];
    const turn = (n: number) => async () => {
      seen.push({ turn: n, receivedWhenBegun: received });
      client.write("x"); // the loop's next poll reads it (the bytes are already there on loopback)
      await new Promise<void>((r) => setImmediate(r));
      return n;
    };
    // all three begun in the same callback, as requests read in one poll are
    const results = await Promise.all([gate.run(turn(1)), gate.run(turn(2)), gate.run(turn(3))]);
    expect(results).toEqual([1, 2, 3]);
    expect(seen.map((s) => s.turn)).toEqual([1, 2, 3]);
    // each turn began after the loop had polled the byte the turn before it wrote
    expect(seen.map((s) => s.receivedWhenBegun)).toEqual([0, 1, 2]);
  });

  it("a turn alone begins at once and its result and failure come through", async () => {
    const gate = new TurnGate();
    await expect(gate.run(async () => "done")).resolves.toBe("done");
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    // the gate still counts and drains
    expect(gate.begun).toBe(2);
    await expect(gate.close()).resolves.toBeUndefined();
  });
});

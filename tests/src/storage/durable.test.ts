import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../../src/config/config";
import { openStore, type Store } from "../../../src/storage/store";
import { queryAll, readDoc } from "../../../src/storage/documents";
import { journalFile, journalGenerations } from "../../../src/storage/journal";
import { OUTBOX_PARTITION } from "../../../src/storage/model";

/**
 * The embedded store keeps what it acknowledged. A crash is simulated by copying DATA_DIR right after the
 * acknowledgements (what kill -9 leaves on disk: nothing is flushed at exit) and opening the copy.
 */
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-durable-"));
const open = (dataDir: string, extra: Parameters<typeof openStore>[1] extends infer O ? Partial<O> : never = {}) =>
  openStore(loadConfig({ DATA_DIR: dataDir }), { owner: "bot", ...extra });

/** DATA_DIR as a crash at this instant leaves it (the lock of the live process is left behind too). */
function crashCopy(dataDir: string): string {
  const copy = tmp();
  for (const f of fs.readdirSync(dataDir)) fs.copyFileSync(path.join(dataDir, f), path.join(copy, f));
  fs.rmSync(path.join(copy, "store.lock"), { force: true });
  return copy;
}

type Doc = { id: string; groupId: string; n?: number; tag?: string; ttl?: number };

describe("embedded store durability", () => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  });
  const track = (s: Store) => (opened.push(s), s);

  it("journals every kind of write the SDK sends and replays them after a crash; reads are never journalled", async () => {
    const dir = tmp();
    const store = track(await open(dir));
    const c = store.container("work");
    await c.items.create<Doc>({ id: "created", groupId: "g", n: 1 });
    await c.items.upsert<Doc>({ id: "upserted", groupId: "g", n: 1 });
    await c.items.upsert<Doc>({ id: "upserted", groupId: "g", n: 2 });
    await c.items.create<Doc>({ id: "replaced", groupId: "g", n: 1 });
    await c.item("replaced", "g").replace<Doc>({ id: "replaced", groupId: "g", n: 3 });
    await c.items.create<Doc>({ id: "patched", groupId: "g", n: 1 });
    await c.item("patched", "g").patch([{ op: "set", path: "/n", value: 4 }, { op: "add", path: "/tag", value: "p" }]);
    await c.items.create<Doc>({ id: "deleted", groupId: "g", n: 1 });
    await c.item("deleted", "g").delete();
    const written = store.durability()!.journalled;

    // Point reads, single- and cross-partition queries (the SDK's query-plan POST too), misses.
    await readDoc(c, "created", "g");
    await readDoc(c, "nope", "g");
    await queryAll(c, "SELECT * FROM c WHERE c.n > 0", [], "g");
    await queryAll(c, "SELECT * FROM c WHERE c.n > 0 ORDER BY c.n");
    await queryAll(store.container("outbox"), "SELECT VALUE COUNT(1) FROM c", [], OUTBOX_PARTITION);
    await expect(c.item("nope", "g").replace({ id: "nope", groupId: "g" })).rejects.toMatchObject({ code: 404 });
    expect(store.durability()!.journalled).toBe(written);
    expect(store.durability()!.snapshots).toBe(0);

    const after = track(await open(crashCopy(dir)));
    const w = after.container("work");
    expect((await readDoc<Doc>(w, "created", "g"))?.n).toBe(1);
    expect((await readDoc<Doc>(w, "upserted", "g"))?.n).toBe(2);
    expect((await readDoc<Doc>(w, "replaced", "g"))?.n).toBe(3);
    expect(await readDoc<Doc>(w, "patched", "g")).toMatchObject({ n: 4, tag: "p" });
    expect(await readDoc(w, "deleted", "g")).toBeUndefined();
    expect(after.durability()!.replayed).toBe(written);
    // New documents after a replay never collide with replayed ones (the rid counter is restored).
    await w.items.create<Doc>({ id: "later", groupId: "g", n: 5 });
    expect((await queryAll<Doc>(w, "SELECT * FROM c", [], "g")).map((d) => d.id).sort()).toEqual(["created", "later", "patched", "replaced", "upserted"]);
  });

  it("drops a torn last record and keeps everything before it", async () => {
    const dir = tmp();
    const store = track(await open(dir));
    const c = store.container("work");
    for (let i = 0; i < 5; i++) await c.items.create<Doc>({ id: `d${i}`, groupId: "g", n: i });
    const copy = crashCopy(dir);
    const gen = journalGenerations(copy).at(-1)!;
    const file = journalFile(copy, gen);
    const bytes = fs.readFileSync(file);
    // The last record's append was cut halfway by the crash.
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 20));
    const warnings: string[] = [];
    const after = track(await open(copy, { warn: (m) => warnings.push(m) }));
    const ids = (await queryAll<Doc>(after.container("work"), "SELECT * FROM c", [], "g")).map((d) => d.id).sort();
    expect(ids).toEqual(["d0", "d1", "d2", "d3"]);
    expect(warnings.join("\n")).toMatch(/torn record/);
    expect(after.durability()!.droppedBytes).toBeGreaterThan(0);
  });

  it("compacts into a snapshot while writes go on, drops old journals, and restarts from snapshot + journal", async () => {
    const dir = tmp();
    const store = track(await open(dir, { compactBytes: 4 * 1024 }));
    const c = store.container("work");
    const big = "x".repeat(400);
    await Promise.all(Array.from({ length: 120 }, (_, i) => c.items.upsert({ id: `d${i % 40}`, groupId: `g${(i % 40) % 3}`, n: i, big })));
    expect(store.durability()!.snapshots).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir, "snapshot.ndjson"))).toBe(true);
    expect(journalGenerations(dir).length).toBeLessThanOrEqual(2);
    const byId = (docs: Doc[]) => Object.fromEntries(docs.map((d) => [d.id, d.n]));
    const before = byId(await queryAll<Doc>(c, "SELECT * FROM c"));
    const after = track(await open(crashCopy(dir)));
    const docs = await queryAll<Doc>(after.container("work"), "SELECT * FROM c");
    expect(docs).toHaveLength(40);
    expect(byId(docs)).toEqual(before);
  });

  it("writes no snapshot and no journal record when nothing changed, and one snapshot at a clean stop after a change", async () => {
    const dir = tmp();
    const first = await open(dir);
    await first.close();
    expect(fs.readdirSync(dir).filter((f) => f !== "store.lock")).toEqual([]);
    const second = await open(dir);
    await second.container("work").items.create({ id: "a", groupId: "g" });
    await second.close();
    expect(fs.readdirSync(dir).sort()).toEqual(["snapshot.ndjson"]);
    const mtime = fs.statSync(path.join(dir, "snapshot.ndjson")).mtimeMs;
    const third = await open(dir);
    await readDoc(third.container("work"), "a", "g");
    await third.close();
    expect(fs.statSync(path.join(dir, "snapshot.ndjson")).mtimeMs).toBe(mtime);
  });

  it("expires documents whose ttl has passed (the embedded stand-in for Cosmos TTL), journalled like any delete", async () => {
    const dir = tmp();
    const store = track(await open(dir, { sweepMs: 200 }));
    const c = store.container("conversations");
    await c.items.create({ id: "short", tenantId: "t", ttl: 1 });
    await c.items.create({ id: "forever", tenantId: "t", ttl: -1 });
    await c.items.create({ id: "plain", tenantId: "t" });
    const deadline = Date.now() + 10_000;
    while ((await readDoc(c, "short", "t")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await readDoc(c, "short", "t")).toBeUndefined();
    expect(await readDoc(c, "forever", "t")).toBeDefined();
    expect(await readDoc(c, "plain", "t")).toBeDefined();
    expect(store.durability()!.expired).toBe(1);
    const after = track(await open(crashCopy(dir), { sweepMs: 0 }));
    expect(await readDoc(after.container("conversations"), "short", "t")).toBeUndefined();
  });

  it("drops documents past their ttl at start, by the app's clock (SAMVERKAN_NOW), and leaves them out of the next snapshot", async () => {
    const dir = tmp();
    const store = await open(dir, { sweepMs: 0 });
    const c = store.container("conversations");
    await c.items.create({ id: "day", tenantId: "t", ttl: 86_400 });
    await c.items.create({ id: "kept", tenantId: "t" });
    await store.close();
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const reopened = await openStore(loadConfig({ DATA_DIR: dir, SAMVERKAN_NOW: later }), { owner: "bot", sweepMs: 0 });
    expect(await readDoc(reopened.container("conversations"), "day", "t")).toBeUndefined();
    expect(await readDoc(reopened.container("conversations"), "kept", "t")).toBeDefined();
    expect(reopened.durability()!.expired).toBe(1);
    await reopened.close();
    expect(fs.readFileSync(path.join(dir, "snapshot.ndjson"), "utf8")).not.toContain('"day"');
    // By the real clock nothing has expired: the document is gone for good, not hidden.
    const again = track(await open(dir, { sweepMs: 0 }));
    expect(await readDoc(again.container("conversations"), "day", "t")).toBeUndefined();
  });

  it("replays a short journal at start without rewriting the snapshot then (it is folded in once it has grown)", async () => {
    const dir = tmp();
    const first = await open(dir);
    await first.container("work").items.create({ id: "a", groupId: "g" });
    await first.close();
    const second = track(await open(dir));
    await second.container("work").items.create({ id: "b", groupId: "g" });
    const copy = crashCopy(dir);
    const mtime = fs.statSync(path.join(copy, "snapshot.ndjson")).mtimeMs;
    const third = track(await open(copy));
    expect(third.durability()!.replayed).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(third.durability()!.snapshots).toBe(0);
    expect(fs.statSync(path.join(copy, "snapshot.ndjson")).mtimeMs).toBe(mtime);
    expect(await readDoc(third.container("work"), "b", "g")).toBeDefined();
    await third.close();
    // A clean stop folds the replayed journal in.
    expect(fs.readdirSync(copy).filter((f) => f.startsWith("journal-"))).toEqual([]);
  });

  it("folds the journal into a snapshot once writes have stopped, so that the next start replays nothing; not while they go on", async () => {
    const dir = tmp();
    const store = track(await open(dir, { foldIdleBytes: 1, sweepMs: 0 }));
    const c = store.container("work");
    // writes every 100 ms for 2.5 s: the journal is never idle long enough to be folded
    for (let i = 0; i < 25; i++) {
      await c.items.upsert({ id: `d${i % 5}`, groupId: "g", n: i });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(store.durability()!.snapshots).toBe(0);
    // then nothing: it is folded
    while (store.durability()!.snapshots === 0) await new Promise((r) => setTimeout(r, 100));
    const copy = crashCopy(dir);
    const after = track(await open(copy, { sweepMs: 0 }));
    expect(after.durability()!.replayed).toBe(0);
    expect((await queryAll<Doc>(after.container("work"), "SELECT * FROM c")).map((d) => [d.id, d.n]).sort()).toEqual([["d0", 20], ["d1", 21], ["d2", 22], ["d3", 23], ["d4", 24]]);
  });

  it("reads a snapshot.json of the older format, bringing outbox documents into their partition", async () => {
    const dir = tmp();
    const legacy = {
      version: 1,
      savedAt: "2026-01-01T00:00:00Z",
      containers: { work: [{ id: "w", groupId: "g", n: 1 }], outbox: [{ id: "post-1", type: "outbox", state: "sent" }] },
    };
    fs.writeFileSync(path.join(dir, "snapshot.json"), JSON.stringify(legacy));
    const store = await open(dir);
    expect((await readDoc<Doc>(store.container("work"), "w", "g"))?.n).toBe(1);
    expect(await readDoc(store.container("outbox"), "post-1", OUTBOX_PARTITION)).toMatchObject({ id: "post-1", queue: OUTBOX_PARTITION });
    await store.close();
    expect(fs.existsSync(path.join(dir, "snapshot.json"))).toBe(false);
    const again = track(await open(dir));
    expect(await readDoc(again.container("outbox"), "post-1", OUTBOX_PARTITION)).toBeDefined();
  });
});

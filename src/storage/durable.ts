import * as fs from "node:fs";
import { Journal, journalFile, journalGenerations, readJournal, type JournalRecord } from "./journal";
import { applyLegacy, applyPut, applyRecord, captureWrites, documentsOf, imageOf, sweepExpired, type Doc, type MemoryDocuments } from "./memory";
import { legacySnapshotFile, readSnapshot, removeLeftovers, writeSnapshot, type ContainerImage } from "./snapshot";
import { mark } from "../runtime/start-timeline";

/**
 * Makes the embedded store keep what it acknowledges (Redis AOF with appendfsync always, SQLite's WAL):
 * at start the snapshot is loaded and the journal replayed into the server's memory; from then on every
 * document write is journalled and the server answers only once it is on disk. A snapshot is written when
 * the journal has grown past the last snapshot's size (and at a clean stop), never when nothing changed.
 */

export interface DurableOptions {
  readonly dataDir: string;
  readonly account: unknown;
  readonly database: string;
  /** Containers to keep, with their default TTL (undefined: TTL off, as in Cosmos). */
  readonly containers: readonly { readonly id: string; readonly defaultTtl?: number }[];
  /** Journal bytes that trigger a snapshot at the least (default 8 MiB; it grows with the snapshot). */
  readonly compactBytes?: number;
  /** How often expired documents are deleted (ms; default 60 s, the first time 5 s after start; 0: never on a timer). */
  readonly sweepMs?: number;
  /** Journal bytes that are folded into a snapshot once no write has come for FOLD_IDLE_MS (default 1 MiB; 0: never). */
  readonly foldIdleBytes?: number;
  readonly warn?: (msg: string) => void;
  /** The clock expiry is judged by (ms since the epoch): the app's, so that SAMVERKAN_NOW moves it too. */
  readonly now?: () => number;
  /** Brings a document of the older snapshot format up to the current model. */
  readonly upgradeLegacy?: (container: string, doc: Record<string, unknown>) => Record<string, unknown>;
}

export interface DurableStats {
  /** Records journalled since start. */
  readonly journalled: number;
  /** Snapshots written since start. */
  readonly snapshots: number;
  readonly lastSnapshotMs?: number;
  readonly lastSnapshotBytes: number;
  /** Start: records replayed and bytes of a torn tail dropped. */
  readonly replayed: number;
  readonly droppedBytes: number;
  /** Documents past their TTL: dropped at start and deleted by the sweeper since. */
  readonly expired: number;
}

const FIRST_SWEEP_MS = 5_000;
/**
 * A journal is folded into a snapshot when it has grown past the snapshot (at the least 8 MiB), so after a burst
 * of writes a start replayed up to that much, record by record (after 10,000 questions: 7.9 MB, more than the
 * snapshot itself, the largest part of the store's start). Once the writes have stopped for this long, a journal
 * of foldIdleBytes or more is folded: the next start reads the snapshot alone. A store that keeps writing, or
 * has written little, is left alone (idle is idle).
 */
const FOLD_IDLE_MS = 2_000;

export class DurableState {
  private readonly journal: Journal;
  private readonly docs = new Map<string, MemoryDocuments>();
  private compacting: Promise<void> | undefined;
  private sweeper: NodeJS.Timeout | undefined;
  private folder: NodeJS.Timeout | undefined;
  /** When the last write was journalled (a replayed journal counts as written at start). */
  private lastWrite = Date.now();
  private stats = { journalled: 0, snapshots: 0, lastSnapshotMs: undefined as number | undefined, lastSnapshotBytes: 0, replayed: 0, droppedBytes: 0, expired: 0 };
  private closed = false;
  /** After a failed snapshot, the next attempt waits (a failing disk is not hammered on every write). */
  private retryAfter = 0;

  private constructor(private readonly o: DurableOptions, generation: number) {
    this.journal = new Journal(o.dataDir, generation, (e) => o.warn?.(`journal write failed: ${e.message}`));
  }

  /** Loads DATA_DIR into the server's memory and starts journalling. The containers must exist. */
  static open(o: DurableOptions): DurableState {
    fs.mkdirSync(o.dataDir, { recursive: true });
    removeLeftovers(o.dataDir);
    const docs = new Map<string, MemoryDocuments>();
    for (const c of o.containers) {
      const d = documentsOf(o.account, o.database, c.id);
      if (!d) throw new Error(`the embedded store has no container ${c.id}`);
      docs.set(c.id, d);
    }
    const snapshot = readSnapshot(o.dataDir);
    mark("snapshot parsed");
    for (const image of snapshot?.containers ?? []) {
      const d = docs.get(image.name);
      if (!d) continue;
      for (const doc of image.docs) (snapshot!.format === "legacy" ? applyLegacy(d, o.upgradeLegacy?.(image.name, doc) ?? doc) : applyPut(d, doc as Doc));
      d._ridCount = Math.max(d._ridCount, image.ridCount);
    }
    const from = snapshot?.next ?? 0;
    mark("snapshot applied");
    const replay = replayJournals(o, docs, from);
    mark("journal replayed");
    // Documents past their TTL are dropped before serving (not journalled: the next snapshot leaves them
    // out, and until then a restart drops them again).
    const nowSeconds = Math.floor((o.now?.() ?? Date.now()) / 1000);
    let expiredAtLoad = 0;
    for (const c of o.containers) expiredAtLoad += sweepExpired(docs.get(c.id)!, c.defaultTtl, nowSeconds);
    const state = new DurableState(o, Math.max(from, ...replay.generations, 0) + 1);
    for (const [name, d] of docs) {
      state.docs.set(name, d);
      captureWrites(d, name, (r) => state.record(r));
    }
    Object.assign(state.stats, { replayed: replay.records, droppedBytes: replay.droppedBytes, expired: expiredAtLoad, lastSnapshotBytes: snapshot?.bytes ?? 0 });
    // The replayed journal counts toward the next snapshot like any journal: it is folded in once it has
    // grown past the snapshot's size (or at a clean stop), not rewritten on the event loop at every start.
    // A legacy snapshot, or one that was a tenth expired or more, is folded now (in the background).
    const loaded = snapshot?.containers.reduce((n, c) => n + c.docs.length, 0) ?? 0;
    const foldNow = snapshot?.format === "legacy" || (expiredAtLoad > 0 && expiredAtLoad * 10 >= loaded);
    state.journal.bytesSinceSnapshot = foldNow ? Number.MAX_SAFE_INTEGER : replay.bytes + (expiredAtLoad > 0 ? 1 : 0);
    state.maybeCompact();
    const foldBytes = o.foldIdleBytes ?? 1024 * 1024;
    if (foldBytes > 0) state.folder = setInterval(() => state.foldIfIdle(foldBytes), FOLD_IDLE_MS / 2).unref();
    const sweepMs = o.sweepMs ?? 60_000;
    if (sweepMs > 0) {
      // The first sweep soon after start (not before listening), then on the interval.
      state.sweeper = setTimeout(function again() {
        if (state.closed) return;
        state.sweep();
        state.sweeper = setTimeout(again, sweepMs).unref();
      }, Math.min(sweepMs, FIRST_SWEEP_MS)).unref();
    }
    return state;
  }

  /** The server awaits this before answering: resolves once everything written so far is on disk. */
  readonly beforeAnswer = (): Promise<void> | undefined => (this.journal.settled ? undefined : this.journal.durable());

  getStats(): DurableStats {
    return { ...this.stats };
  }

  /** Deletes documents whose TTL has passed (journalled like any delete). */
  sweep(): number {
    const nowSeconds = Math.floor((this.o.now?.() ?? Date.now()) / 1000);
    let n = 0;
    for (const c of this.o.containers) {
      const d = this.docs.get(c.id);
      if (d) n += sweepExpired(d, c.defaultTtl, nowSeconds);
    }
    this.stats.expired += n;
    return n;
  }

  /** Writes a snapshot now unless nothing was written since the last one; resolves when it is on disk. */
  async compact(force = false): Promise<void> {
    if (this.compacting) await this.compacting;
    if (!force && this.journal.bytesSinceSnapshot === 0) return;
    this.compacting = this.writeSnapshot().finally(() => {
      this.compacting = undefined;
    });
    return this.compacting;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.sweeper) clearTimeout(this.sweeper);
    if (this.folder) clearInterval(this.folder);
    try {
      await this.compact();
    } finally {
      await this.journal.close();
    }
  }

  private record(r: JournalRecord): void {
    this.journal.append(r);
    this.stats.journalled++;
    this.lastWrite = Date.now();
    this.maybeCompact();
  }

  private foldIfIdle(minBytes: number): void {
    if (this.compacting || this.closed || Date.now() < this.retryAfter) return;
    if (this.journal.bytesSinceSnapshot < minBytes || Date.now() - this.lastWrite < FOLD_IDLE_MS) return;
    this.compact().catch((e) => this.o.warn?.(`snapshot failed: ${(e as Error).message}`));
  }

  private maybeCompact(): void {
    if (this.compacting || this.closed || Date.now() < this.retryAfter) return;
    const threshold = Math.max(this.o.compactBytes ?? 8 * 1024 * 1024, this.stats.lastSnapshotBytes);
    if (this.journal.bytesSinceSnapshot < threshold) return;
    this.compact().catch((e) => this.o.warn?.(`snapshot failed: ${(e as Error).message}`));
  }

  private async writeSnapshot(): Promise<void> {
    const started = Date.now();
    // The image and the new generation are taken in the same tick: the snapshot is exactly the state
    // after every record of the older generations.
    const images: ContainerImage[] = [...this.docs].map(([name, d]) => ({ name, ridCount: d._ridCount, docs: imageOf(d) }));
    const uncovered = this.journal.bytesSinceSnapshot;
    const next = this.journal.rotate();
    const covered = this.journal.durable();
    try {
      this.stats.lastSnapshotBytes = await writeSnapshot(this.o.dataDir, next, images);
    } catch (e) {
      // The journal still holds everything (older generations are only dropped after a snapshot).
      this.journal.bytesSinceSnapshot += uncovered;
      this.retryAfter = Date.now() + 30_000;
      throw e;
    }
    await covered.catch(() => undefined);
    this.journal.dropBelow(next);
    fs.rmSync(legacySnapshotFile(this.o.dataDir), { force: true });
    this.stats.snapshots++;
    this.stats.lastSnapshotMs = Date.now() - started;
  }
}

/** Replays the journal generations the snapshot does not cover (deleting those it does), dropping a torn tail. */
function replayJournals(o: DurableOptions, docs: Map<string, MemoryDocuments>, from: number): { records: number; bytes: number; droppedBytes: number; generations: number[] } {
  let records = 0;
  let bytes = 0;
  let droppedBytes = 0;
  const generations = journalGenerations(o.dataDir);
  for (const gen of generations) {
    const file = journalFile(o.dataDir, gen);
    if (gen < from) {
      fs.rmSync(file, { force: true }); // covered by the snapshot; left by a crash during compaction
      continue;
    }
    const read = readJournal(file);
    for (const r of read.records) {
      const d = docs.get(r.c);
      if (d) applyRecord(d, r);
    }
    records += read.records.length;
    bytes += read.validBytes;
    if (read.droppedBytes > 0) {
      droppedBytes += read.droppedBytes;
      fs.truncateSync(file, read.validBytes);
      o.warn?.(`journal ${file}: dropped ${read.droppedBytes} bytes of a torn record after ${read.records.length} whole ones`);
    }
  }
  return { records, bytes, droppedBytes, generations };
}

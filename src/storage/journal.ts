import * as fs from "node:fs";
import * as path from "node:path";
import { crc32 } from "node:zlib";

/**
 * The write-ahead journal of the embedded store. Every document write is appended here and flushed to
 * disk (fdatasync) before the store answers the request that made it; concurrent writes share one flush
 * (group commit). Files are generations `journal-<n>.log`: a snapshot covers every generation below the
 * one it names, so compaction starts a new generation and deletes the old ones once the snapshot is on disk.
 *
 * A record on disk: magic byte, payload length (u32 LE), CRC-32 of the payload (u32 LE), JSON payload.
 * A crash mid-append leaves a torn last record; its checksum (or length) gives it away and replay drops it.
 */

export type JournalRecord =
  | { readonly op: "put"; readonly c: string; readonly doc: Record<string, unknown>; /** the container's rid counter after the write */ readonly n: number }
  | { readonly op: "del"; readonly c: string; readonly id: string; readonly pk: unknown };

const MAGIC = 0xa5;
const HEADER = 9;
const FILE_RE = /^journal-(\d{8})\.log$/;

export const journalFile = (dir: string, gen: number) => path.join(dir, `journal-${String(gen).padStart(8, "0")}.log`);

export function encodeRecord(record: JournalRecord): Buffer {
  const payload = Buffer.from(JSON.stringify(record), "utf8");
  const out = Buffer.allocUnsafe(HEADER + payload.length);
  out[0] = MAGIC;
  out.writeUInt32LE(payload.length, 1);
  out.writeUInt32LE(crc32(payload), 5);
  payload.copy(out, HEADER);
  return out;
}

export interface ReadResult {
  readonly records: JournalRecord[];
  /** Bytes of whole, checked records from the start of the file. */
  readonly validBytes: number;
  /** Bytes after them: a torn or corrupt tail, dropped. */
  readonly droppedBytes: number;
}

/** Reads a journal file up to its first damaged record (normally a torn last append). */
export function readJournal(file: string): ReadResult {
  const buf = fs.readFileSync(file);
  const records: JournalRecord[] = [];
  let at = 0;
  while (at + HEADER <= buf.length) {
    if (buf[at] !== MAGIC) break;
    const len = buf.readUInt32LE(at + 1);
    if (len === 0 || at + HEADER + len > buf.length) break;
    const payload = buf.subarray(at + HEADER, at + HEADER + len);
    if (crc32(payload) !== buf.readUInt32LE(at + 5)) break;
    let record: JournalRecord;
    try {
      record = JSON.parse(payload.toString("utf8")) as JournalRecord;
    } catch {
      break;
    }
    records.push(record);
    at += HEADER + len;
  }
  return { records, validBytes: at, droppedBytes: buf.length - at };
}

/** Generations present in the directory, ascending. */
export function journalGenerations(dir: string): number[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => FILE_RE.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

/** Makes a rename or a new file in `dir` durable (the directory entry itself). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the data itself is still synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

interface Pending {
  readonly gen: number;
  readonly buf: Buffer;
}

/** Appends records with group commit. Not shared between processes: DATA_DIR has one owner (the lock). */
export class Journal {
  private seq = 0;
  private flushedSeq = 0;
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private waiters: { seq: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private fds = new Map<number, { fd: number; size: number }>();
  /** Bytes appended to generations not yet covered by a snapshot (the compaction trigger). */
  bytesSinceSnapshot = 0;
  /** Records appended since the journal was opened (tests and benches read it). */
  appended = 0;

  constructor(
    readonly dir: string,
    private gen: number,
    private readonly onError: (e: Error) => void = () => undefined,
  ) {}

  get generation(): number {
    return this.gen;
  }

  /** Appends a record; it is durable once `durable()` resolves for the returned sequence number. */
  append(record: JournalRecord): number {
    const buf = encodeRecord(record);
    this.pending.push({ gen: this.gen, buf });
    this.bytesSinceSnapshot += buf.length;
    this.appended++;
    this.seq++;
    this.kick();
    return this.seq;
  }

  /** True when every appended record is on disk. */
  get settled(): boolean {
    return this.flushedSeq === this.seq;
  }

  /** Resolves when every record appended so far (or up to `seq`) is on disk. */
  durable(seq = this.seq): Promise<void> {
    if (seq <= this.flushedSeq) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq, resolve, reject });
      this.kick();
    });
  }

  /**
   * Starts a new generation: records appended from now on go to it. Returns the new generation, which a
   * snapshot of the state at this instant names as the first one it does not cover.
   */
  rotate(): number {
    this.gen++;
    this.bytesSinceSnapshot = 0;
    return this.gen;
  }

  /** Deletes generations below `gen` (a snapshot on disk covers them). */
  dropBelow(gen: number): void {
    for (const g of journalGenerations(this.dir)) {
      if (g >= gen) continue;
      const open = this.fds.get(g);
      if (open) {
        fs.closeSync(open.fd);
        this.fds.delete(g);
      }
      fs.rmSync(journalFile(this.dir, g), { force: true });
    }
  }

  async close(): Promise<void> {
    await this.durable().catch(() => undefined);
    await this.flushing;
    for (const { fd } of this.fds.values()) fs.closeSync(fd);
    this.fds.clear();
  }

  private kick(): void {
    if (this.flushing || this.pending.length === 0) return;
    this.flushing = this.flushLoop().finally(() => {
      this.flushing = undefined;
      if (this.pending.length > 0) this.kick();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      const upTo = this.seq;
      this.pending = [];
      try {
        for (const [gen, bufs] of groupByGeneration(batch)) await this.writeAndSync(gen, Buffer.concat(bufs));
      } catch (e) {
        // Nothing of this batch counts as written: it stays first in line for the next flush.
        this.pending = [...batch, ...this.pending];
        const err = e instanceof Error ? e : new Error(String(e));
        this.onError(err);
        for (const w of this.waiters.splice(0)) w.reject(err);
        // A full or failing disk is retried, not spun on.
        await new Promise((r) => setTimeout(r, 500));
        return;
      }
      this.flushedSeq = upTo;
      const done = this.waiters.filter((w) => w.seq <= upTo);
      this.waiters = this.waiters.filter((w) => w.seq > upTo);
      for (const w of done) w.resolve();
    }
  }

  private async writeAndSync(gen: number, data: Buffer): Promise<void> {
    let open = this.fds.get(gen);
    if (!open) {
      const file = journalFile(this.dir, gen);
      const fd = fs.openSync(file, "a");
      open = { fd, size: fs.fstatSync(fd).size };
      this.fds.set(gen, open);
      syncDir(this.dir);
    }
    const target = open;
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await writeAsync(target.fd, data, written);
        written += bytesWritten;
      }
      await new Promise<void>((resolve, reject) => fs.fdatasync(target.fd, (e) => (e ? reject(e) : resolve())));
      target.size += data.length;
    } catch (e) {
      // A half-written batch would hide every later record behind a damaged one: cut it off again.
      try {
        fs.ftruncateSync(target.fd, target.size);
      } catch {
        /* the next attempt fails the same way and reports */
      }
      throw e;
    }
    // Older generations get no more records once a newer one is written.
    for (const [g, o] of this.fds) {
      if (g < gen) {
        fs.closeSync(o.fd);
        this.fds.delete(g);
      }
    }
  }
}

function writeAsync(fd: number, data: Buffer, offset: number): Promise<{ bytesWritten: number }> {
  return new Promise((resolve, reject) =>
    fs.write(fd, data, offset, data.length - offset, null, (e, bytesWritten) => (e ? reject(e) : resolve({ bytesWritten }))),
  );
}

function groupByGeneration(batch: readonly Pending[]): [number, Buffer[]][] {
  const out: [number, Buffer[]][] = [];
  for (const p of batch) {
    const last = out[out.length - 1];
    if (last && last[0] === p.gen) last[1].push(p.buf);
    else out.push([p.gen, [p.buf]]);
  }
  return out;
}

import * as path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Runs document-worker.mjs: one worker thread at a time, kept for a few seconds between files (loading
 * pdfjs costs a few hundred milliseconds), with a heap limit and a time limit per file. A file that
 * times out, exhausts the heap or crashes the worker ends that worker; the next file gets a fresh one.
 * The worker keeps the process alive only while it has work (so the CLI exits when it is done).
 */

export interface RawPdfPage {
  readonly width: number;
  readonly height: number;
  /** [text, x, y (baseline, from the bottom), width, font size] */
  readonly items: readonly [string, number, number, number, number][];
}

export type WorkerAnswer =
  | { readonly ok: true; readonly pages?: RawPdfPage[]; readonly html?: string; readonly warnings?: number }
  | { readonly ok: false; readonly code: WorkerFailure; readonly message: string };

export type WorkerFailure = "ENCRYPTED" | "CORRUPT" | "TOO_MANY_PAGES" | "TOO_LARGE" | "TIMEOUT" | "OUT_OF_MEMORY";

export interface WorkerLimits {
  readonly timeoutMs: number;
  readonly heapMb: number;
  readonly maxPages: number;
  readonly maxChars: number;
  /** How long an idle worker is kept for the next file. */
  readonly idleMs: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { timeoutMs: 30_000, heapMb: 256, maxPages: 200, maxChars: 1_000_000, idleMs: 5_000 };

type Job = { kind: "pdf" | "docx"; bytes: Uint8Array; resolve: (a: WorkerAnswer) => void };

const WORKER_FILE = path.join(__dirname, "document-worker.mjs");

export class DocumentWorker {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private busy = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private seq = 0;

  constructor(private readonly limits: WorkerLimits = DEFAULT_WORKER_LIMITS) {}

  read(kind: "pdf" | "docx", bytes: Uint8Array): Promise<WorkerAnswer> {
    return new Promise((resolve) => {
      // a copy: the bytes are transferred to the worker and the caller keeps its own
      this.queue.push({ kind, bytes: new Uint8Array(bytes), resolve });
      this.next();
    });
  }

  /** Ends the worker now (tests, shutdown). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_FILE, {
      workerData: { pdfjsPath: require.resolve("pdfjs-dist/legacy/build/pdf.mjs"), mammothPath: require.resolve("mammoth") },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    return w;
  }

  private next(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) {
      this.idleTimer = setTimeout(() => void this.close(), this.limits.idleMs);
      this.idleTimer.unref();
      this.worker?.unref();
      return;
    }
    clearTimeout(this.idleTimer);
    this.busy = true;
    const w = (this.worker ??= this.spawn());
    w.ref();
    const id = ++this.seq;
    let settled = false;
    const finish = (answer: WorkerAnswer, broken: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      if (broken && this.worker === w) {
        this.worker = undefined;
        void w.terminate();
      }
      this.busy = false;
      job.resolve(answer);
      this.next();
    };
    const onMessage = (m: { id: number } & WorkerAnswer) => {
      if (m.id === id) finish(m, false);
    };
    const onError = (e: Error & { code?: string }) =>
      finish(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { ok: false, code: "OUT_OF_MEMORY", message: "reading the file needed more memory than allowed" }
          : { ok: false, code: "CORRUPT", message: `the file could not be read (${e.message.slice(0, 120)})` },
        true,
      );
    const onExit = () => finish({ ok: false, code: "CORRUPT", message: "the reader stopped while reading the file" }, true);
    const timer = setTimeout(() => finish({ ok: false, code: "TIMEOUT", message: `reading the file took longer than ${Math.round(this.limits.timeoutMs / 1000)} s` }, true), this.limits.timeoutMs);
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage({ id, kind: job.kind, bytes: job.bytes, maxPages: this.limits.maxPages, maxChars: this.limits.maxChars }, [job.bytes.buffer as ArrayBuffer]);
  }
}

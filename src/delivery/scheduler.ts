import { randomUUID } from "node:crypto";
import { Cron } from "croner";
import type { Clock } from "../domain/clock";
import { isoWeek, zonedDate, type IsoWeek, type LocalDate } from "../domain/working-days";
import type { EnqueueRequest, LeaseDoc, LeaseStore, Outbox } from "./ports";

/** What a job's query sees: the instant and its calendar facts in TIME_ZONE. */
export interface JobContext {
  readonly at: Date;
  readonly timeZone: string;
  readonly localDate: LocalDate;
  readonly isoWeek: IsoWeek;
}

/**
 * A job registered by a feature: when instances wake (croner pattern in TIME_ZONE) and a query for the
 * work due at an instant. Each returned request is enqueued with its deterministic id, so running a job
 * twice never posts twice.
 */
export interface ScheduledJob {
  readonly name: string;
  /** e.g. "0 7 * * 1-5" (07:00 on weekdays in TIME_ZONE); checks may run it at any instant with runDue. */
  readonly schedule: string;
  due(ctx: JobContext): Promise<readonly EnqueueRequest[]>;
  /**
   * Reads only: whether the slot may have work at all. When it says no, the slot is skipped without a
   * claim, so an idle bot writes nothing (a claim and its release are two writes every run otherwise).
   * Without it every slot is claimed.
   */
  pending?(ctx: JobContext): Promise<boolean>;
}

export interface JobRun {
  readonly job: string;
  /** The minute this run stands for; a job runs once per slot across all instances. */
  readonly slot: string;
  readonly status: "ran" | "skipped" | "failed";
  /** Skipped: why. Ran with NOTHING_DUE: the job's `pending` found no work, so the slot was not claimed. */
  readonly reason?: "ALREADY_RAN" | "LEASE_HELD" | "NOTHING_DUE";
  /** Outbox ids created by this run. */
  readonly enqueued: readonly string[];
  /** Outbox ids the query found that were already in the outbox. */
  readonly alreadyQueued: readonly string[];
  readonly error?: string;
}

/** A job that stops being registered leaves its lease document; it expires (active jobs rewrite it). */
const LEASE_TTL_SECONDS = 35 * 24 * 3600;

export interface SchedulerOptions {
  readonly leases: LeaseStore;
  readonly outbox: Outbox;
  readonly timeZone: string;
  readonly clock: Clock;
  readonly owner?: string;
  /** A name that stays the same across restarts of this instance: its own stale claims are taken over at once. */
  readonly instance?: string;
  /**
   * How long a claim lasts unless renewed (ms, default 15 s). A run renews it every third of that while
   * it works; a claim left by a crashed instance is taken over once it expires.
   */
  readonly leaseMs?: number;
  readonly logger?: { info(o: object, m?: string): void; warn(o: object, m?: string): void };
}

const slotOf = (at: Date) => new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString();

/**
 * Runs on every instance (croner); a job's run for a minute happens once, guarded by a lease document
 * with ETag in the `leases` container.
 */
export class Scheduler {
  readonly owner: string;
  private readonly registered = new Map<string, ScheduledJob>();
  private crons: Cron[] = [];
  private running = new Set<Promise<unknown>>();
  private watchdog: NodeJS.Timeout | undefined;
  private takeovers = new Map<string, NodeJS.Timeout>();
  /** Jobs this instance is running now. */
  private readonly active = new Set<string>();

  constructor(private readonly o: SchedulerOptions) {
    this.owner = o.owner ?? `${o.instance ?? "scheduler"}/${randomUUID()}`;
  }

  register(job: ScheduledJob): void {
    if (this.registered.has(job.name)) throw new Error(`scheduler job ${job.name} registered twice`);
    new Cron(job.schedule, { timezone: this.o.timeZone, paused: true }).stop(); // validates the pattern
    this.registered.set(job.name, job);
  }

  jobs(): { name: string; schedule: string; next: string | undefined }[] {
    return [...this.registered.values()].map((j) => ({
      name: j.name,
      schedule: j.schedule,
      next: new Cron(j.schedule, { timezone: this.o.timeZone, paused: true }).nextRun(this.o.clock.now())?.toISOString(),
    }));
  }

  /** Runs every registered job (or the named ones) for the instant `at`, each once per minute across instances. */
  async runDue(at: Date, only?: readonly string[]): Promise<JobRun[]> {
    const out: JobRun[] = [];
    for (const job of this.registered.values()) {
      if (only && !only.includes(job.name)) continue;
      out.push(await this.runJob(job, at));
    }
    return out;
  }

  async lastRuns(): Promise<LeaseDoc[]> {
    return this.o.leases.list();
  }

  /** A claim left by an earlier life of this instance (it crashed; nobody else holds this name). */
  private stale(holder: string | undefined): boolean {
    return !!this.o.instance && !!holder && holder !== this.owner && holder.startsWith(`${this.o.instance}/`);
  }

  private get leaseMs(): number {
    return this.o.leaseMs ?? 15_000;
  }

  private contextOf(at: Date): JobContext {
    return { at, timeZone: this.o.timeZone, localDate: zonedDate(at, this.o.timeZone), isoWeek: isoWeek(at, this.o.timeZone) };
  }

  /** A takeover finishes a claim a crash left, so it never asks `pending` (the claim must be settled). */
  private async runJob(job: ScheduledJob, at: Date, takeover = false): Promise<JobRun> {
    // A takeover and the watchdog (or a cron tick) can reach the same job at once in this process; the
    // lease cannot tell them apart (same holder), so one of them stands back here.
    if (this.active.has(job.name)) return { job: job.name, slot: slotOf(at), status: "skipped", reason: "LEASE_HELD", enqueued: [], alreadyQueued: [] };
    this.active.add(job.name);
    try {
      return await this.runJobOnce(job, at, takeover);
    } finally {
      this.active.delete(job.name);
    }
  }

  private async runJobOnce(job: ScheduledJob, at: Date, takeover: boolean): Promise<JobRun> {
    const slot = slotOf(at);
    const id = `job:${job.name}`;
    if (!takeover && job.pending && !(await job.pending(this.contextOf(at)))) {
      return { job: job.name, slot, status: "ran", reason: "NOTHING_DUE", enqueued: [], alreadyQueued: [] };
    }
    const nowMs = Date.now();
    let reason: JobRun["reason"];
    const took = await this.o.leases.change(id, (cur) => {
      if (cur?.lastSlot === slot) {
        reason = "ALREADY_RAN";
        return undefined;
      }
      if (cur?.holder && cur.holder !== this.owner && !this.stale(cur.holder) && (cur.until ?? "") > new Date(nowMs).toISOString()) {
        reason = "LEASE_HELD";
        return undefined;
      }
      reason = undefined;
      const base = cur ?? { id, type: "lease" as const };
      return { ...base, holder: this.owner, until: new Date(nowMs + this.leaseMs).toISOString(), slot, at: at.toISOString(), ttl: LEASE_TTL_SECONDS };
    });
    if (!took) {
      if (reason === "LEASE_HELD") this.watch(job);
      return { job: job.name, slot, status: "skipped", reason: reason ?? "LEASE_HELD", enqueued: [], alreadyQueued: [] };
    }
    const renewal = setInterval(() => void this.renew(id, slot), Math.max(100, Math.floor(this.leaseMs / 3)));
    renewal.unref?.();
    const enqueued: string[] = [];
    const alreadyQueued: string[] = [];
    let error: string | undefined;
    try {
      const ctx = this.contextOf(at);
      // Enqueueing is idempotent (deterministic ids): a takeover after a crash re-queues nothing twice.
      for (const req of await job.due(ctx)) {
        const r = await this.o.outbox.enqueue(req);
        if (r.ok && r.created) enqueued.push(req.id);
        else if (r.ok) alreadyQueued.push(req.id);
        else throw new Error(`${req.id}: ${r.code}`);
      }
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      clearInterval(renewal);
    }
    await this.o.leases.change(id, (cur) =>
      !cur || cur.holder !== this.owner
        ? undefined
        : {
            ...cur,
            holder: undefined,
            until: undefined,
            slot: undefined,
            at: undefined,
            ...(error ? {} : { lastSlot: slot, lastRunAt: this.o.clock.now().toISOString(), lastEnqueued: enqueued.length }),
          },
    );
    if (error) this.o.logger?.warn({ job: job.name, slot, error }, "scheduled job failed");
    else if (enqueued.length > 0) this.o.logger?.info({ job: job.name, slot, enqueued: enqueued.length }, "scheduled job ran");
    return { job: job.name, slot, status: error ? "failed" : "ran", enqueued, alreadyQueued, error };
  }

  private async renew(id: string, slot: string): Promise<void> {
    await this.o.leases
      .change(id, (cur) => (cur && cur.holder === this.owner && cur.slot === slot ? { ...cur, until: new Date(Date.now() + this.leaseMs).toISOString() } : undefined)).catch((err) => this.o.logger?.warn({ err, id }, "lease renewal failed"));
  }

  /**
   * Looks at a job's lease: a claim another instance left unfinished is run again for its slot once the
   * lease has expired (at once when it already has). One point read per job; no query.
   */
  private async checkLease(job: ScheduledJob): Promise<void> {
    const id = `job:${job.name}`;
    const cur = await this.o.leases.read(id);
    if (!cur?.holder || !cur.slot || cur.holder === this.owner || cur.lastSlot === cur.slot) return;
    const untilMs = Date.parse(cur.until ?? "") || 0;
    if (untilMs > Date.now() && !this.stale(cur.holder)) {
      this.watch(job, untilMs);
      return;
    }
    this.o.logger?.warn({ job: job.name, slot: cur.slot, holder: cur.holder }, "taking over a run whose lease expired");
    this.track(this.runJob(job, new Date(cur.at ?? cur.slot), true));
  }

  /** Checks the job's lease again when the current claim expires (or after one lease period). */
  private watch(job: ScheduledJob, untilMs = Date.now() + this.leaseMs): void {
    if (this.crons.length === 0 || this.takeovers.has(job.name)) return;
    const t = setTimeout(() => {
      this.takeovers.delete(job.name);
      this.track(this.checkLease(job));
    }, Math.max(0, untilMs - Date.now()) + 50);
    t.unref?.();
    this.takeovers.set(job.name, t);
  }

  private track(p: Promise<unknown>): void {
    const q = p.catch((err) => this.o.logger?.warn({ err }, "scheduler check failed"));
    this.running.add(q);
    void q.finally(() => this.running.delete(q));
  }

  /**
   * Starts croner for every registered job on this instance; the lease makes each run happen once. Every
   * lease period each job's lease is read once, so a claim left by a crash (here before a restart, or on
   * another instance) is taken over within a lease of its expiry.
   */
  start(): void {
    if (this.crons.length > 0) return;
    for (const job of this.registered.values()) {
      const cron = new Cron(job.schedule, { timezone: this.o.timeZone, protect: true, unref: true }, async () => {
        const p = this.runJob(job, this.o.clock.now()).catch((err) => this.o.logger?.warn({ err, job: job.name }, "scheduler tick failed"));
        this.running.add(p);
        await p;
        this.running.delete(p);
      });
      this.crons.push(cron);
    }
    const check = () => {
      for (const job of this.registered.values()) this.track(this.checkLease(job));
    };
    check();
    this.watchdog = setInterval(check, this.leaseMs);
    this.watchdog.unref?.();
  }

  async stop(): Promise<void> {
    for (const c of this.crons) c.stop();
    this.crons = [];
    if (this.watchdog) clearInterval(this.watchdog);
    for (const t of this.takeovers.values()) clearTimeout(t);
    this.takeovers.clear();
    await Promise.allSettled([...this.running]);
  }
}

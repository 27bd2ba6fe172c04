import { randomUUID } from "node:crypto";
import type { Container } from "@azure/cosmos";
import { Cron } from "croner";
import type { Clock } from "../domain/clock";
import { isoWeek, zonedDate, type IsoWeek, type LocalDate } from "../domain/working-days";
import { mutateDoc, queryAll, UNCHANGED } from "../storage/documents";
import type { EnqueueRequest, Outbox } from "./outbox";

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
}

export interface JobRun {
  readonly job: string;
  /** The minute this run stands for; a job runs once per slot across all instances. */
  readonly slot: string;
  readonly status: "ran" | "skipped" | "failed";
  readonly reason?: "ALREADY_RAN" | "LEASE_HELD";
  /** Outbox ids created by this run. */
  readonly enqueued: readonly string[];
  /** Outbox ids the query found that were already in the outbox. */
  readonly alreadyQueued: readonly string[];
  readonly error?: string;
}

interface LeaseDoc {
  id: string;
  type: "lease";
  holder?: string;
  until?: string;
  slot?: string;
  lastSlot?: string;
  lastRunAt?: string;
  lastEnqueued?: number;
}

export interface SchedulerOptions {
  readonly leases: Container;
  readonly outbox: Outbox;
  readonly timeZone: string;
  readonly clock: Clock;
  readonly owner?: string;
  /** How long a run may hold its lease before another instance may take over (ms). */
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

  constructor(private readonly o: SchedulerOptions) {
    this.owner = o.owner ?? `scheduler-${randomUUID()}`;
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
    return queryAll<LeaseDoc>(this.o.leases, "SELECT * FROM c WHERE c.type = 'lease'");
  }

  private async runJob(job: ScheduledJob, at: Date): Promise<JobRun> {
    const slot = slotOf(at);
    const id = `job:${job.name}`;
    const nowMs = Date.now();
    const leaseMs = this.o.leaseMs ?? 5 * 60_000;
    let reason: JobRun["reason"];
    const took = await mutateDoc<LeaseDoc>(this.o.leases, id, id, (cur) => {
      if (cur?.lastSlot === slot) {
        reason = "ALREADY_RAN";
        return UNCHANGED;
      }
      if (cur?.holder && cur.holder !== this.owner && (cur.until ?? "") > new Date(nowMs).toISOString()) {
        reason = "LEASE_HELD";
        return UNCHANGED;
      }
      reason = undefined;
      return { ...(cur ?? { id, type: "lease" as const }), holder: this.owner, until: new Date(nowMs + leaseMs).toISOString(), slot };
    });
    if (took.kind !== "written") {
      return { job: job.name, slot, status: "skipped", reason: reason ?? "LEASE_HELD", enqueued: [], alreadyQueued: [] };
    }
    const enqueued: string[] = [];
    const alreadyQueued: string[] = [];
    let error: string | undefined;
    try {
      const ctx: JobContext = { at, timeZone: this.o.timeZone, localDate: zonedDate(at, this.o.timeZone), isoWeek: isoWeek(at, this.o.timeZone) };
      for (const req of await job.due(ctx)) {
        const r = await this.o.outbox.enqueue(req);
        if (r.ok && r.created) enqueued.push(req.id);
        else if (r.ok) alreadyQueued.push(req.id);
        else throw new Error(`${req.id}: ${r.code}`);
      }
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    await mutateDoc<LeaseDoc>(this.o.leases, id, id, (cur) =>
      !cur || cur.holder !== this.owner
        ? UNCHANGED
        : {
            ...cur,
            holder: undefined,
            until: undefined,
            slot: undefined,
            ...(error ? {} : { lastSlot: slot, lastRunAt: this.o.clock.now().toISOString(), lastEnqueued: enqueued.length }),
          },
    );
    if (error) this.o.logger?.warn({ job: job.name, slot, error }, "scheduled job failed");
    else if (enqueued.length > 0) this.o.logger?.info({ job: job.name, slot, enqueued: enqueued.length }, "scheduled job ran");
    return { job: job.name, slot, status: error ? "failed" : "ran", enqueued, alreadyQueued, error };
  }

  /** Starts croner for every registered job on this instance; the lease makes each run happen once. */
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
  }

  async stop(): Promise<void> {
    for (const c of this.crons) c.stop();
    this.crons = [];
    await Promise.allSettled([...this.running]);
  }
}

import type { Command } from "commander";
import type { JobRun, OutboxItem } from "../../../src/delivery";
import { CliError, type CliContext } from "../context";

const OUTBOX_STATES = ["pending", "sending", "sent", "failed"] as const;

export function register(program: Command, ctx: CliContext): void {
  const scheduler = program.command("scheduler").description("scheduled jobs (kallelse, reminders, digests) and the outbox of proactive posts");
  registerRun(scheduler, ctx);
  registerJobs(scheduler, ctx);
  registerOutbox(scheduler, ctx);
}

/** `--at`: an ISO instant (a date alone would be read as UTC midnight, which nobody means). */
function parseAt(at: string | undefined): Date | undefined {
  if (at === undefined) return undefined;
  const d = new Date(at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(d.getTime())) throw new CliError(`--at: not an ISO instant: ${at}`, 2);
  return d;
}

function runsText(result: { at: string; timeZone: string; runs: readonly JobRun[] }): string {
  if (result.runs.length === 0) return `${result.at}: no jobs are registered.`;
  return [
    `${result.at} (${result.timeZone}):`,
    ...result.runs.map(
      (r) =>
        `  ${r.job.padEnd(16)} ${r.status}${r.reason ? ` (${r.reason})` : ""}${r.error ? `: ${r.error}` : ""}, ${r.enqueued.length} queued, ${r.alreadyQueued.length} already queued` +
        r.enqueued.map((id) => `\n    + ${id}`).join(""),
    ),
  ].join("\n");
}

function registerRun(scheduler: Command, ctx: CliContext): void {
  scheduler
    .command("run")
    .description("run the jobs due at an instant (default: now, or SAMVERKAN_NOW), once, and print what they queued")
    .option("--at <instant>", "ISO instant to run at, e.g. 2026-12-07T07:00:00+01:00")
    .option("--job <name...>", "only these jobs")
    .option("--json", "print JSON")
    .action(async (opts: { at?: string; job?: string[]; json?: boolean }) => {
      const at = parseAt(opts.at);
      const result = await ctx.withServices(async (s) => {
        const d = s.delivery;
        const when = at ?? s.clock.now();
        const known = d.scheduler.jobs().map((j) => j.name);
        const unknown = (opts.job ?? []).filter((j) => !known.includes(j));
        if (unknown.length > 0) throw new CliError(`unknown job: ${unknown.join(", ")} (known: ${known.join(", ") || "none"})`, 2);
        const runs = await d.scheduler.runDue(when, opts.job);
        return { at: when.toISOString(), timeZone: s.config.timeZone, runs };
      });
      ctx.print(!!opts.json, result, () => runsText(result));
      if (result.runs.some((r) => r.status === "failed")) throw new CliError("some jobs failed", 1);
    });
}

function registerJobs(scheduler: Command, ctx: CliContext): void {
  scheduler
    .command("jobs")
    .description("the registered jobs, their schedules (in TIME_ZONE) and next run")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const jobs = await ctx.withServices(async (s) => {
        const d = s.delivery;
        const leases = await d.scheduler.lastRuns();
        return d.scheduler.jobs().map((j) => ({ ...j, lastSlot: leases.find((l) => l.id === `job:${j.name}`)?.lastSlot ?? null }));
      });
      ctx.print(!!opts.json, jobs, () =>
        jobs.length === 0 ? "No jobs are registered." : jobs.map((j) => `${j.name.padEnd(16)} ${j.schedule.padEnd(16)} next ${j.next ?? "-"}  last ${j.lastSlot ?? "-"}`).join("\n"),
      );
    });
}

function registerOutbox(scheduler: Command, ctx: CliContext): void {
  scheduler
    .command("outbox")
    .description("proactive posts and card updates and their states")
    .option("--state <state>", `only ${OUTBOX_STATES.join("|")}`)
    .option("--json", "print JSON")
    .action(async (opts: { state?: string; json?: boolean }) => {
      if (opts.state !== undefined && !(OUTBOX_STATES as readonly string[]).includes(opts.state)) {
        throw new CliError(`--state must be one of ${OUTBOX_STATES.join(", ")}`, 2);
      }
      const items = await ctx.withServices((s) => s.delivery.outbox.list(opts.state as OutboxItem["state"] | undefined));
      const data = items.map((i) => ({
        id: i.id,
        op: i.op,
        state: i.state,
        target: i.target.kind === "person" ? `person ${i.target.userId}` : `${i.target.kind} ${i.target.conversationId}`,
        attempts: i.attempts,
        activityId: i.activityId ?? null,
        notReached: i.notReached ?? false,
        error: i.error?.code ?? null,
        createdAt: i.createdAt,
        sentAt: i.sentAt ?? null,
      }));
      ctx.print(!!opts.json, data, () =>
        data.length === 0
          ? "The outbox is empty."
          : data.map((d) => `${d.state.padEnd(8)} ${d.id}  → ${d.target}${d.error ? `  [${d.error}]` : ""}${d.notReached ? " (not reached)" : ""}`).join("\n"),
      );
    });
}

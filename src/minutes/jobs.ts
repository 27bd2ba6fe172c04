import type { ScheduledJob } from "../delivery/scheduler";
import type { MinutesService } from "./minutes-service";

export const MINUTES_JOB = "minutes-reminders";

/**
 * Hourly (catches up): a 1:1 reminder to each approver who has not approved once "justeras senast" has
 * passed (outbox id per approver and version, so at most once each), and the follow-up of approved
 * minutes whose posts were not made (a crash right after the transition).
 */
export function minutesJob(minutes: MinutesService): ScheduledJob {
  return {
    name: MINUTES_JOB,
    schedule: "5 * * * *",
    // Most hours have nothing to do: then the slot is not claimed and nothing is written.
    pending: (ctx) => minutes.jobPending(ctx.at),
    async due(ctx) {
      await minutes.catchUp();
      return minutes.remindersDue(ctx.at);
    },
  };
}

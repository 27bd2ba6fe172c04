/**
 * What the weekly digest needs from minutes approval (issue #7), as a port: the digest (issue #8) reads
 * it, the minutes feature implements it (src/minutes/digest-source.ts). Dates are local dates
 * (YYYY-MM-DD) in TIME_ZONE; `at` is the instant the digest is composed for.
 */
export interface MinutesAwaitingApproval {
  readonly groupId: string;
  readonly minutesId: string;
  readonly meetingId: string;
  /** The meeting's local date. */
  readonly meetingDate: string;
  /** "Justeras senast": the approval due date, when one was set. */
  readonly dueDate?: string;
  /** The due date has passed at `at`. */
  readonly overdue: boolean;
  readonly approvedCount: number;
  readonly approverCount: number;
  /** Names of approvers who still have to approve. */
  readonly pending: readonly string[];
  /** Names of approvers the bot could not reach 1:1. */
  readonly notReached: readonly string[];
}

export interface FollowUp {
  readonly groupId: string;
  readonly minutesId: string;
  readonly meetingDate: string;
  readonly kind: "decision" | "action";
  readonly text: string;
  readonly responsible?: string;
  /** Local date the decision or action is due, when the minutes give one. */
  readonly due?: string;
  /** Due before `at`'s local date and not marked done. */
  readonly overdue: boolean;
}

export interface MinutesDigestSource {
  /** Minutes of the group whose approval was requested and is not complete. Overdue first. */
  awaitingApproval(groupId: string, at: Date): Promise<readonly MinutesAwaitingApproval[]>;
  /** Decisions and action items of approved minutes that are due within `withinDays` of `at`, or overdue. */
  followUps(groupId: string, at: Date, withinDays: number): Promise<readonly FollowUp[]>;
}

import { z } from "zod";
import { LanguageSchema } from "../domain/language";
import type { LocalDate } from "../domain/working-days";
import type { FollowUp, MinutesAwaitingApproval } from "./ports";

/**
 * Weekly digest: subscriptions (conversations container, partition /tenantId, one per channel) and the
 * composed content (plain data with codes; src/i18n/<lang>/digest.ts and cards/digest.ts render it).
 */

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const; // ISO: Monday = 1 … Sunday = 7

export const DEFAULT_SCHEDULE = { weekday: 1, time: "08:00" } as const;

export const DigestSubscriptionSchema = z.object({
  id: z.string(),
  type: z.literal("digestSubscription"),
  tenantId: z.string(),
  /** The channel's conversation id, without any ";messageid=" thread suffix. */
  conversationId: z.string(),
  /** ISO weekday (Monday = 1) and wall time in TIME_ZONE; a non-working day moves to the next working day. */
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** The channel's language for the digest (default Swedish). */
  language: LanguageSchema,
  /** on: digests are sent; off: turned off by a person; paused: the bot was removed or the channel answered 403. */
  status: z.enum(["on", "off", "paused"]),
  /** Digests of weeks whose send time is before this instant are never sent (no back-filling). */
  since: z.string(),
  revision: z.number().int().min(1),
  updatedBy: z.object({ userId: z.string(), name: z.string().default("") }),
  updatedAt: z.string(),
  pausedAt: z.string().optional(),
});
export type DigestSubscription = z.infer<typeof DigestSubscriptionSchema>;

export interface DigestMeeting {
  readonly meetingId: string;
  readonly date: LocalDate;
  readonly time: string;
  readonly place?: string;
}

export interface DigestDeadline {
  readonly meetingId: string;
  readonly meetingDate: LocalDate;
  /** Items for the meeting are due by the end of this day. */
  readonly itemDeadline: LocalDate;
}

export interface DigestTriageItem {
  readonly itemId: string;
  readonly title: string;
  readonly submittedDate: LocalDate;
  readonly late: boolean;
}

/** The governance calendar: duties no one tracks today, from the mandate (catalog) and the group's roles. */
export type GovernanceNote =
  | { readonly code: "ANNUAL_REPORT"; readonly due: LocalDate; readonly what: string; readonly to?: string }
  | { readonly code: "ANNUAL_REPORT_UNDATED"; readonly what: string; readonly to?: string }
  | { readonly code: "MANDATE_EXPIRED"; readonly until: LocalDate }
  | { readonly code: "MANDATE_ENDING"; readonly until: LocalDate }
  | { readonly code: "REVISION_PASSED"; readonly reviseBy: LocalDate; readonly text: string }
  | { readonly code: "PLACEHOLDERS"; readonly texts: readonly string[] }
  | { readonly code: "MISSING_FIELDS"; readonly fields: readonly string[] }
  | { readonly code: "REGIONS_MISSING"; readonly regions: readonly string[] }
  /** Every region is to take part but the catalog does not list the organisation's regions. */
  | { readonly code: "REGIONS_UNKNOWN"; readonly represented: readonly string[] };

export interface DigestGroup {
  readonly groupId: string;
  readonly name: string;
  readonly meetings: readonly DigestMeeting[];
  readonly deadlines: readonly DigestDeadline[];
  readonly triage: readonly DigestTriageItem[];
  /** Overdue first. */
  readonly minutes: readonly MinutesAwaitingApproval[];
  /** Overdue first, then by due date. */
  readonly followUps: readonly FollowUp[];
  readonly governance: readonly GovernanceNote[];
}

export interface Digest {
  /** The ISO week the digest is for ("2027-W06"). */
  readonly week: string;
  /** The local date (TIME_ZONE) the content is composed for. */
  readonly date: LocalDate;
  /** The instant the content is composed for. */
  readonly at: string;
  readonly conversationId?: string;
  readonly groups: readonly DigestGroup[];
  /** Nothing to say for any group. */
  readonly empty: boolean;
}

export const groupIsEmpty = (g: DigestGroup): boolean =>
  g.meetings.length + g.deadlines.length + g.triage.length + g.minutes.length + g.followUps.length + g.governance.length === 0;

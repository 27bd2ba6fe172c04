import type { Actor, AgendaItem, Meeting, RoleAssignment, RoleKind } from "../agenda/schema";
import type { MeetingDates } from "../agenda/deadlines";
import type { DigestSubscription } from "./schema";

/** A channel: its tenant (the subscriptions' partition) and conversation id (any ";messageid=" suffix is ignored). */
export interface ChannelRef {
  readonly tenantId: string;
  readonly conversationId: string;
}

/** What a subscription change did; the store guards the read-modify-write with the stored version (ETag). */
export type SubscriptionChange =
  | { readonly kind: "written"; readonly subscription: DigestSubscription; readonly created: boolean }
  | { readonly kind: "unchanged"; readonly subscription: DigestSubscription | undefined }
  | { readonly kind: "conflict" };

/** The digest subscriptions, one per channel (src/digest/cosmos-subscriptions.ts is the Cosmos adapter). */
export interface SubscriptionStore {
  get(channel: ChannelRef): Promise<DigestSubscription | undefined>;
  /** Every subscription, by conversation id. */
  list(): Promise<DigestSubscription[]>;
  /**
   * Read-modify-write of a channel's subscription: `decide` gets the current one (undefined when none)
   * and returns the next, or undefined to leave it. It is called again after a lost race, so it must be
   * a pure decision over what it is given. The store gives the document its id.
   */
  change(channel: ChannelRef, decide: (current: DigestSubscription | undefined) => Omit<DigestSubscription, "id"> | undefined): Promise<SubscriptionChange>;
}

/** What the digest reads from the agenda (the AgendaService implements it). */
export interface DigestAgenda {
  /** The groups whose home channel this is. */
  groupsOfChannel(conversationId: string): Promise<string[]>;
  rolesOf(actor: Actor, groupId: string): Promise<RoleKind[]>;
  listRoles(groupId: string): Promise<RoleAssignment[]>;
  listMeetings(groupId: string): Promise<(Meeting & { dates: MeetingDates })[]>;
  listItems(groupId: string): Promise<AgendaItem[]>;
}

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

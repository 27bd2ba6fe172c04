import { createHash } from "node:crypto";
import { z } from "zod";
import type { LineIssue } from "./parse";

/**
 * Minutes (protokoll / minnesanteckningar) of a meeting and their approval (justering). Documents live in
 * the `work` container (partition /groupId): `minutes` (one per meeting, id `minutes:<meetingId>`),
 * `minutesSettings` (id `minutesSettings`, per group) and `minutesAudit` (append-only).
 *
 * The version of the content is a hash of its canonical form (never the Cosmos ETag): an approval is
 * bound to it, and any change of the content makes a new version, clears the approvals and asks again.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const LIMITS = {
  title: 300,
  discussion: 60_000,
  decision: 8_000,
  name: 200,
  items: 200,
  actions: 50,
  attendees: 200,
  comment: { min: 3, max: 2_000 },
  reason: { min: 3, max: 1_000 },
  /** The content as JSON (Cosmos allows 2 MB per document). */
  contentBytes: 1_200_000,
} as const;

export const MinutesActionSchema = z.object({
  text: z.string().trim().min(1).max(LIMITS.decision),
  responsible: z.string().trim().min(1).max(LIMITS.name).optional(),
  due: date.optional(),
});
export type MinutesAction = z.infer<typeof MinutesActionSchema>;

/** One agenda item (paragraf) of the minutes. */
export const MinutesItemSchema = z.object({
  no: z.number().int().min(1),
  title: z.string().trim().min(1).max(LIMITS.title),
  discussion: z.string().max(LIMITS.discussion).default(""),
  decision: z.string().trim().min(1).max(LIMITS.decision).optional(),
  /** Who carries out the decision, when the minutes say. */
  responsible: z.string().trim().min(1).max(LIMITS.name).optional(),
  /** When the decision is to be carried out. */
  due: date.optional(),
  actions: z.array(MinutesActionSchema).max(LIMITS.actions).default([]),
});
export type MinutesItem = z.infer<typeof MinutesItemSchema>;

/** What the secretary writes; the version is the hash of exactly this (canonical form). */
export const MinutesContentSchema = z.object({
  attendees: z.array(z.string().trim().min(1).max(LIMITS.name)).max(LIMITS.attendees).default([]),
  /** Justerare by name, as the minutes state them; matched to the group's role holders on request. */
  adjusters: z.array(z.string().trim().min(1).max(LIMITS.name)).max(20).default([]),
  items: z.array(MinutesItemSchema).min(1).max(LIMITS.items),
});
export type MinutesContent = z.infer<typeof MinutesContentSchema>;

export const STATUSES = ["draft", "requested", "approved"] as const;
export type MinutesStatus = (typeof STATUSES)[number];

/** The identity an action was taken with (from the activity or the CLI, never card data). */
export const IdentitySchema = z.object({
  userId: z.string(),
  name: z.string().default(""),
  aadObjectId: z.string().optional(),
  teamsId: z.string().optional(),
  tenantId: z.string().optional(),
  /** "teams" or "cli". */
  via: z.string().optional(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const ApproverSchema = z.object({
  /** personKey: the Entra object id when known, else the Teams id. */
  key: z.string(),
  name: z.string(),
  aadObjectId: z.string().optional(),
  teamsId: z.string().optional(),
  tenantId: z.string().optional(),
  /** Why this person approves: chair, adjuster, … */
  roles: z.array(z.string()),
});
export type Approver = z.infer<typeof ApproverSchema>;

/** One approval, appended to the minutes atomically (no read-modify-write: approvers never contend). */
export const ApprovalSchema = z.object({
  key: z.string(),
  version: z.string(),
  /** The round it was given in (an approval counts only in its own round and version). */
  round: z.number().int().optional(),
  at: z.string(),
  by: IdentitySchema,
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const ChangeRequestSchema = z.object({
  key: z.string(),
  version: z.string(),
  at: z.string(),
  by: IdentitySchema,
  comment: z.string(),
  itemNo: z.number().int().optional(),
  /** The minutes revision this request made: it withdraws the requester's approvals recorded before it. */
  revision: z.number().int().optional(),
});
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;

export const RecipientSchema = z.object({
  /** Catalog entry id when the mandate's recipient resolves to one. */
  entryId: z.string().optional(),
  name: z.string(),
  /** posted: enqueued to the recipient's home channel; awaiting: no channel (or not a catalog body). */
  status: z.enum(["posted", "awaiting"]),
  outboxId: z.string().optional(),
  /** The mandate's clause it comes from. */
  clause: z.string().optional(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const MinutesSchema = z.object({
  id: z.string(),
  type: z.literal("minutes"),
  groupId: z.string(),
  meetingId: z.string(),
  meetingDate: date,
  status: z.enum(STATUSES),
  content: MinutesContentSchema,
  /** Hash of the canonical content. */
  version: z.string(),
  /** 1, 2, …: +1 whenever the content (and so the version) changes. */
  versionNo: z.number().int().min(1),
  /** +1 on every write (cards and updates order by it); never the ETag. */
  revision: z.number().int().min(1),
  /** Approval rounds: +1 each time approval is asked for (a new version while requested asks again). */
  round: z.number().int().min(0),
  approvers: z.array(ApproverSchema),
  /**
   * Approvals, appended one by one by a server-side patch (never a read-modify-write, so concurrent
   * approvers never retry); only those of the current round and version count (src/minutes/tally.ts).
   */
  approvals: z.array(ApprovalSchema),
  changeRequests: z.array(ChangeRequestSchema),
  /** "Justeras senast" (local date). */
  dueDate: date.optional(),
  requestedAt: z.string().optional(),
  requestedBy: IdentitySchema.optional(),
  approvedAt: z.string().optional(),
  /** Changes after approval: each made a new revision with a reason. */
  revisions: z.array(z.object({ versionNo: z.number().int(), version: z.string(), reason: z.string(), by: IdentitySchema, at: z.string() })),
  distribution: z.array(RecipientSchema).optional(),
  /** The round whose cards went out: below `round`, the posts are still to be made (a crash is caught up). */
  postedRound: z.number().int().optional(),
  /** Approvers the bot could not reach 1:1 in a round (written in the background when it changes). */
  notReached: z.object({ round: z.number().int(), keys: z.array(z.string()) }).optional(),
  createdAt: z.string(),
  createdBy: IdentitySchema,
  updatedAt: z.string(),
  updatedBy: IdentitySchema,
});
export type Minutes = z.infer<typeof MinutesSchema>;

export const APPROVER_ROLES = ["chair", "viceChair", "adjuster", "secretary", "member"] as const;
export const ApproverRoleSchema = z.enum(APPROVER_ROLES);
export type ApproverRole = z.infer<typeof ApproverRoleSchema>;

export const DEFAULT_MINUTES_SETTINGS = { approverRoles: ["chair", "adjuster"] as ApproverRole[], approvalDays: 7 };

export const MinutesSettingsSchema = z.object({
  id: z.literal("minutesSettings"),
  type: z.literal("minutesSettings"),
  groupId: z.string(),
  /** Who approves: chair and adjusters by default. */
  approverRoles: z.array(ApproverRoleSchema).min(1),
  /** "Justeras senast" = the later of the meeting date and the request date + this many days. */
  approvalDays: z.number().int().min(1).max(90),
  revision: z.number().int().min(1),
  updatedBy: IdentitySchema,
  updatedAt: z.string(),
});
export type MinutesSettings = z.infer<typeof MinutesSettingsSchema>;

export const MINUTES_ACTIONS = ["load", "edit", "request", "approve", "requestChanges", "approved", "revise", "distribute", "settings", "refused"] as const;


export const MinutesAuditSchema = z.object({
  id: z.string(),
  type: z.literal("minutesAudit"),
  groupId: z.string(),
  minutesId: z.string(),
  at: z.string(),
  action: z.enum(MINUTES_ACTIONS),
  actor: IdentitySchema,
  version: z.string(),
  versionNo: z.number().int(),
  details: z.record(z.unknown()).default({}),
});
export type MinutesAudit = z.infer<typeof MinutesAuditSchema>;

export type MinutesCode =
  | "NOT_ALLOWED"
  | "NOT_AN_APPROVER"
  | "NOT_FOUND"
  | "UNKNOWN_GROUP"
  | "UNKNOWN_MEETING"
  | "INVALID_INPUT"
  | "NOT_REQUESTED"
  | "STALE_VERSION"
  | "ALREADY_APPROVED"
  | "LOCKED"
  | "NO_APPROVERS"
  | "UNKNOWN_ADJUSTER"
  | "UNCHANGED"
  | "CONFLICT"
  | "NO_ACCESS"
  | "MEETING_NOT_HELD"
  | "PERSONAL_DATA";

export type MinutesRefusal = {
  readonly ok: false;
  readonly code: MinutesCode;
  readonly message?: string;
  /** STALE_VERSION: the current version (hash) and its number. */
  readonly version?: string;
  readonly versionNo?: number;
  readonly issues?: readonly { path: string; message: string }[];
  /** INVALID_INPUT of a pasted or loaded text: what could not be read, line by line (codes; texts per language). */
  readonly lines?: readonly LineIssue[];
  readonly names?: readonly string[];
  /** MEETING_NOT_HELD: when the meeting starts (ISO instant, and local "YYYY-MM-DD HH:MM"). */
  readonly startsAt?: string;
  readonly when?: string;
};
export type MinutesResult<T> = ({ readonly ok: true } & T) | MinutesRefusal;

export const refuse = (code: MinutesCode, extra: Omit<MinutesRefusal, "ok" | "code"> = {}): MinutesRefusal => ({ ok: false, code, ...extra });

/** The canonical form of the content: fixed key order, no empty optional fields, normalised line ends. */
export function canonicalContent(c: MinutesContent): string {
  const s = (x: string) => x.replace(/\r\n?/g, "\n");
  return JSON.stringify({
    attendees: c.attendees.map(s),
    adjusters: c.adjusters.map(s),
    items: c.items.map((i) => ({
      no: i.no,
      title: s(i.title),
      discussion: s(i.discussion),
      decision: i.decision ? s(i.decision) : null,
      responsible: i.responsible ?? null,
      due: i.due ?? null,
      actions: i.actions.map((a) => ({ text: s(a.text), responsible: a.responsible ?? null, due: a.due ?? null })),
    })),
  });
}

/** The version of a content: the first 16 hex digits of the SHA-256 of its canonical form. */
export const versionOf = (c: MinutesContent): string => createHash("sha256").update(canonicalContent(c)).digest("hex").slice(0, 16);

/** "v2 · 3fa9c1d0": what cards and the CLI show. */
export const versionLabel = (m: Pick<Minutes, "versionNo" | "version">) => `v${m.versionNo} · ${m.version.slice(0, 8)}`;

export const minutesIdOf = (meetingId: string) => `minutes:${meetingId}`;

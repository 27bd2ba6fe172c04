import { z } from "zod";
import { LanguageSchema } from "../domain/language";
import { ActorSchema, type Actor } from "../domain/actor";

/**
 * Agenda items (ärenden), meetings, roles, per-group settings and the audit log. All live in the `work`
 * container (partition key /groupId), told apart by `type`. Roles are never stored on catalog records:
 * a re-ingest of the catalog must not wipe them.
 */

export const ROLE_KINDS = ["chair", "viceChair", "secretary", "member", "coopted", "adjuster"] as const;
export const RoleKindSchema = z.enum(ROLE_KINDS);
export type RoleKind = z.infer<typeof RoleKindSchema>;

/** One holder per group for these; the others hold one document per person. */
export const SINGLE_HOLDER_ROLES: readonly RoleKind[] = ["chair", "viceChair", "secretary"];
/** Only admins assign these. */
export const ADMIN_ASSIGNED_ROLES: readonly RoleKind[] = ["chair", "viceChair", "secretary"];
/** The chair or the secretary (or an admin) assigns these. */
export const CHAIR_ASSIGNED_ROLES: readonly RoleKind[] = ["member", "coopted", "adjuster"];
/** Who may create, reschedule and cancel meetings and change the group's deadlines (admins may too). */
export const MEETING_ROLES: readonly RoleKind[] = ["chair", "secretary"];
/** Who may triage items (admins may too: on a first run nobody holds a role yet, issue 14). */
export const TRIAGE_ROLES: readonly RoleKind[] = ["chair", "viceChair", "secretary"];

const id = z.string().trim().min(1).max(512);

/** A person as Teams and Entra know them. At least one of aadObjectId / teamsId. */
export const PersonSchema = z
  .object({
    tenantId: id.optional(),
    /** Entra object id. */
    aadObjectId: id.optional(),
    /** Teams user id ("29:…"), needed for card refresh `userIds` and 1:1 conversations. */
    teamsId: id.optional(),
    name: z.string().trim().max(200).default(""),
    /** For members: the region (or municipality, organisation) they represent. */
    region: z.string().trim().max(200).optional(),
  })
  .refine((p) => !!(p.aadObjectId || p.teamsId), { message: "a person needs an Entra object id or a Teams id" });
export type Person = z.infer<typeof PersonSchema>;

/** The key a person is known by: the Entra object id when known, else the Teams id. */
export const personKey = (p: Pick<Person, "aadObjectId" | "teamsId">): string => p.aadObjectId ?? p.teamsId ?? "";

/** Who did something (stored on documents and audit entries). */
export const ActorRefSchema = z.object({ userId: z.string(), name: z.string().default("") });
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** The acting person: declared once, in src/domain/actor.ts. */
export { ActorSchema, type Actor };

export const actorRef = (a: Actor): ActorRef => ({ userId: a.userId, name: a.name ?? "" });

export const RoleAssignmentSchema = z.object({
  id: z.string(),
  type: z.literal("role"),
  groupId: z.string(),
  role: RoleKindSchema,
  person: PersonSchema,
  active: z.boolean(),
  revision: z.number().int().min(1),
  assignedBy: ActorRefSchema,
  assignedAt: z.string(),
});
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

export const DEFAULT_SETTINGS = { itemDeadlineWorkingDays: 10, kallelseDaysBefore: 7, kallelseTime: "08:00" } as const;

export const GroupSettingsInputSchema = z.object({
  /** Items are due this many working days before the meeting (end of that day, TIME_ZONE). */
  itemDeadlineWorkingDays: z.number().int().min(0).max(60),
  /** The kallelse goes out this many calendar days before the meeting (earlier when that is not a working day). */
  kallelseDaysBefore: z.number().int().min(0).max(90),
  /** Wall time (TIME_ZONE) at which the scheduler posts the kallelse. */
  kallelseTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM"),
});
export type GroupSettingsInput = z.infer<typeof GroupSettingsInputSchema>;

export const GroupSettingsSchema = GroupSettingsInputSchema.extend({
  id: z.literal("settings"),
  type: z.literal("groupSettings"),
  groupId: z.string(),
  revision: z.number().int().min(1),
  updatedBy: ActorRefSchema,
  updatedAt: z.string(),
});
export type GroupSettings = z.infer<typeof GroupSettingsSchema>;

/** http(s) only, no credentials in the URL, bounded length. */
export const LinkSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        if (u.protocol !== "https:" && u.protocol !== "http:") return false;
        if (u.username || u.password) return false;
        return u.hostname.includes(".") || u.hostname === "localhost";
      } catch {
        return false;
      }
    },
    { message: "not an http(s) link" },
  );

export const MEETING_STATUSES = ["planned", "cancelled"] as const;

export const MeetingSchema = z.object({
  id: z.string(),
  type: z.literal("meeting"),
  groupId: z.string(),
  /** The instant the meeting starts (ISO, UTC). */
  startsAt: z.string(),
  /** Calendar date and wall time in `timeZone` (TIME_ZONE when created). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  timeZone: z.string(),
  durationMinutes: z.number().int().min(5).max(24 * 60).optional(),
  place: z.string().trim().max(300).optional(),
  onlineUrl: LinkSchema.optional(),
  status: z.enum(MEETING_STATUSES),
  cancelReason: z.string().max(1000).optional(),
  revision: z.number().int().min(1),
  createdBy: ActorRefSchema,
  createdAt: z.string(),
  updatedBy: ActorRefSchema,
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const ITEM_KINDS = ["information", "diskussion", "beslut"] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

export const ITEM_STATUSES = ["submitted", "accepted", "deferred", "redirected", "rejected", "withdrawn"] as const;
export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

export const TRIAGE_ACTIONS = ["accept", "defer", "redirect", "reject", "reopen"] as const;
export const TriageActionSchema = z.enum(TRIAGE_ACTIONS);
export type TriageAction = z.infer<typeof TriageActionSchema>;

export const LIMITS = { title: { min: 3, max: 200 }, description: { min: 1, max: 4000 }, links: 10, reason: { min: 3, max: 1000 } } as const;

/** What a submitter fills in (the form card or the CLI). */
export const ItemInputSchema = z.object({
  title: z.string().trim().min(LIMITS.title.min).max(LIMITS.title.max),
  description: z.string().trim().min(LIMITS.description.min).max(LIMITS.description.max),
  kind: ItemKindSchema,
  preferredMeetingId: z.string().trim().min(1).max(300).optional(),
  links: z.array(LinkSchema).max(LIMITS.links).default([]),
  /** When late: the submitter chooses to raise it at the (preferred) meeting rather than the next one. */
  raiseAtMeeting: z.boolean().default(false),
});
export type ItemInput = z.input<typeof ItemInputSchema>;

export const TriageRecordSchema = z.object({
  action: TriageActionSchema,
  by: ActorRefSchema,
  at: z.string(),
  reason: z.string().optional(),
  meetingId: z.string().optional(),
  toGroupId: z.string().optional(),
  redirectedItemId: z.string().optional(),
});
export type TriageRecord = z.infer<typeof TriageRecordSchema>;

export const AgendaItemSchema = z.object({
  id: z.string(),
  type: z.literal("item"),
  groupId: z.string(),
  title: z.string(),
  description: z.string(),
  kind: ItemKindSchema,
  links: z.array(z.string()),
  preferredMeetingId: z.string().optional(),
  /** The meeting the item is headed for (accepted: on its agenda). Missing when the group has no meeting planned. */
  meetingId: z.string().optional(),
  status: ItemStatusSchema,
  /** Submitted after the preferred/next meeting's deadline. */
  late: z.boolean(),
  /** Accepted: its place on the meeting's agenda (1, 2, …; ties, from concurrent accepts, go by triage time). */
  agendaOrder: z.number().int().min(1).optional(),
  /** Late, and the submitter chose to raise it at that meeting ("väcks på mötet"). */
  raiseAtMeeting: z.boolean(),
  /** Starts at 1, +1 on every change. A card's version is this number, never the ETag. */
  revision: z.number().int().min(1),
  submitter: PersonSchema,
  submittedAt: z.string(),
  updatedAt: z.string(),
  /** The latest triage decision, a reopen included (absent while never triaged). */
  triage: TriageRecordSchema.optional(),
  /** Set on the item a redirect created in the receiving group. */
  redirectedFrom: z.object({ groupId: z.string(), itemId: z.string() }).optional(),
  /** The language the submitter used: the receipt and the outcome notice are written in it. */
  lang: LanguageSchema.optional(),
  /** Outbox ids of the triage cards posted for the item (updated after every change). */
  posts: z.array(z.string()).optional(),
  /** The submitter's receipt is an adopted outbox post (`receiptPostId`), updated after triage. */
  receipt: z.boolean().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/**
 * A group's home channel (one per group; a channel may serve several groups). Stored in the group's
 * partition so the kallelse and triage posts find it with a point read. Never a thread id.
 */
export const ChannelBindingSchema = z.object({
  id: z.literal("binding"),
  type: z.literal("binding"),
  groupId: z.string(),
  tenantId: z.string(),
  teamId: z.string(),
  channelId: z.string(),
  /** The channel's conversation id without any ";messageid=" thread suffix. */
  conversationId: z.string(),
  serviceUrl: z.string().optional(),
  active: z.boolean(),
  revision: z.number().int().min(1),
  boundBy: ActorRefSchema,
  boundAt: z.string(),
});
export type ChannelBinding = z.infer<typeof ChannelBindingSchema>;

export const ChannelInputSchema = z.object({
  tenantId: z.string().trim().min(1).max(200),
  teamId: z.string().trim().min(1).max(500),
  channelId: z.string().trim().min(1).max(500),
  conversationId: z.string().trim().min(1).max(1000),
  serviceUrl: z.string().trim().url().optional(),
});
export type ChannelInput = z.input<typeof ChannelInputSchema>;

/** Who may bind a channel to a group (admins may too). */
export const BINDING_ROLES: readonly RoleKind[] = ["chair", "secretary"];

export const AuditEntrySchema = z.object({
  id: z.string(),
  type: z.literal("audit"),
  groupId: z.string(),
  at: z.string(),
  actor: ActorRefSchema,
  /** e.g. role.set, role.remove, meeting.create, meeting.reschedule, meeting.cancel, settings.set, item.submit, item.edit, item.withdraw, item.accept … */
  action: z.string(),
  subject: z.object({ type: z.enum(["role", "meeting", "item", "settings", "binding"]), id: z.string() }),
  revision: z.number().int().optional(),
  details: z.record(z.unknown()).default({}),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export { AGENDA_CODES, invalid, invalidField, refuse, type AgendaCode, type Refusal, type Result, type Right, type Subject } from "./result";

/** How many planned meetings a schedule holds; a group with more is read with a query (`complete` false). */
export const SCHEDULE_MAX_MEETINGS = 60;

/**
 * A group's schedule and who runs it: its planned meetings (those not started more than a month before
 * it was built), its deadline settings, its home channel and its roles, in one document, so that the
 * routing card's "next meeting", an item submit and a permission check are one point read. Derived: rebuilt from the meeting, settings and binding
 * documents after each change to them (ETag-guarded), and repaired by the kallelse job (repairSchedules).
 */
export const ScheduleSchema = z.object({
  id: z.literal("schedule"),
  type: z.literal("schedule"),
  groupId: z.string(),
  settings: GroupSettingsInputSchema,
  /** Planned meetings, soonest first. */
  meetings: z.array(MeetingSchema),
  /** False when the group had more planned meetings than SCHEDULE_MAX_MEETINGS. */
  complete: z.boolean(),
  binding: ChannelBindingSchema.optional(),
  /** Active role assignments. */
  roles: z.array(RoleAssignmentSchema),
  builtAt: z.string(),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

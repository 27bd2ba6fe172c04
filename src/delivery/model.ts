import { z } from "zod";
import { ConversationReferenceSchema } from "../conversations/schema";
import { OUTBOX_PARTITION } from "../storage/model";

/**
 * Outbox documents: every proactive post or card update, with a deterministic id chosen by the feature
 * (e.g. `${meetingId}:kallelse`, `${channel}:${isoWeek}:digest`). States: pending → sending → sent | failed.
 */

/** Where a post goes. A stored reference may be given inline; otherwise it is looked up by conversation id. */
export const TargetSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("channel"),
    tenantId: z.string(),
    /** The channel's conversation id (19:…@thread.tacv2). */
    conversationId: z.string(),
    /** Post as a reply in this thread instead of starting a new one. */
    replyToActivityId: z.string().optional(),
    groupId: z.string().optional(),
    reference: ConversationReferenceSchema.optional(),
  }),
  z.object({
    kind: z.literal("chat"),
    tenantId: z.string(),
    conversationId: z.string(),
    reference: ConversationReferenceSchema.optional(),
  }),
  z.object({
    kind: z.literal("person"),
    tenantId: z.string(),
    /** Entra object id (or Teams id) of the person. */
    userId: z.string(),
    name: z.string().optional(),
    /** When no 1:1 exists the conversation is created through this service URL (else the fallback channel's). */
    serviceUrl: z.string().optional(),
    /** On 403 (app not installed for the person) the post goes here as an @mention, and the person is marked not reached. */
    fallbackChannel: z
      .object({ conversationId: z.string(), replyToActivityId: z.string().optional(), reference: ConversationReferenceSchema.optional() })
      .optional(),
  }),
]);
export type Target = z.infer<typeof TargetSchema>;

/** The activity to post: text and/or attachments (Adaptive Cards), plus optional entities (mentions). */
export const PayloadSchema = z
  .object({
    text: z.string().optional(),
    attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() }).passthrough()).optional(),
    entities: z.array(z.record(z.unknown())).optional(),
    summary: z.string().optional(),
  })
  .passthrough();
export type Payload = z.infer<typeof PayloadSchema>;

export const OutboxStateSchema = z.enum(["pending", "sending", "sent", "failed"]);
export type OutboxState = z.infer<typeof OutboxStateSchema>;

export const OutboxItemSchema = z.object({
  id: z.string(),
  /** The partition key: every outbox document is in one logical partition. */
  queue: z.literal(OUTBOX_PARTITION),
  type: z.literal("outbox"),
  op: z.enum(["post", "update"]),
  /** For updates: the outbox id of the post whose activity is updated. */
  updateOf: z.string().optional(),
  /**
   * For updates: the sent post's activity and reference, copied when the update was enqueued after the
   * post went out (a sent post never changes them), so sending the update needs no read of the post.
   */
  original: z.object({ activityId: z.string(), reference: ConversationReferenceSchema.optional() }).optional(),
  target: TargetSchema,
  payload: PayloadSchema,
  state: OutboxStateSchema,
  /** Increases when a pending/sent update is replaced by a newer payload (coalescing). */
  revision: z.number().int(),
  /** Revision being sent by the current claim. */
  sendingRevision: z.number().int().optional(),
  attempts: z.number().int(),
  /** ISO instant before which the item is not tried ("" = now). Wall-clock time of the worker. */
  dueAt: z.string(),
  /** Key the rate limiter and the per-conversation ordering use. */
  conversationKey: z.string(),
  /** Enqueue order (wall-clock ms × 1000 + counter): posts to one conversation go out in this order. */
  order: z.number(),
  owner: z.string().optional(),
  leaseUntil: z.string().optional(),
  activityId: z.string().optional(),
  conversationId: z.string().optional(),
  /** The reference the post went through (kept so that updates reach 1:1s created on the fly). */
  sentReference: ConversationReferenceSchema.optional(),
  /** The person could not be reached 1:1 (403); the post went to the fallback channel as a mention. */
  notReached: z.boolean().optional(),
  fallbackId: z.string().optional(),
  error: z.object({ code: z.string(), status: z.number().optional(), message: z.string().optional() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().optional(),
  /** Seconds after the last write when the item expires (set once sent or failed). */
  ttl: z.number().int().optional(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

export const conversationKeyOf = (t: Target): string =>
  t.kind === "person" ? `person:${t.tenantId}:${t.userId}` : `conv:${t.conversationId}`;

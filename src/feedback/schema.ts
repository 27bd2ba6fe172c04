import { z } from "zod";
import { RETENTION } from "../storage/model";

export const RETENTION_MONTHS = 12;
/** Cosmos TTL in seconds (the storage model's retention for questions and their feedback: 365 days). */
export const RETENTION_SECONDS: number = RETENTION.question;

/**
 * A "wrong group" report on a routing answer. Nothing is stored when a question is answered: the answer
 * card carries the question and the answer in its action data, and this document is written only when
 * someone says the answer was wrong. The reporter comes from the activity, never from the card.
 */
export const RoutingFeedbackSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.literal("routingFeedback"),
  /** Who reported (the actor of the click). */
  userId: z.string(),
  question: z.string().max(500),
  organizationId: z.string().optional(),
  lang: z.enum(["sv", "en"]),
  /** The answer the card showed. */
  answer: z.object({
    status: z.enum(["owner", "ambiguous", "none"]),
    ownerId: z.string().nullable(),
    candidateIds: z.array(z.string()),
  }),
  correctGroupId: z.string(),
  comment: z.string().max(500).optional(),
  at: z.string(),
  /** Expiry for the local store's sweeper and for people reading the document. */
  expiresAt: z.string(),
  /** Cosmos TTL (seconds): the document expires on its own in Azure (and in the embedded store's sweeper). */
  ttl: z.number().int().positive(),
});
export type RoutingFeedback = z.infer<typeof RoutingFeedbackSchema>;

/** What the route hands over; the store adds id, times and ttl. */
export type NewRoutingFeedback = Omit<RoutingFeedback, "id" | "type" | "at" | "expiresAt" | "ttl">;

import { z } from "zod";

export const RETENTION_MONTHS = 12;

/** A routing question as answered, and the asker's correction when they said "wrong group". */
export const RoutingQuestionSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.literal("routingQuestion"),
  userId: z.string(),
  question: z.string(),
  organizationId: z.string().optional(),
  answer: z.object({
    status: z.enum(["owner", "ambiguous", "none"]),
    ownerId: z.string().nullable(),
    candidateIds: z.array(z.string()),
    confidence: z.number(),
  }),
  askedAt: z.string(),
  /** Deleted by the retention purge after this instant (kept for documents written before `ttl`). */
  expiresAt: z.string(),
  /** Seconds after the last write (the question, or its correction) when the store deletes it: 12 months. */
  ttl: z.number().int().optional(),
  feedback: z
    .object({
      correctGroupId: z.string(),
      comment: z.string().optional(),
      at: z.string(),
    })
    .optional(),
});
export type RoutingQuestion = z.infer<typeof RoutingQuestionSchema>;

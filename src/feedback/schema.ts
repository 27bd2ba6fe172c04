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
  /** Deleted by the retention purge after this instant (no TTL in the local emulator). */
  expiresAt: z.string(),
  feedback: z
    .object({
      correctGroupId: z.string(),
      comment: z.string().optional(),
      at: z.string(),
    })
    .optional(),
});
export type RoutingQuestion = z.infer<typeof RoutingQuestionSchema>;

import type { FeedbackResult } from "./cosmos-feedback-repository";
import type { RoutingQuestion } from "./schema";

export type { FeedbackResult };

/** Routing questions and their "wrong group" corrections (kept twelve months): the port the routing route and the CLI use. */
export interface FeedbackStore {
  recordQuestion(q: Omit<RoutingQuestion, "type" | "askedAt" | "expiresAt">): Promise<void>;
  get(tenantId: string, id: string): Promise<RoutingQuestion | undefined>;
  /** Only the person who asked may correct the answer; the last correction wins. */
  correct(tenantId: string, id: string, userId: string, correctGroupId: string, comment: string | undefined): Promise<FeedbackResult>;
  /** Every correction, newest first (for secretaries). */
  corrections(): Promise<RoutingQuestion[]>;
  /** Deletes questions older than the retention (no TTL in the local emulator). */
  purgeExpired(): Promise<number>;
}

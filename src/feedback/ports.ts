import type { NewRoutingFeedback, RoutingFeedback } from "./schema";

/** "Wrong group" reports on routing answers (kept twelve months): the port the routing route and the CLI use. */
export interface FeedbackStore {
  /** Writes one report (one point write); nothing is written when a question is only answered. */
  record(f: NewRoutingFeedback): Promise<RoutingFeedback>;
  /** Every report, newest first (for secretaries: `samverkan feedback`). */
  corrections(): Promise<RoutingFeedback[]>;
  /** Deletes reports past their expiry where the store has no TTL of its own. Returns how many went. */
  purgeExpired(): Promise<number>;
}

import { randomUUID } from "node:crypto";
import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import { createOnce, queryAll } from "../storage/documents";
import type { FeedbackStore } from "./ports";
import { RETENTION_MONTHS, RETENTION_SECONDS, type NewRoutingFeedback, type RoutingFeedback } from "./schema";

function addMonths(d: Date, months: number): Date {
  const x = new Date(d.getTime());
  x.setUTCMonth(x.getUTCMonth() + months);
  return x;
}

/** "Wrong group" reports, in the conversations container (partition: tenant), each with a Cosmos `ttl`. */
export class CosmosFeedbackRepository implements FeedbackStore {
  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  async record(f: NewRoutingFeedback): Promise<RoutingFeedback> {
    const now = this.clock.now();
    const doc: RoutingFeedback = {
      ...f,
      id: `rf-${randomUUID()}`,
      type: "routingFeedback",
      at: now.toISOString(),
      expiresAt: addMonths(now, RETENTION_MONTHS).toISOString(),
      ttl: RETENTION_SECONDS,
    };
    await createOnce<RoutingFeedback>(this.container, doc);
    return doc;
  }

  /** Reports for secretaries to review, newest first (a CLI command: a cross-partition query is fine here). */
  async corrections(): Promise<RoutingFeedback[]> {
    const rows = await queryAll<RoutingFeedback>(this.container, "SELECT * FROM c WHERE c.type = 'routingFeedback'");
    return rows.sort((a, b) => b.at.localeCompare(a.at));
  }

  /** Retention where the store does not expire documents itself (reports older than twelve months). */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now().toISOString();
    const rows = await queryAll<{ id: string; tenantId: string }>(
      this.container,
      "SELECT c.id, c.tenantId FROM c WHERE (c.type = 'routingFeedback' OR c.type = 'routingQuestion') AND c.expiresAt < @now",
      [{ name: "@now", value: now }],
    );
    for (const r of rows) await this.container.item(r.id, r.tenantId).delete().catch(() => undefined);
    return rows.length;
  }
}

import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import { createOnce, mutateDoc, queryAll, readDoc, UNCHANGED } from "../storage/documents";
import { RETENTION } from "../storage/model";
import { RETENTION_MONTHS, type RoutingQuestion } from "./schema";
import type { FeedbackStore } from "./ports";

export type FeedbackResult =
  | { readonly ok: true; readonly question: RoutingQuestion }
  | { readonly ok: false; readonly code: "UNKNOWN_QUESTION" | "NOT_THE_ASKER" | "CONFLICT" };

function addMonths(d: Date, months: number): Date {
  const x = new Date(d.getTime());
  x.setUTCMonth(x.getUTCMonth() + months);
  return x;
}

/** Routing questions and "wrong group" corrections, in the conversations container (per tenant). */
export class CosmosFeedbackRepository implements FeedbackStore {
  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  async recordQuestion(q: Omit<RoutingQuestion, "type" | "askedAt" | "expiresAt">): Promise<void> {
    const now = this.clock.now();
    await createOnce<RoutingQuestion>(this.container, {
      ...q,
      type: "routingQuestion",
      askedAt: now.toISOString(),
      expiresAt: addMonths(now, RETENTION_MONTHS).toISOString(),
      // Cosmos TTL in Azure, the embedded store's sweeper locally: gone twelve months after the last write.
      ttl: RETENTION.question,
    });
  }

  get(tenantId: string, id: string): Promise<RoutingQuestion | undefined> {
    return readDoc<RoutingQuestion>(this.container, id, tenantId);
  }

  /** Only the person who asked may correct the answer; the last correction wins. */
  async correct(tenantId: string, id: string, userId: string, correctGroupId: string, comment: string | undefined): Promise<FeedbackResult> {
    let refusal: "UNKNOWN_QUESTION" | "NOT_THE_ASKER" | undefined;
    const out = await mutateDoc<RoutingQuestion>(this.container, id, tenantId, (cur) => {
      refusal = !cur ? "UNKNOWN_QUESTION" : cur.userId !== userId ? "NOT_THE_ASKER" : undefined;
      if (refusal || !cur) return UNCHANGED;
      return { ...cur, feedback: { correctGroupId, comment: comment || undefined, at: this.clock.now().toISOString() } };
    });
    if (refusal) return { ok: false, code: refusal };
    if (out.kind === "written") return { ok: true, question: out.doc };
    return { ok: false, code: "CONFLICT" };
  }

  /** Corrections for secretaries to review, newest first. */
  async corrections(): Promise<RoutingQuestion[]> {
    const rows = await queryAll<RoutingQuestion>(
      this.container,
      "SELECT * FROM c WHERE c.type = 'routingQuestion' AND IS_DEFINED(c.feedback)",
    );
    return rows.sort((a, b) => (b.feedback?.at ?? "").localeCompare(a.feedback?.at ?? ""));
  }

  /** Retention: deletes questions older than twelve months. Returns how many went. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now().toISOString();
    const rows = await queryAll<{ id: string; tenantId: string }>(
      this.container,
      "SELECT c.id, c.tenantId FROM c WHERE c.type = 'routingQuestion' AND c.expiresAt < @now",
      [{ name: "@now", value: now }],
    );
    for (const r of rows) await this.container.item(r.id, r.tenantId).delete().catch(() => undefined);
    return rows.length;
  }
}

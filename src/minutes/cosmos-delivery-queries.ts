import type { Container } from "@azure/cosmos";
import { queryAll } from "../storage/documents";
import { OUTBOX_PARTITION } from "../storage/model";
import type { MinutesDeliveryQueries } from "./ports";

/**
 * What the delivery worker found out about the minutes' 1:1 posts, read from the outbox container
 * (one logical partition). One query over the given ids in that partition instead of a point read each; it runs in the background
 * refresh, the scheduler, the digest and the CLI, never in a click.
 */
export class CosmosDeliveryQueries implements MinutesDeliveryQueries {
  constructor(private readonly outbox: Container) {}

  async notReached(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await queryAll<{ id: string }>(this.outbox, "SELECT c.id FROM c WHERE c.type = 'outbox' AND c.notReached = true AND ARRAY_CONTAINS(@ids, c.id)", [
      { name: "@ids", value: [...ids] as unknown as string },
    ], OUTBOX_PARTITION);
    return rows.map((r) => r.id);
  }
}

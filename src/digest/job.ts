import type { Language } from "../domain/language";
import type { EnqueueRequest, Outbox, Payload, ScheduledJob } from "../delivery";
import type { DigestService } from "./digest-service";
import type { Digest } from "./schema";

export const DIGEST_JOB = "digest";

/** Renders a digest as the post's payload (the card renderer is given at composition: src/ knows no cards). */
export type DigestRenderer = (digest: Digest, language: Language) => Promise<Payload> | Payload;

/**
 * The weekly digest as a scheduler job: every 5 minutes (catching up after a restart), each subscribed
 * channel whose send time has come gets its week's digest once, under the deterministic outbox id
 * `digest:<channel>:<isoWeek>`. A digest already in the outbox is not composed again.
 */
export function digestJob(digest: DigestService, outbox: Pick<Outbox, "get">, render: DigestRenderer): ScheduledJob {
  return {
    name: DIGEST_JOB,
    schedule: "*/5 * * * *",
    // Most runs find nothing due: then the slot is not claimed and nothing is written.
    async pending(ctx) {
      for (const d of await digest.due(ctx.at)) if (!(await outbox.get(d.outboxId))) return true;
      return false;
    },
    async due(ctx) {
      const out: EnqueueRequest[] = [];
      for (const d of await digest.due(ctx.at)) {
        if (await outbox.get(d.outboxId)) continue;
        // The content is for the week it is read in: a digest carried into the next week by a holiday is about that week.
        const content = await digest.compose({ conversationId: d.subscription.conversationId, at: ctx.at });
        if (content.groups.length === 0) continue; // no group uses the channel any more
        out.push({
          id: d.outboxId,
          target: { kind: "channel", tenantId: d.subscription.tenantId, conversationId: d.subscription.conversationId },
          payload: await render(content, d.subscription.language),
        });
      }
      return out;
    },
  };
}

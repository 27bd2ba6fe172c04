import type { Container } from "@azure/cosmos";
import { mutateDoc, queryAll, readDoc, safeId, UNCHANGED, type StoredMeta } from "../storage/documents";
import type { ChannelRef, SubscriptionChange, SubscriptionStore } from "./ports";
import type { DigestSubscription } from "./schema";

const channelId = (conversationId: string) => conversationId.split(";")[0]!;
/** One subscription per channel, in the tenant's partition of the conversations container. */
export const subscriptionId = (conversationId: string) => safeId("digest", channelId(conversationId));

function strip(doc: DigestSubscription & StoredMeta & { _rid?: string; _self?: string; _ts?: number; _attachments?: string }): DigestSubscription {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { _etag, _rid, _self, _ts, _attachments, ...rest } = doc;
  return rest;
}

/** Digest subscriptions in the Cosmos `conversations` container (partition /tenantId); every change is If-Match. */
export class CosmosSubscriptionStore implements SubscriptionStore {
  constructor(private readonly container: Container) {}

  async get(channel: ChannelRef): Promise<DigestSubscription | undefined> {
    const doc = await readDoc<DigestSubscription>(this.container, subscriptionId(channel.conversationId), channel.tenantId);
    return doc ? strip(doc) : undefined;
  }

  async list(): Promise<DigestSubscription[]> {
    const rows = await queryAll<DigestSubscription>(this.container, "SELECT * FROM c WHERE c.type = 'digestSubscription'");
    return rows.map(strip).sort((a, b) => a.conversationId.localeCompare(b.conversationId));
  }

  async change(channel: ChannelRef, decide: (current: DigestSubscription | undefined) => Omit<DigestSubscription, "id"> | undefined): Promise<SubscriptionChange> {
    const id = subscriptionId(channel.conversationId);
    const out = await mutateDoc<DigestSubscription>(this.container, id, channel.tenantId, (cur) => {
      const next = decide(cur ? strip(cur) : undefined);
      return next === undefined ? UNCHANGED : { ...next, id };
    });
    if (out.kind === "conflict") return out;
    if (out.kind === "unchanged") return { kind: "unchanged", subscription: out.doc ? strip(out.doc) : undefined };
    return { kind: "written", subscription: strip(out.doc), created: !out.previous };
  }
}

import type { ConversationReference } from "../conversations/schema";
import type { OutboxItem, Payload } from "./model";
import type { Outbox } from "./ports";
import type { DeliveryDirectory, SendRequest, SendResult } from "./sender";

/** Settled without sending: a failure with its status and code, or a wait (the original post is not sent yet). */
export type Settlement = Extract<SendResult, { ok: false }> | { wait: number; code: string };

/**
 * What the worker sends for an outbox item: the request (post, update, or a 1:1 created first), resolved
 * from the stored conversation references; or why it cannot be sent (yet). Reads only.
 */
export async function prepareSend(item: OutboxItem, outbox: Pick<Outbox, "get">, directory: DeliveryDirectory): Promise<{ request: SendRequest } | { settle: Settlement }> {
  const t = item.target;
  const no = (code: string, status = 404) => ({ settle: { ok: false as const, status, code } });
  if (item.op === "update") {
    if (item.original) {
      const reference = item.original.reference ?? (await referenceOf(item, directory));
      if (!reference) return no("NO_REFERENCE");
      return { request: { op: "update", reference, activityId: item.original.activityId, activity: item.payload } };
    }
    const original = item.updateOf ? await outbox.get(item.updateOf) : undefined;
    if (!original) return no("UNKNOWN_POST", 400);
    if (original.state === "failed") return no("ORIGINAL_FAILED", 400);
    if (original.state !== "sent" || !original.activityId) return { settle: { wait: 1_000, code: "ORIGINAL_NOT_SENT" } };
    const reference = original.sentReference ?? (await referenceOf(item, directory));
    if (!reference) return no("NO_REFERENCE");
    return { request: { op: "update", reference, activityId: original.activityId, activity: item.payload } };
  }
  if (t.kind === "person") {
    const reference = await directory.personal(t.tenantId, t.userId);
    if (reference) return { request: { op: "post", reference, activity: item.payload } };
    const serviceUrl =
      t.serviceUrl ??
      t.fallbackChannel?.reference?.serviceUrl ??
      (t.fallbackChannel ? (await directory.conversation(t.tenantId, t.fallbackChannel.conversationId))?.serviceUrl : undefined) ??
      (await directory.serviceUrl?.(t.tenantId));
    if (!serviceUrl) return no("NO_SERVICE_URL", 400);
    return { request: { op: "createPersonal", tenantId: t.tenantId, serviceUrl, userId: t.userId, activity: item.payload } };
  }
  const reference = await referenceOf(item, directory);
  if (!reference) return no("NO_REFERENCE");
  return {
    request: { op: "post", reference, replyToActivityId: t.kind === "channel" ? t.replyToActivityId : undefined, activity: item.payload },
  };
}

async function referenceOf(item: OutboxItem, directory: DeliveryDirectory): Promise<ConversationReference | undefined> {
  const t = item.target;
  if (t.kind === "person") return directory.personal(t.tenantId, t.userId);
  return t.reference ?? (await directory.conversation(t.tenantId, t.conversationId));
}

/**
 * Every send carries `channelData.clientActivityId` = outbox id and revision: the same post sent again
 * after a crash carries the same id, so a connector (or proxy) that deduplicates on it can drop the
 * repeat, and tests recognise repeats exactly. Teams' connector does not deduplicate today.
 */
export function withClientId(request: SendRequest, item: OutboxItem): SendRequest {
  const clientActivityId = `${item.id}#${item.sendingRevision ?? item.revision}`;
  const activity = request.activity;
  const channelData = { ...((activity.channelData as Record<string, unknown> | undefined) ?? {}), clientActivityId };
  return { ...request, activity: { ...activity, channelData } } as SendRequest;
}

/** The post for a person who could not be reached 1:1, as an @mention in the group's channel. */
export function mentionPayload(userId: string, name: string, payload: Payload): Payload {
  const tag = `<at>${name}</at>`;
  return {
    ...payload,
    text: `${tag} ${payload.text ?? ""}`.trim(),
    entities: [...(payload.entities ?? []), { type: "mention", text: tag, mentioned: { id: userId, name } }],
  };
}

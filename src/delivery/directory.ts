import type { ConversationStore } from "../conversations/ports";
import type { DeliveryDirectory } from "./sender";

/** The delivery directory over the stored conversation references (conversations container). */
export function conversationDirectory(repo: ConversationStore): DeliveryDirectory {
  return {
    async conversation(tenantId, conversationId) {
      const c = await repo.get(tenantId, conversationId);
      return c && c.active ? c.reference : undefined;
    },
    async personal(tenantId, userId) {
      return (await repo.personal(tenantId, userId))?.reference;
    },
    async serviceUrl(tenantId) {
      const any = (await repo.list()).find((c) => c.tenantId === tenantId && c.active);
      return any?.reference.serviceUrl;
    },
    deactivate: (tenantId, conversationId) => repo.markInactive(tenantId, conversationId),
    async rememberPersonal(tenantId, userId, reference) {
      await repo.remember({ tenantId, conversationId: reference.conversation.id, kind: "personal", userId, reference });
    },
  };
}

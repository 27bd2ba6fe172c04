import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import type { Language } from "../domain/language";
import { mutateDoc, queryAll, readDoc, safeId, UNCHANGED } from "../storage/documents";
import type { ConversationKind, ConversationReference, StoredConversation, UserSettings } from "./schema";

export interface ConversationSeen {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly kind: ConversationKind;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly userId?: string;
  readonly reference: ConversationReference;
}

const conversationDocId = (conversationId: string) => safeId("conversation", conversationId);
const userDocId = (userId: string) => safeId("user", userId);

export class CosmosConversationRepository {
  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  /** Stored on install and on every message; a write only when something changed keeps turns cheap. */
  async remember(seen: ConversationSeen): Promise<void> {
    const id = conversationDocId(seen.conversationId);
    await mutateDoc<StoredConversation>(this.container, id, seen.tenantId, (current) => {
      const next: StoredConversation = {
        id,
        tenantId: seen.tenantId,
        type: "conversation",
        conversationId: seen.conversationId,
        kind: seen.kind,
        teamId: seen.teamId,
        channelId: seen.channelId,
        userId: seen.userId,
        reference: seen.reference,
        active: true,
        updatedAt: current?.updatedAt ?? this.clock.now().toISOString(),
      };
      if (current && current.active && sameContent(current, next)) return UNCHANGED;
      return { ...next, updatedAt: this.clock.now().toISOString() };
    });
  }

  async markInactive(tenantId: string, conversationId: string): Promise<void> {
    await mutateDoc<StoredConversation>(this.container, conversationDocId(conversationId), tenantId, (current) =>
      !current || !current.active ? UNCHANGED : { ...current, active: false, updatedAt: this.clock.now().toISOString() },
    );
  }

  get(tenantId: string, conversationId: string): Promise<StoredConversation | undefined> {
    return readDoc<StoredConversation>(this.container, conversationDocId(conversationId), tenantId);
  }

  /** The 1:1 conversation with a person, when they have one with the bot. */
  async personal(tenantId: string, userId: string): Promise<StoredConversation | undefined> {
    const rows = await queryAll<StoredConversation>(
      this.container,
      "SELECT * FROM c WHERE c.type = 'conversation' AND c.kind = 'personal' AND c.userId = @u AND c.active = true",
      [{ name: "@u", value: userId }],
      tenantId,
    );
    return rows[0];
  }

  list(): Promise<StoredConversation[]> {
    return queryAll<StoredConversation>(this.container, "SELECT * FROM c WHERE c.type = 'conversation'");
  }

  userSettings(tenantId: string, userId: string): Promise<UserSettings | undefined> {
    return readDoc<UserSettings>(this.container, userDocId(userId), tenantId);
  }

  async updateUserSettings(
    tenantId: string,
    userId: string,
    change: { language?: Language; organizationId?: string },
  ): Promise<void> {
    const id = userDocId(userId);
    await mutateDoc<UserSettings>(this.container, id, tenantId, (current) => ({
      id,
      tenantId,
      type: "userSettings",
      userId,
      language: change.language ?? current?.language,
      organizationId: change.organizationId ?? current?.organizationId,
      updatedAt: this.clock.now().toISOString(),
    }));
  }
}

function sameContent(a: StoredConversation, b: StoredConversation): boolean {
  const key = (c: StoredConversation) =>
    JSON.stringify([c.kind, c.teamId ?? null, c.channelId ?? null, c.userId ?? null, c.reference.serviceUrl, c.reference.bot?.id ?? null, c.reference.conversation.id]);
  return key(a) === key(b);
}

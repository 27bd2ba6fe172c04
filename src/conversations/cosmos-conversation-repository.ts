import type { Container } from "@azure/cosmos";
import type { Clock } from "../domain/clock";
import type { Language } from "../domain/language";
import { mutateDoc, queryAll, readDoc, safeId, UNCHANGED } from "../storage/documents";
import type { ConversationKind, ConversationReference, StoredConversation, UserSettings } from "./schema";
import type { ConversationStore } from "./ports";

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

/** How long this process trusts that a reference it wrote is still stored as written. */
const REMEMBERED_TTL_MS = 60_000;
const REMEMBERED_MAX = 10_000;
const SETTINGS_TTL_MS = 5_000;

export class CosmosConversationRepository implements ConversationStore {
  /**
   * References this process stored recently (key → time). Only an optimisation: a miss re-reads Cosmos,
   * and an entry expires within a minute, so a removal seen by another instance is never hidden long.
   */
  private readonly remembered = new Map<string, number>();
  private readonly settingsCache = new Map<string, { at: number; value: UserSettings | undefined }>();

  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  /** Stored on install and on every message; a write only when something changed keeps turns cheap. */
  async remember(seen: ConversationSeen): Promise<void> {
    const id = conversationDocId(seen.conversationId);
    const cacheKey = `${seen.tenantId}|${seen.conversationId}|${seen.kind}|${seen.teamId ?? ""}|${seen.channelId ?? ""}|${seen.userId ?? ""}|${seen.reference.serviceUrl}|${seen.reference.bot?.id ?? ""}`;
    const at = this.remembered.get(cacheKey);
    if (at !== undefined && Date.now() - at < REMEMBERED_TTL_MS) return;
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
    if (this.remembered.size >= REMEMBERED_MAX) this.remembered.clear();
    this.remembered.set(cacheKey, Date.now());
  }

  async markInactive(tenantId: string, conversationId: string): Promise<void> {
    this.remembered.clear();
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

  /**
   * Read on every turn for the reply language. Cached for a few seconds: a change made through this
   * process is seen at once, one made through another instance within SETTINGS_TTL_MS.
   */
  async userSettings(tenantId: string, userId: string): Promise<UserSettings | undefined> {
    const key = `${tenantId}|${userId}`;
    const hit = this.settingsCache.get(key);
    if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) return hit.value;
    const value = await readDoc<UserSettings>(this.container, userDocId(userId), tenantId);
    if (this.settingsCache.size >= REMEMBERED_MAX) this.settingsCache.clear();
    this.settingsCache.set(key, { at: Date.now(), value });
    return value;
  }

  async updateUserSettings(
    tenantId: string,
    userId: string,
    change: { language?: Language; organizationId?: string; agendaGroupId?: string },
  ): Promise<void> {
    const id = userDocId(userId);
    this.settingsCache.delete(`${tenantId}|${userId}`);
    await mutateDoc<UserSettings>(this.container, id, tenantId, (current) => ({
      id,
      tenantId,
      type: "userSettings",
      userId,
      language: change.language ?? current?.language,
      organizationId: change.organizationId ?? current?.organizationId,
      agendaGroupId: change.agendaGroupId ?? current?.agendaGroupId,
      updatedAt: this.clock.now().toISOString(),
    }));
    this.settingsCache.delete(`${tenantId}|${userId}`);
  }
}

function sameContent(a: StoredConversation, b: StoredConversation): boolean {
  const key = (c: StoredConversation) =>
    JSON.stringify([c.kind, c.teamId ?? null, c.channelId ?? null, c.userId ?? null, c.reference.serviceUrl, c.reference.bot?.id ?? null, c.reference.conversation.id]);
  return key(a) === key(b);
}

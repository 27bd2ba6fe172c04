import type { ConversationSeen } from "./cosmos-conversation-repository";
import type { StoredConversation, UserSettings } from "./schema";
import type { Language } from "../domain/language";

export type { ConversationSeen };

/** What a person may change in their stored settings (every optional field of the schema, so a new one needs no edit here). */
export type UserSettingsChange = Partial<Omit<UserSettings, "id" | "tenantId" | "type" | "userId" | "updatedAt">>;

/**
 * The conversations the bot can post to and each person's settings: the port routes, the CLI and
 * delivery use (src/conversations/cosmos-conversation-repository.ts is the Cosmos adapter).
 */
export interface ConversationStore {
  /** Stored on install and on every message (so the bot can post there later). */
  remember(seen: ConversationSeen): Promise<void>;
  /** Writes what `remember` and `noteOrganization` deferred; run before the store closes. */
  settle(): Promise<void>;
  /** The bot was removed, or a post there was refused for good. */
  markInactive(tenantId: string, conversationId: string): Promise<void>;
  get(tenantId: string, conversationId: string): Promise<StoredConversation | undefined>;
  /** The language last detected in a conversation (written by `remember` only when it changes). */
  lastLanguage(tenantId: string, conversationId: string): Promise<Language | undefined>;
  /** The 1:1 conversation with a person, when they have one with the bot. */
  personal(tenantId: string, userId: string): Promise<StoredConversation | undefined>;
  list(): Promise<StoredConversation[]>;
  userSettings(tenantId: string, userId: string): Promise<UserSettings | undefined>;
  updateUserSettings(tenantId: string, userId: string, change: UserSettingsChange): Promise<void>;
  /**
   * The organisation a person named in a question, remembered for their next ones: `userSettings` of this
   * process answers with it at once, the write follows the turn (a hint, like the detected language).
   */
  noteOrganization(tenantId: string, userId: string, organizationId: string): void;
}

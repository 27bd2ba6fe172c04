import { z } from "zod";
import { LanguageSchema } from "../domain/language";

/** A Bot Framework conversation reference, kept as the plain object the adapter needs to post later. */
export const ConversationReferenceSchema = z
  .object({
    serviceUrl: z.string(),
    channelId: z.string(),
    conversation: z.object({ id: z.string() }).passthrough(),
    bot: z.object({ id: z.string() }).passthrough().optional(),
    user: z.object({ id: z.string() }).passthrough().optional(),
    locale: z.string().optional(),
  })
  .passthrough();
export type ConversationReference = z.infer<typeof ConversationReferenceSchema>;

export const ConversationKindSchema = z.enum(["personal", "groupChat", "channel"]);
export type ConversationKind = z.infer<typeof ConversationKindSchema>;

export const StoredConversationSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.literal("conversation"),
  conversationId: z.string(),
  kind: ConversationKindSchema,
  teamId: z.string().optional(),
  channelId: z.string().optional(),
  /** For personal chats: the person (Entra object id, else Teams id). */
  userId: z.string().optional(),
  reference: ConversationReferenceSchema,
  active: z.boolean(),
  /** The language last detected in a message of this conversation (written only when it changes). */
  language: LanguageSchema.optional(),
  updatedAt: z.string(),
});
export type StoredConversation = z.infer<typeof StoredConversationSchema>;

export const UserSettingsSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.literal("userSettings"),
  userId: z.string(),
  language: LanguageSchema.optional(),
  organizationId: z.string().optional(),
  /** The group the person last submitted an agenda item to (the form without a group preselects it). */
  agendaGroupId: z.string().optional(),
  updatedAt: z.string(),
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;

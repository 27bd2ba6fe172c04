import type { PersonPreferences } from "./ports";

/** The user settings the conversations store keeps (structurally: CosmosConversationRepository). */
interface UserSettingsStore {
  userSettings(tenantId: string, userId: string): Promise<{ agendaGroupId?: string } | undefined>;
  updateUserSettings(tenantId: string, userId: string, change: { agendaGroupId?: string }): Promise<void>;
}

/** The group a person last submitted to, in their user settings; written only when it changes. */
export function agendaPreferences(settings: UserSettingsStore): PersonPreferences {
  return {
    lastAgendaGroup: async (tenantId, userId) => (await settings.userSettings(tenantId, userId))?.agendaGroupId,
    rememberAgendaGroup: async (tenantId, userId, groupId) => {
      if ((await settings.userSettings(tenantId, userId))?.agendaGroupId === groupId) return;
      await settings.updateUserSettings(tenantId, userId, { agendaGroupId: groupId });
    },
  };
}

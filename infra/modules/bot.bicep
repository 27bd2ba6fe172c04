// The Azure Bot registration with the Microsoft Teams channel. Its Microsoft App ID is the client id of the
// user-assigned managed identity (msaAppType UserAssignedMSI): no app registration, no client secret.
// Such a bot is single-tenant: Teams users must be in the identity's Entra tenant.

param name string
param displayName string
param endpoint string
param identityId string
param identityClientId string
param identityTenantId string

@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint

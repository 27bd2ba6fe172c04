// The user-assigned managed identity: the bot's Microsoft App ID (msaAppType UserAssignedMSI, no secret)
// and the app's identity towards Cosmos DB (AZURE_CLIENT_ID selects it for DefaultAzureCredential).

param name string
param location string
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId

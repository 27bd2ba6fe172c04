// Samverkan on Azure: Azure Bot (Teams channel) authenticated by a user-assigned managed identity,
// a Linux App Service on Node 22 LTS, Azure Cosmos DB (serverless by default) reached with Entra ID only,
// Application Insights on a Log Analytics workspace.
//
//   az deployment group create -g <rg> -f infra/main.bicep -p resourceBaseName=<name> ...
//   (or `atk provision --env dev`, see m365agents.yml and docs/deploy.md)
//
// The Cosmos containers (names, partition keys, indexing policies) come from cosmos-containers.json, which
// `npm run infra:containers` generates from src/storage/model.ts; tests/infra checks it is current.

targetScope = 'resourceGroup'

@description('Prefix of every resource name: lower-case letters and digits, 3-20 characters, unique enough for <name>.azurewebsites.net and <name>-cosmos.documents.azure.com.')
@minLength(3)
@maxLength(20)
param resourceBaseName string = 'samverkan${take(uniqueString(resourceGroup().id), 8)}'

@description('Azure region of the App Service, Cosmos DB and monitoring resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('Display name of the bot in Azure (the name users see in Teams comes from the app manifest).')
param botDisplayName string = 'Samverkan'

@description('Azure Bot pricing tier: F0 is free for standard channels such as Teams.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU. B1 is enough for a region; use S1/P0v3 or higher for autoscale rules and slots.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Number of app instances. The app keeps no state in memory that another instance needs, so any number works; 2 or more lets the health check replace a failing instance.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Cosmos DB capacity mode: serverless (pay per request, the default) or autoscale (provisioned throughput shared by the database, scales between 10% and 100% of cosmosAutoscaleMaxThroughput).')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosCapacityMode string = 'serverless'

@description('Upper bound of the shared database throughput in autoscale mode (RU/s, multiple of 1000). Ignored when serverless.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'samverkan'

@description('Entra object ids of people or groups that may read and write Cosmos data with their own identity (e.g. operators running the samverkan CLI). The app identity is always granted.')
param cosmosDataContributorPrincipalIds array = []

@description('IANA time zone for kallelse dates, digests and the scheduler (TIME_ZONE).')
param timeZone string = 'Europe/Stockholm'

@description('Comma-separated Entra object ids of administrators (ADMIN_IDS). Find yours with "vem är jag" in a chat with the bot.')
param adminIds string = ''

@description('Comma-separated tenant ids the bot answers (ALLOWED_TENANTS). Empty: the tenant of this deployment.')
param allowedTenants string = ''

@description('Log retention in the Log Analytics workspace, in days.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags put on every resource.')
param tags object = {
  app: 'samverkan'
}

// Generated from src/storage/model.ts (npm run infra:containers).
var cosmosContainers = loadJsonContent('cosmos-containers.json').containers

var baseName = toLower(resourceBaseName)
var tenantIds = empty(allowedTenants) ? tenant().tenantId : allowedTenants

module identity './modules/identity.bicep' = {
  name: 'samverkan-identity'
  params: {
    name: '${baseName}-identity'
    location: location
    tags: tags
  }
}

module monitoring './modules/monitoring.bicep' = {
  name: 'samverkan-monitoring'
  params: {
    name: baseName
    location: location
    retentionDays: logRetentionDays
    tags: tags
  }
}

module cosmos './modules/cosmos.bicep' = {
  name: 'samverkan-cosmos'
  params: {
    accountName: '${baseName}-cosmos'
    location: location
    databaseName: cosmosDatabaseName
    containers: cosmosContainers
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    dataContributorPrincipalIds: concat([
      identity.outputs.principalId
    ], cosmosDataContributorPrincipalIds)
    tags: tags
  }
}

module web './modules/appservice.bicep' = {
  name: 'samverkan-web'
  params: {
    name: baseName
    location: location
    sku: appServiceSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmosDatabaseName
    timeZone: timeZone
    adminIds: adminIds
    allowedTenants: tenantIds
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module bot './modules/bot.bicep' = {
  name: 'samverkan-bot'
  params: {
    name: '${baseName}-bot'
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${web.outputs.hostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    tags: tags
  }
}

// Output names in UPPER_SNAKE: the Agents Toolkit (arm/deploy) writes them to env/.env.<env>.
@description('Messaging endpoint registered on the Azure Bot.')
output BOT_ENDPOINT string = bot.outputs.endpoint

@description('Cosmos DB endpoint the app uses (COSMOS_ENDPOINT).')
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint

@description('Microsoft App ID of the bot: the client id of the managed identity. Goes into the Teams manifest.')
output BOT_ID string = identity.outputs.clientId

output BOT_TENANT_ID string = identity.outputs.tenantId

output BOT_DOMAIN string = web.outputs.hostName

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.outputs.id

output BOT_AZURE_APP_SERVICE_NAME string = web.outputs.siteName

output AZURE_BOT_NAME string = bot.outputs.name

output COSMOS_ACCOUNT_NAME string = cosmos.outputs.accountName

// Azure Cosmos DB for NoSQL: serverless by default, or autoscale throughput shared by the database.
// Local (key) auth is disabled: the app and operators reach the data plane with Entra ID only, through the
// built-in "Cosmos DB Built-in Data Contributor" SQL role.

param accountName string
param location string
param databaseName string

@description('Container definitions from infra/cosmos-containers.json: { id, partitionKey, defaultTtl, indexingPolicy }[]. defaultTtl -1 lets documents expire by their own ttl field.')
param containers array

@allowed([
  'serverless'
  'autoscale'
])
param capacityMode string = 'serverless'

param autoscaleMaxThroughput int = 1000

@description('Entra object ids granted the built-in Data Contributor role on the account.')
param dataContributorPrincipalIds array

param tags object = {}

var serverless = capacityMode == 'serverless'

// Cosmos DB Built-in Data Contributor (data plane: read, write, query items; no control plane).
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  tags: tags
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: serverless ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in containers: {
  parent: database
  name: c.id
  properties: {
    resource: {
      id: c.id
      partitionKey: {
        paths: [
          c.partitionKey
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: c.indexingPolicy
      defaultTtl: c.defaultTtl
    }
  }
}]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = [for principalId in dataContributorPrincipalIds: {
  parent: account
  name: guid(account.id, principalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: principalId
    scope: account.id
  }
}]

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
output id string = account.id

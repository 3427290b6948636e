// The function app: .NET 10 isolated worker on Flex Consumption, or on Elastic Premium where Flex is not offered.
// Storage is reached with the app's system-assigned identity only: the host's through AzureWebJobsStorage__*, the
// app's bindings and stores through the "Storage" connection (Storage__*); secrets through Key Vault references.

param namePrefix string
param location string
param tags object

@allowed(['FlexConsumption', 'ElasticPremium'])
param hostingPlan string

param storageAccountName string
param blobEndpoint string
param queueEndpoint string
param tableEndpoint string
param deploymentContainer string
param insightsName string
param vaultUri string

@description('Settings of the monitor itself (schedules, recipients, registry location).')
param monitorSettings object

@description('Entra ID app registration of the review workspace; empty: no App Service Authentication.')
param workspaceAuthClientId string = ''

@description('Largest number of instances Flex Consumption may scale out to.')
param maximumInstanceCount int = 40

var isFlex = hostingPlan == 'FlexConsumption'
var packageBlobUrl = '${blobEndpoint}${deploymentContainer}/functionapp.zip'

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex ? { name: 'FC1', tier: 'FlexConsumption' } : { name: 'EP1', tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : 10
  }
}

// Settings both plans share. Secrets are Key Vault references resolved by the platform with the app's identity.
var commonSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  Storage__credential: 'managedidentity'
  Storage__blobServiceUri: blobEndpoint
  Storage__queueServiceUri: queueEndpoint
  Storage__tableServiceUri: tableEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/SendGridApiKey/)'
}

// Elastic Premium takes its runtime from settings and runs the package straight from blob storage, fetched with
// the app's identity; Flex Consumption takes both from functionAppConfig instead and must not have them.
var premiumSettings = isFlex
  ? {}
  : {
      FUNCTIONS_EXTENSION_VERSION: '~4'
      FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
      WEBSITE_RUN_FROM_PACKAGE: packageBlobUrl
      WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: 'SystemAssigned'
    }

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-func'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|10.0'
    }
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${blobEndpoint}${deploymentContainer}'
              authentication: { type: 'SystemAssignedIdentity' }
            }
          }
          scaleAndConcurrency: {
            maximumInstanceCount: maximumInstanceCount
            instanceMemoryMB: 2048
          }
          runtime: { name: 'dotnet-isolated', version: '10.0' }
        }
      : null
  }
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(commonSettings, premiumSettings, monitorSettings)
}

resource basicPublishingFtp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource basicPublishingScm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output siteName string = site.name
output principalId string = site.identity.principalId
output defaultHostName string = site.properties.defaultHostName
output storageAccountName string = storageAccountName

// App Service Authentication (Entra ID) in front of the review workspace: officials sign in, and the platform passes
// the principal to the Workspace function in X-MS-CLIENT-PRINCIPAL-NAME. The key-protected HTTP functions and the
// Event Grid webhook keep their keys and are excluded, so machines are not sent to a login page.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(workspaceAuthClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: ['/api/reports/recheck', '/api/dashboard', '/runtime/webhooks/blobs', '/admin']
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: workspaceAuthClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: { allowedAudiences: ['api://${workspaceAuthClientId}'] }
      }
    }
    login: { tokenStore: { enabled: true } }
  }
}

// The compliance monitor in one resource group: storage, the .NET isolated-worker function app (Flex Consumption by
// default, Elastic Premium for regions without Flex), Application Insights on Log Analytics, Key Vault for the
// SendGrid key, and Event Grid delivery of new captures to ValidateCapture.
// Every endpoint comes from the resources or from environment(), so the same template deploys to Azure China.

targetScope = 'resourceGroup'

@description('Short prefix for resource names, e.g. "gkjc-zn" for 中宁县. Lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(12)
param namePrefix string

param location string = resourceGroup().location

@description('FlexConsumption (default) or ElasticPremium where Flex Consumption is not offered (e.g. Azure China).')
@allowed(['FlexConsumption', 'ElasticPremium'])
param hostingPlan string = 'FlexConsumption'

@description('Deploy the Event Grid subscription that feeds ValidateCapture. Set true only after the code is deployed (see README).')
param deployCaptureEvents bool = false

@description('NCRONTAB (UTC) for ScheduleCrawl. Default: 08:30, 12:30, 16:30 and 20:30 China Standard Time.')
param crawlSchedule string = '0 30 0,4,8,12 * * *'

@description('NCRONTAB (UTC) for CheckDeadlines. Default: 09:00 China Standard Time every day.')
param deadlineSchedule string = '0 0 1 * * *'

@description('NCRONTAB (UTC) for WeeklySummary. Default: Monday 08:00 China Standard Time.')
param summarySchedule string = '0 0 0 * * 1'

@description('Where the county registry is read from: a blob in the config container.')
param registryLocation string = 'blob:config/registry.json'

@description('Sender address of alert and summary emails (a verified SendGrid sender).')
param mailFrom string

@description('Display name of the sender.')
param mailFromName string = '政务公开年报监测'

@description('Fallback recipients (semicolon-separated) when the registry names none.')
param mailTo string = ''

@description('User-Agent of the crawler, with a contact address so site operators can reach the county office.')
param crawlUserAgent string

@description('Days after which an unresolved alert is sent again.')
param alertReminderDays int = 7

@description('Send attempts before an alert goes to the poison queue.')
param alertMaxAttempts int = 5

@description('Client ID of the Entra ID app registration that signs officials in to the review workspace (App Service Authentication); empty leaves authentication off and the workspace answers 401.')
param workspaceAuthClientId string = ''

param tags object = {
  application: 'disclosure-report-monitor'
}

var suffix = uniqueString(resourceGroup().id, namePrefix)
var storageName = take('${replace(namePrefix, '-', '')}${suffix}', 24)
var vaultName = take('${namePrefix}-kv-${suffix}', 24)

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: namePrefix
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: vaultName
    location: location
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    namePrefix: namePrefix
    location: location
    tags: tags
    hostingPlan: hostingPlan
    storageAccountName: storage.outputs.accountName
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainer: storage.outputs.deploymentContainer
    insightsName: monitoring.outputs.insightsName
    vaultUri: vault.outputs.vaultUri
    workspaceAuthClientId: workspaceAuthClientId
    monitorSettings: {
      CrawlSchedule: crawlSchedule
      DeadlineSchedule: deadlineSchedule
      SummarySchedule: summarySchedule
      Registry__Location: registryLocation
      Crawl__UserAgent: crawlUserAgent
      Mail__From: mailFrom
      Mail__FromName: mailFromName
      Mail__To: mailTo
      Alerts__ReminderDays: string(alertReminderDays)
      Alerts__MaxAttempts: string(alertMaxAttempts)
    }
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.accountName
    vaultName: vault.outputs.vaultName
    insightsName: monitoring.outputs.insightsName
  }
}

module captureEvents 'modules/eventgrid.bicep' = if (deployCaptureEvents) {
  name: 'capture-events'
  params: {
    namePrefix: namePrefix
    location: location
    tags: tags
    storageAccountName: storage.outputs.accountName
    capturesContainer: storage.outputs.capturesContainer
    functionAppName: functionApp.outputs.siteName
  }
}

output functionAppName string = functionApp.outputs.siteName
output functionAppHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.accountName
output keyVaultName string = vault.outputs.vaultName
output recheckUrl string = 'https://${functionApp.outputs.defaultHostName}/api/reports/recheck'

// Example parameters for a county. Copy, fill in, and pass with --parameters. Holds no secrets: the SendGrid
// key goes into Key Vault with `az keyvault secret set` (see README, Deployment).
using 'main.bicep'

param namePrefix = 'gkjc-zn'
param hostingPlan = 'FlexConsumption'
param deployCaptureEvents = false
param mailFrom = 'monitor@example.gov.cn'
param mailTo = 'gongkaiban@example.gov.cn'
param crawlUserAgent = 'ZhengwuGongkaiMonitor/1.0 (+mailto:gongkaiban@example.gov.cn)'

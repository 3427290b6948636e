using Monitor.Domain.Alerts;
using Monitor.Notifications.Azure;

namespace Monitor.Notifications.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureAlertOutboxTests(NotificationsAzurite azurite) : AlertOutboxContract
{
    protected override Task<IAlertOutbox> CreateAsync()
    {
        var name = "outbox" + Guid.NewGuid().ToString("N")[..12];
        return Task.FromResult<IAlertOutbox>(AzureAlertOutbox.FromConnectionString(azurite.ConnectionString, name, name));
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureSentAlertLedgerTests(NotificationsAzurite azurite) : SentAlertLedgerContract
{
    protected override Task<ISentAlertLedger> CreateAsync() =>
        Task.FromResult<ISentAlertLedger>(AzureSentAlertLedger.FromConnectionString(azurite.ConnectionString, "ledger" + Guid.NewGuid().ToString("N")[..12]));
}

using Monitor.Domain.Alerts;
using Monitor.Notifications.Azure;
using Monitor.Testing;

namespace Monitor.Notifications.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureAlertOutboxTests(AzuriteFixture azurite) : AlertOutboxContract
{
    protected override Task<IAlertOutbox> CreateAsync()
    {
        var name = AzuriteFixture.UniqueName("outbox");
        return Task.FromResult<IAlertOutbox>(new AzureNotificationStores(azurite.ConnectionString).Outbox(name, name));
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureSentAlertLedgerTests(AzuriteFixture azurite) : SentAlertLedgerContract
{
    protected override Task<ISentAlertLedger> CreateAsync() =>
        Task.FromResult<ISentAlertLedger>(new AzureNotificationStores(azurite.ConnectionString).Ledger(AzuriteFixture.UniqueName("ledger")));
}

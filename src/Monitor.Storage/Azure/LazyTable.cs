using Azure;
using Azure.Data.Tables;

namespace Monitor.Storage.Azure;

/// <summary>A table client whose table is created on first use, and again if it vanished (emulator restart).</summary>
internal sealed class LazyTable(TableClient client)
{
    private Task? ready;

    public async Task<T> RunAsync<T>(Func<TableClient, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var task = ready ??= client.CreateIfNotExistsAsync(CancellationToken.None);
            try
            {
                await task.WaitAsync(cancellationToken);
                return await operation(client);
            }
            catch (RequestFailedException e) when (attempt == 0 && (e.ErrorCode == "TableNotFound" || task.IsFaulted))
            {
                ready = null;
            }
        }
    }
}

using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Domain.Findings;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Functions;

/// <summary>
/// Blob trigger on captures/{name} through Event Grid (the only blob trigger on Flex Consumption): validate the capture
/// with full context, store the result, update the filing index and queue alerts. The capture is read by name from the
/// store (the trigger binds a client, not the content); an unparseable capture ends in stored findings (S05), and a
/// blob without a capture record is logged, never retried.
/// </summary>
public sealed class ValidateCapture(MonitorHostProvider monitor, ILogger<ValidateCapture> logger)
{
    public const string Container = "captures";

    [Function(nameof(ValidateCapture))]
    public async Task Run(
        [BlobTrigger(Container + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = AppSettingNames.StorageConnectionName)] BlobClient capture,
        string name, CancellationToken cancellationToken)
    {
        var host = await monitor.GetAsync(cancellationToken);
        var outcome = await host.Validation.ValidateAsync(name, cancellationToken);
        if (outcome.Result is null)
        {
            logger.LogError("{Blob} not validated: {Problem}", capture.Uri, outcome.Problem ?? "no capture record");
            return;
        }
        logger.LogInformation("{Name}: {Findings} finding(s), {Errors} error(s); {Kind}{Alert}{Problem}", name, outcome.Result.Findings.Count,
            outcome.Result.Count(Severity.Error), outcome.IsUnitReport ? "the unit's report" : "not the unit's report",
            outcome.AlertId is { } alert ? $"; alert {alert} queued" : "", outcome.Problem is { } p ? $"; {p}" : "");
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Web.Endpoints;
using Monitor.Web.Hosting;
using Monitor.Web.Http;

namespace Monitor.FunctionApp.Functions;

/// <summary>HTTP POST /api/reports/recheck behind a function key: re-fetch, re-validate and store one report (see <see cref="RecheckHttp"/>).</summary>
public sealed class RecheckReport(MonitorHostProvider monitor, ILogger<RecheckReport> logger)
{
    [Function(nameof(RecheckReport))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "reports/recheck")] HttpRequest request) =>
        new ResultAction(await RecheckHttp.HandleAsync(request, monitor.GetAsync, logger));
}

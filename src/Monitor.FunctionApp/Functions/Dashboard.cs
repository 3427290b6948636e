using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Monitor.Web.Endpoints;
using Monitor.Web.Hosting;
using Monitor.Web.Http;

namespace Monitor.FunctionApp.Functions;

/// <summary>HTTP GET /api/dashboard behind a function key: every unit's filing status for a year (see <see cref="DashboardHttp"/>).</summary>
public sealed class Dashboard(MonitorHostProvider monitor)
{
    [Function(nameof(Dashboard))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "dashboard")] HttpRequest request) =>
        new ResultAction(await DashboardHttp.HandleAsync(request, monitor.GetAsync));
}

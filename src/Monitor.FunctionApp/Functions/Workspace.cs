using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Monitor.Web.Hosting;
using Monitor.Web.Http;
using Monitor.Web.Workspace;

namespace Monitor.FunctionApp.Functions;

/// <summary>
/// HTTP GET/POST /api/workspace/{*rest}: the county office's review workspace (see <see cref="WorkspaceHttp"/>). In Azure,
/// App Service Authentication (Entra ID) stands in front of it and signs the officials in; the reviewer is the
/// principal the platform puts in <c>X-MS-CLIENT-PRINCIPAL-NAME</c> (it strips that header from incoming requests).
/// Without a signed-in principal nothing is shown and nothing written: the function key is not the gate here,
/// because a browser cannot present one.
/// </summary>
public sealed class Workspace(MonitorHostProvider monitor)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string BasePath = "/api/workspace";

    [Function(nameof(Workspace))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "workspace/{*rest}")] HttpRequest request, string? rest)
    {
        if (request.Headers[PrincipalHeader].FirstOrDefault() is not { Length: > 0 } reviewer)
        {
            return new ResultAction(Results.Content(WorkspacePages.Problem(BasePath, "（未登录）",
                "审核工作台需要通过统一身份认证（Entra ID）登录；请确认函数应用已启用 App Service 身份验证。"), "text/html; charset=utf-8",
                statusCode: StatusCodes.Status401Unauthorized));
        }
        return new ResultAction(await WorkspaceHttp.HandleAsync(request, rest, monitor.GetAsync, BasePath, reviewer));
    }
}

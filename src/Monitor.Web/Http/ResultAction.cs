using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Monitor.Web.Http;

/// <summary>
/// An <see cref="IResult"/> as the <see cref="IActionResult"/> a function with ASP.NET Core integration returns, so the
/// function app and the standalone host send byte-for-byte the same replies from the same code.
/// </summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}

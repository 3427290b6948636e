namespace Monitor.FunctionApp.CustomHandler;

/// <summary>Marks an endpoint as the one a Functions host function of the same name invokes.</summary>
/// <param name="Name">The function name, equal to its folder name and its <c>function.json</c>'s folder.</param>
public sealed record FunctionNameMetadata(string Name);

public static class FunctionEndpoints
{
    /// <summary>
    /// Maps a non-HTTP function: the host posts the invocation to <c>/{name}</c> and reads the JSON reply.
    /// </summary>
    public static RouteHandlerBuilder MapFunction(this IEndpointRouteBuilder endpoints, string name, Delegate handler) =>
        endpoints.MapPost("/" + name, handler)
            .WithName(name)
            .WithMetadata(new FunctionNameMetadata(name));

    /// <summary>
    /// Marks a proxied HTTP function's endpoint with its function name so that the pairing between function
    /// folders and endpoints can be checked.
    /// </summary>
    public static TBuilder AsFunction<TBuilder>(this TBuilder builder, string name)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new FunctionNameMetadata(name));

    /// <summary>
    /// The readiness ping: the host waits for any answer on <c>GET /</c> before it sends invocations.
    /// It is the only endpoint without a key.
    /// </summary>
    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/", () => Results.Text("ready", "text/plain"));
}

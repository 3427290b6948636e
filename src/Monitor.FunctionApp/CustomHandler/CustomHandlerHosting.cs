using System.Net;

namespace Monitor.FunctionApp.CustomHandler;

/// <summary>How the process binds when the Functions host (or the standalone <c>serve</c> mode) starts it.</summary>
public static class CustomHandlerHosting
{
    /// <summary>The variable through which the Functions host tells a custom handler its port.</summary>
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>
    /// Listens on 127.0.0.1 only, on the port the host assigned; without one (standalone or tests) on the
    /// configured URLs. The host reaches the handler over loopback, so nothing else may reach it.
    /// </summary>
    public static WebApplicationBuilder UseCustomHandlerPort(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration[PortVariable];
        if (string.IsNullOrWhiteSpace(port))
        {
            return builder;
        }

        if (!int.TryParse(port, out var portNumber) || portNumber is < 1 or > 65535)
        {
            throw new InvalidOperationException(
                $"{PortVariable} must be a TCP port number between 1 and 65535, but was '{port}'.");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, portNumber);

            // Blobs arrive inline and base64-inflated when a trigger still binds content; keep head-room.
            kestrel.Limits.MaxRequestBodySize = 128L * 1024 * 1024;
        });
        return builder;
    }
}

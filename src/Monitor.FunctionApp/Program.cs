namespace Monitor.FunctionApp;

/// <summary>bin/handler: `handler serve` runs standalone (in-process timers and queues); without arguments the Functions host drives it.</summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var standalone = args.Length > 0 && args[0] == "serve";
        await HandlerApp.Build(standalone ? args[1..] : args, new HandlerOptions { Standalone = standalone }).RunAsync();
    }
}

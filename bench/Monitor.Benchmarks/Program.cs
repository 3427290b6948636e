using System.Globalization;
using BenchmarkDotNet.Running;
using Monitor.Benchmarks;

// dotnet run -c Release --project bench/Monitor.Benchmarks -- --filter '*' [--job short]
// Quick breakdowns while optimising (not BenchmarkDotNet): -- --stages [iterations] | -- --html-stages [iterations]
int Iterations(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;
switch (args.FirstOrDefault())
{
    case "--stages":
        StageProfile.Run(Iterations(2000));
        break;
    case "--html-stages":
        HtmlStages.Run(Iterations(3000));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}

using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// Every function class is built from the app's own registrations, as the worker builds it per invocation: a missing
/// registration fails here, not on the first invocation in Azure.
/// </summary>
public sealed class CompositionTests
{
    public static TheoryData<string> FunctionClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in FunctionTypes()) data.Add(type.Name);
        return data;
    }

    private static IEnumerable<Type> FunctionTypes() => typeof(FunctionServices).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public void Function_class_is_built_from_the_apps_services(string name)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:blobServiceUri"] = "https://st.blob.core.windows.net",
            ["Storage:queueServiceUri"] = "https://st.queue.core.windows.net",
            ["Storage:tableServiceUri"] = "https://st.table.core.windows.net",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddMonitorFunctions(configuration).BuildServiceProvider();

        var function = ActivatorUtilities.CreateInstance(services, FunctionTypes().Single(t => t.Name == name));

        Assert.NotNull(function);
    }

    [Fact]
    public void There_is_one_class_per_function()
    {
        var functions = FunctionTypes().SelectMany(t => t.GetMethods().Select(m => m.GetCustomAttribute<FunctionAttribute>()).OfType<FunctionAttribute>()).ToList();

        Assert.Equal(9, functions.Count);
        Assert.Equal(FunctionTypes().Count(), functions.Count);
    }
}

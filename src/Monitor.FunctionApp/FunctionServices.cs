using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp;

/// <summary>The app's service registrations: used by Program.cs and by the composition test that builds every function.</summary>
public static class FunctionServices
{
    public static IServiceCollection AddMonitorFunctions(this IServiceCollection services, IConfiguration configuration, TimeProvider? time = null)
    {
        var settings = MonitorSettings.Read(key => configuration[key]);
        services.AddSingleton(settings);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(provider => new MonitorHostProvider(settings, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<MonitorHostProvider>>()));
        return services;
    }
}
